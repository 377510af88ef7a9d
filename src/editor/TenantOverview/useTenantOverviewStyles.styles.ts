import {
  createFocusOutlineStyle,
  makeStyles,
  shorthands,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';

/**
 * A native button, reset: the grid holds hundreds of them, and a Fluent Button costs several hooks
 * each on every render of a row (the window renders rows again as it scrolls and filters).
 */
const plainButton = {
  ...shorthands.borderStyle('none'),
  backgroundColor: 'transparent',
  color: 'inherit',
  fontFamily: 'inherit',
  cursor: 'pointer',
  boxSizing: 'border-box',
  margin: 0,
  ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  ...createFocusOutlineStyle({ style: { outlineOffset: '-2px' } }),
} as const;

/** The app column's width (narrower in a narrow editor), and each registration column's. */
const APP_COLUMN = 'var(--overview-app-column)';
const CELL_WIDTH = '10rem';
/** Fixed, so the grid window can count rows instead of measuring each. */
const ROW_HEIGHT = '3.25rem';

export const useTenantOverviewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    margin: 0,
    ...typographyStyles.title2,
  },
  intro: {
    color: tokens.colorNeutralForeground2,
    maxWidth: '60rem',
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  field: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '10rem',
    maxWidth: '20rem',
    flexGrow: 1,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  count: {
    color: tokens.colorNeutralForeground2,
  },
  // The grid region: the only part of the page that scrolls, sideways or down, at any width.
  scroller: {
    '--overview-app-column': '16rem',
    overflow: 'auto',
    maxWidth: '100%',
    maxHeight: '70vh',
    minHeight: '12rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Focus moved by arrow keys scrolls a cell clear of the sticky header row and app column.
    scrollPaddingTop: '4.5rem',
    scrollPaddingLeft: APP_COLUMN,
  },
  narrowScroller: {
    '--overview-app-column': '9rem',
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.body1,
  },
  columnHeader: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    boxSizing: 'border-box',
    width: CELL_WIDTH,
    minWidth: CELL_WIDTH,
    maxWidth: CELL_WIDTH,
    height: '4rem',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  corner: {
    left: 0,
    zIndex: 3,
    width: APP_COLUMN,
    minWidth: APP_COLUMN,
    maxWidth: APP_COLUMN,
    borderLeft: 'none',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerSpacer: {
    position: 'sticky',
    top: 0,
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  spacer: {
    padding: 0,
    border: 'none',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    boxSizing: 'border-box',
    width: APP_COLUMN,
    minWidth: APP_COLUMN,
    maxWidth: APP_COLUMN,
    height: ROW_HEIGHT,
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  rowButton: {
    ...plainButton,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'center',
    width: '100%',
    height: ROW_HEIGHT,
    minWidth: 0,
    overflow: 'hidden',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
  },
  secondLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    minWidth: 0,
    overflow: 'hidden',
  },
  rowMark: {
    flexShrink: 0,
  },
  appId: {
    minWidth: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  // One line per plane ("D: content: write"): both planes side by side did not fit a cell.
  levels: {
    display: 'flex',
    flexDirection: 'column',
    maxWidth: '100%',
    textAlign: 'start',
  },
  level: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  marks: {
    display: 'flex',
    flexWrap: 'nowrap',
    gap: tokens.spacingHorizontalXXS,
    maxWidth: '100%',
    overflow: 'hidden',
  },
  cell: {
    boxSizing: 'border-box',
    width: CELL_WIDTH,
    minWidth: CELL_WIDTH,
    maxWidth: CELL_WIDTH,
    height: ROW_HEIGHT,
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cellButton: {
    ...plainButton,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    height: ROW_HEIGHT,
    minWidth: 0,
    overflow: 'hidden',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: 0,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
  },
  // A mark in words (owner, risk): text, so it never rests on colour alone.
  mark: {
    display: 'inline-block',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
  },
  ownerMark: {
    color: tokens.colorBrandForeground1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  riskMark: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorPaletteRedBackground3,
  },
  empty: {
    color: tokens.colorNeutralForeground4,
  },
  // Cells the level filter asks about: a stronger frame (the level itself is written in the cell).
  matching: {
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorBrandStroke1}`,
  },
  risky: {
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});
