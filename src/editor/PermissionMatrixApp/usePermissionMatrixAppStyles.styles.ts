import { makeStyles, tokens } from '@fluentui/react-components';

export const usePermissionMatrixAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    '@media (max-width: 40rem)': { padding: tokens.spacingHorizontalS },
  },
  /** The editor is the page (the tab): its background reaches the bottom of a short page. */
  page: {
    minHeight: '100vh',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  title: {
    overflowWrap: 'anywhere',
  },
  /** Where the host shows the app's name (Teams), the title stays the page's heading for screen readers only. */
  titleForScreenReaders: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  main: {
    minWidth: 0,
  },
});
