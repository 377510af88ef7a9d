export { AppNamesNotice } from './AppNamesNotice';
export type { AppNamesNoticeProps } from './AppNamesNotice';
