export { RegistrationEditor } from './RegistrationEditor';
export type { RegistrationArrival, RegistrationEditorProps } from './RegistrationEditor';
