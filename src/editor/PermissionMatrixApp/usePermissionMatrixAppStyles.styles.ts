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
  main: {
    minWidth: 0,
  },
});
