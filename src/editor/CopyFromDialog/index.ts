export { default as CopyFromDialog } from './CopyFromDialog';
export type { CopyFromDialogProps } from './CopyFromDialog';
