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
  };
});
