import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useRegistrationListStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  registerReason: { color: tokens.colorNeutralForeground2 },
  search: {
    flexGrow: 1,
    minWidth: '12rem',
    maxWidth: '32rem',
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '48rem',
  },
  gridScroller: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  // Columns keep a useful width and share what room there is beyond it; below that the grid scrolls
  // sideways instead of squeezing every column to a letter. (Each cell adds its padding to its basis.)
  grid: {
    minWidth: '52rem',
  },
  // The four columns left in a narrow tab.
  compactGrid: {
    minWidth: '30rem',
  },
  nameColumn: {
    flex: '3 0 10rem',
  },
  idColumn: {
    flex: '2 0 7rem',
  },
  textColumn: {
    flex: '1 0 6rem',
  },
  dateColumn: {
    flex: '1 0 5.5rem',
  },
  countColumn: {
    flex: '0 0 3.5rem',
  },
  nameLink: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    maxWidth: '100%',
    textAlign: 'start',
  },
  nameCell: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    // Lets a long name be cut short within the column instead of widening it.
    minWidth: 0,
    maxWidth: '100%',
  },
  id: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  // The container type id beneath the name, where its own column is left out.
  idLine: {
    flexBasis: '100%',
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
});
