import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useRegistrationEditorStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  title: {
    ...typographyStyles.title2,
    margin: 0,
  },
  detailsLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  details: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    // Short words (Undo, Redo) need no 96 px: the plane switch then fits beside the toolbar.
    '& .fui-Button': { minWidth: 0 },
  },
  // Beside the plane switch where there is room; its line is kept when empty, so the grid never jumps.
  notice: {
    flex: '1 1 16rem',
    minWidth: 0,
    minHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
});
