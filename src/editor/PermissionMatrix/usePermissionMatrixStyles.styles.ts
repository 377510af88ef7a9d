import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Narrow screens and 400 % zoom: the app column shrinks and headers stop sticking to the top. */
const SHORT_VIEWPORT = '@media (max-height: 32rem)';
const NARROW_VIEWPORT = '@media (max-width: 40rem)';

export const usePermissionMatrixStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    minHeight: '10rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // Focus moved by arrow keys scrolls a cell clear of the sticky headers and app column.
    scrollPaddingTop: '11rem',
    scrollPaddingLeft: '16rem',
    [SHORT_VIEWPORT]: { maxHeight: 'none', scrollPaddingTop: '0' },
    [NARROW_VIEWPORT]: { scrollPaddingLeft: '10rem' },
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
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: 'bottom',
  },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    textAlign: 'start',
    minWidth: '16rem',
    [NARROW_VIEWPORT]: { minWidth: '10rem' },
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
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
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
    minWidth: '16rem',
    maxWidth: '22rem',
    [NARROW_VIEWPORT]: { minWidth: '10rem', maxWidth: '12rem' },
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
    overflowWrap: 'anywhere',
  },
  appId: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
    marginTop: tokens.spacingVerticalXXS,
  },
  cell: {
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
  },
  otherTags: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXS,
  },
  // Implied cells read as "on, but not by itself": a dashed outline and a soft brand fill.
  implied: {
    '--fui-Checkbox__indicator--backgroundColor': tokens.colorBrandBackground2,
    '--fui-Checkbox__indicator--color': tokens.colorCompoundBrandForeground1,
    '--fui-Checkbox__indicator--borderColor': tokens.colorCompoundBrandStroke,
    ':hover': {
      '--fui-Checkbox__indicator--backgroundColor': tokens.colorBrandBackground2Hover,
      '--fui-Checkbox__indicator--borderColor': tokens.colorCompoundBrandStrokeHover,
    },
    ':active': {
      '--fui-Checkbox__indicator--backgroundColor': tokens.colorBrandBackground2Pressed,
      '--fui-Checkbox__indicator--borderColor': tokens.colorCompoundBrandStrokePressed,
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
  impliedIndicator: {
    borderTopStyle: 'dashed',
    borderRightStyle: 'dashed',
    borderBottomStyle: 'dashed',
    borderLeftStyle: 'dashed',
  },
  tooltipAnchor: {
    position: 'absolute',
    width: 0,
    height: 0,
    overflow: 'hidden',
  },
});
