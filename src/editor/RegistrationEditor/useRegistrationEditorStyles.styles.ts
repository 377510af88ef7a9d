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
  },
  // The file picker is opened by the Import button; the input itself stays out of sight and tab order.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  notice: {
    minHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
});
