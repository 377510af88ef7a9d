export { RegistrationEditor } from './RegistrationEditor';
export type { RegistrationEditorProps } from './RegistrationEditor';
