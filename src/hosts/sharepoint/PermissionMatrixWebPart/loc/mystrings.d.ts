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
  /** Configuration problems by code (`ConfigProblemCode` in src/auth/config.ts), plus `received` and `nothing`. */
  ConfigProblems: {
    client_id_not_guid: string;
    tenant_personal: string;
    tenant_invalid: string;
    cloud_unknown: string;
    cloud_unavailable: string;
    local_origin_required: string;
    local_origin_unused: string;
    scope_mode_unknown: string;
    graph_version_unknown: string;
    redirect_uri_invalid: string;
    scope_mode_host_token: string;
    received: string;
    nothing: string;
  };
}

declare module 'PermissionMatrixWebPartStrings' {
  const strings: IPermissionMatrixWebPartStrings;
  export = strings;
}
