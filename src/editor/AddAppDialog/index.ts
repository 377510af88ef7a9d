export { default as AddAppDialog } from './AddAppDialog';
export type { AddAppDialogProps } from './AddAppDialog';
