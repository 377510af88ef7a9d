export { default as RegisterDialog } from './RegisterDialog';
export type { RegisterDialogProps } from './RegisterDialog';
