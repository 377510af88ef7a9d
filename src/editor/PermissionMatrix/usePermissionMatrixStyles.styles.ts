import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** 400 % zoom and short windows: headers stop sticking to the top, so rows have room. */
const SHORT_VIEWPORT = '@media (max-height: 32rem)';

/** The app column's width: a fixed width, so the plane and group labels know where to stick. */
const APP_COLUMN = 'var(--matrix-app-column)';

export const usePermissionMatrixStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  // The actions and the plane switch share a row where there is room, and wrap where there is not.
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  // The grid region: the only part of the page that scrolls sideways, at any width.
  scroller: {
    '--matrix-app-column': '16rem',
    overflow: 'auto',
    maxWidth: '100%',
    maxHeight: '70vh',
    minHeight: '10rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Focus moved by arrow keys scrolls a cell clear of the sticky headers and app column.
    scrollPaddingTop: '9rem',
    scrollPaddingLeft: APP_COLUMN,
    [SHORT_VIEWPORT]: { maxHeight: 'none', scrollPaddingTop: '0' },
  },
  // A narrow editor (a phone, 400 % zoom, a narrow web part column) keeps room for a few cells.
  narrowScroller: {
    '--matrix-app-column': '9rem',
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    minWidth: '100%',
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.body1,
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    [SHORT_VIEWPORT]: { position: 'static' },
  },
  headCell: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    verticalAlign: 'bottom',
  },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    textAlign: 'start',
    boxSizing: 'border-box',
    width: APP_COLUMN,
    minWidth: APP_COLUMN,
    maxWidth: APP_COLUMN,
  },
  planeHead: {
    textAlign: 'start',
  },
  groupHead: {
    textAlign: 'start',
    whiteSpace: 'nowrap',
  },
  stickyLabel: {
    display: 'inline-block',
    position: 'sticky',
    left: `calc(${APP_COLUMN} + ${tokens.spacingHorizontalS})`,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  planeStart: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  groupStart: {
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  permissionButton: {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    whiteSpace: 'nowrap',
    minWidth: 0,
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    boxSizing: 'border-box',
    width: APP_COLUMN,
    minWidth: APP_COLUMN,
    maxWidth: APP_COLUMN,
  },
  rowHeaderLayout: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
  },
  rowHeaderText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    flexGrow: 1,
  },
  appName: {
    fontWeight: tokens.fontWeightSemibold,
  },
  appId: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
    marginTop: tokens.spacingVerticalXXS,
    // One small badge's height, kept when there is none: the first edit of a row adds "Unsaved", and
    // a row that grew then would push every row below it down and repaint the whole matrix.
    minHeight: '16px',
  },
  cell: {
    position: 'relative',
    textAlign: 'center',
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  changedCell: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  otherCell: {
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: '6rem',
    maxWidth: '12rem',
  },
  otherTags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
  },
  // A value of any length stays within its cell.
  otherTag: {
    maxWidth: '100%',
  },
  otherTagText: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    unicodeBidi: 'isolate',
  },
  // The cell's click target: a 16 px box with 8 px around it, the cell Fluent's Checkbox made (the row
  // height and the column widths do not move), all of it toggling the box.
  cellTarget: {
    display: 'flex',
    justifyContent: 'center',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    // A row is as tall as its app's name and marks: the label reaches the cell's every edge.
    '::before': { content: '""', position: 'absolute', top: 0, right: 0, bottom: 0, left: 0 },
  },
  // A cell's native checkbox, in Fluent's measures.
  cellCheckbox: {
    // Above the label's full-cell layer, so a pointer on the box reaches the box itself.
    position: 'relative',
    boxSizing: 'border-box',
    width: '16px',
    height: '16px',
    margin: 0,
    cursor: 'inherit',
    accentColor: tokens.colorCompoundBrandBackground,
    // Unchecked, the box is drawn from tokens: Fluent sets no `color-scheme`, so the browser's own
    // empty box would stay white on the dark themes. Checked, the browser draws it in the brand colour.
    ':not(:checked)': {
      appearance: 'none',
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
      borderRadius: tokens.borderRadiusSmall,
      backgroundColor: tokens.colorNeutralBackground1,
    },
    ':hover:not(:checked)': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessibleHover}`,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
    '@media (forced-colors: active)': {
      ':not(:checked)': {
        border: `${tokens.strokeWidthThin} solid ButtonText`,
        backgroundColor: 'ButtonFace',
      },
      ':focus-visible': { outlineColor: 'Highlight' },
    },
  },
  // Implied cells read as "on, but not by itself": a soft brand fill inside a dashed brand outline. The
  // dash is the mark (not the colour), so it stays in forced colours and while the cell has focus.
  implied: {
    accentColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorCompoundBrandStroke}`,
    outlineOffset: tokens.strokeWidthThin,
    ':focus-visible': {
      outlineStyle: 'dashed',
    },
    '@media (forced-colors: active)': {
      outlineColor: 'CanvasText',
    },
  },
  readOnlyCell: {
    opacity: 0.6,
    cursor: 'not-allowed',
  },
  readOnlyReason: {
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
