import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A dialog that reports in sections (Check access, Check my access): headed sections of sentences and
 * lists, wrapping anywhere, as they quote ids and names from the service. The content is a tab stop
 * (its focus ring is here): it scrolls in a short frame and may hold nothing else to focus, so keyboard
 * users could not scroll it otherwise (axe: scrollable-region-focusable).
 */
export const useReportDialogStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
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
