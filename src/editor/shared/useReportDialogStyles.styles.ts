import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A dialog that reports in sections (Check access, Check my access): headed sections of sentences and
 * lists, wrapping anywhere, as they quote ids and names from the service.
 */
export const useReportDialogStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});
