export { default as ImportDialog } from './ImportDialog';
export type { ImportDialogProps } from './ImportDialog';
export { downloadJson, exportFileName, grantsDocumentJson } from './exportGrants';
