define([], function () {
  return {
    PropertyPaneDescription:
      'Connect the permission matrix to Microsoft Graph. Changes take effect when you select Apply.',
    SignInGroup: 'Sign-in',
    GraphGroup: 'Microsoft Graph',
    AuthModeLabel: 'Sign in with',
    AuthModeMsal: 'The tool’s own app (MSAL)',
    AuthModeSharePoint: 'SharePoint’s Graph access (Manage.All approved in SharePoint)',
    ClientIdLabel: 'Application (client) ID',
    ClientIdDescription:
      'With FileStorageContainerTypeReg.Selected this must be the container type’s owning app.',
    TenantLabel: 'Tenant',
    TenantDescription: '“organizations”, the tenant ID, or a domain such as contoso.onmicrosoft.com.',
    CloudLabel: 'Cloud',
    LocalOriginLabel: 'Local stack origin',
    ScopeModeLabel: 'Graph permission',
    ScopeModeSelected: 'FileStorageContainerTypeReg.Selected (least privilege)',
    ScopeModeManageAll: 'FileStorageContainerTypeReg.Manage.All',
    GraphVersionLabel: 'Graph version',
    RedirectUriLabel: 'Redirect URI (optional)',
    RedirectUriDescription:
      'Leave empty to use this page; register it as a single-page application redirect URI of the app.',
    TestConnectionButton: 'Test connection',
    TestConnectionRunning: 'Testing the connection…',
    TestConnectionStarting: 'The web part is still starting. Try again in a moment.',
    TestConnectionOk: 'Connected. Container type registrations visible: {0}.',
    TestConnectionConfig: 'The settings are not valid:',
    TestConnectionSignIn: 'Signing in did not complete. Sign in on the page, then test again.',
    TestConnectionSharePointPermission:
      'SharePoint’s Graph access does not have {0} yet: the package asks for no Graph permission. A Global Administrator grants it with CLI for Microsoft 365: {1} (or in SharePoint Online PowerShell: {2}). Then test again.',
    CompletingSignIn: 'Completing sign-in…',
    ConfigProblems: {
      client_id_not_guid:
        'clientId must be a GUID such as 00000000-0000-0000-0000-000000000000 (the app’s client id); got {received}.',
      tenant_personal:
        'tenant cannot be {received}: container type registrations live in work tenants. Use “organizations”, a tenant id or a domain such as contoso.onmicrosoft.com.',
      tenant_invalid:
        'tenant must be “organizations”, a tenant id (GUID) or a domain such as contoso.onmicrosoft.com; got {received}.',
      cloud_unknown: 'cloud must be one of {clouds}; got {received}.',
      cloud_unavailable:
        'SharePoint Embedded is not available in cloud {received}: Microsoft offers it in the commercial cloud, GCC and 21Vianet, not in GCC High or DoD, so this tool cannot work there. Use one of {clouds}.',
      local_origin_required:
        'localOrigin must be the local stack’s https origin such as https://localhost:4443 when cloud is local (MSAL refuses an insecure authority); got {received}.',
      local_origin_unused: 'localOrigin is only used with cloud local; remove it.',
      scope_mode_unknown:
        'scopeMode must be “selected” (FileStorageContainerTypeReg.Selected, least privilege) or “manageAll” (FileStorageContainerTypeReg.Manage.All); got {received}.',
      graph_version_unknown: 'graphVersion must be “v1.0” or “beta”; got {received}.',
      redirect_uri_invalid:
        'redirectUri must be an absolute https URL registered as a single-page application redirect URI of the app; got {received}.',
      scope_mode_host_token:
        'With SharePoint’s own token the calling app is SharePoint’s, not the owning app, so scopeMode “selected” reaches no registration. Use “manageAll” ({permission} granted to SharePoint’s app: {command}) or sign in with MSAL.',
      received: '“{value}”',
      nothing: 'nothing',
    },
  };
});
