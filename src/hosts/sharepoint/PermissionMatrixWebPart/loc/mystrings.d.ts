declare interface IPermissionMatrixWebPartStrings {
  PropertyPaneDescription: string;
  SignInGroup: string;
  GraphGroup: string;
  AuthModeLabel: string;
  AuthModeMsal: string;
  AuthModeSharePoint: string;
  ClientIdLabel: string;
  ClientIdDescription: string;
  TenantLabel: string;
  TenantDescription: string;
  CloudLabel: string;
  LocalOriginLabel: string;
  ScopeModeLabel: string;
  ScopeModeSelected: string;
  ScopeModeManageAll: string;
  GraphVersionLabel: string;
  RedirectUriLabel: string;
  RedirectUriDescription: string;
  TestConnectionButton: string;
  TestConnectionRunning: string;
  TestConnectionStarting: string;
  TestConnectionOk: string;
  TestConnectionConfig: string;
  TestConnectionSignIn: string;
  TestConnectionSharePointPermission: string;
  CompletingSignIn: string;
}

declare module 'PermissionMatrixWebPartStrings' {
  const strings: IPermissionMatrixWebPartStrings;
  export = strings;
}
