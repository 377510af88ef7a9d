export { CompareFileButton } from './CompareFileButton';
export type { CompareFileButtonProps } from './CompareFileButton';
export type { CompareDialogProps } from './CompareDialog';
