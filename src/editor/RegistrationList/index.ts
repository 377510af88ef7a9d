export { RegistrationList } from './RegistrationList';
export type { RegistrationListProps } from './RegistrationList';
export { useRegistrationList } from './useRegistrationList';
export type {
  GrantSummary,
  RegistrationListModel,
  RegistrationListState,
  SavedGrants,
} from './useRegistrationList';
