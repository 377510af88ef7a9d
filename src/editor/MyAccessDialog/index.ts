export { MyAccessAction } from './MyAccessAction';
export type { MyAccessDialogProps } from './MyAccessDialog';
