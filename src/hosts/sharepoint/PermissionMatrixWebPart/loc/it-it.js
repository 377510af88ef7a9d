define([], function () {
  return {
    PropertyPaneDescription:
      'Collega la matrice delle autorizzazioni a Microsoft Graph. Le modifiche hanno effetto quando selezioni Applica.',
    SignInGroup: 'Accesso',
    GraphGroup: 'Microsoft Graph',
    AuthModeLabel: 'Accedi con',
    AuthModeMsal: 'L’app dello strumento (MSAL)',
    AuthModeSharePoint: 'Accesso a Graph di SharePoint (Manage.All approvato in SharePoint)',
    ClientIdLabel: 'ID applicazione (client)',
    ClientIdDescription:
      'Con FileStorageContainerTypeReg.Selected deve essere l’app proprietaria del tipo di contenitore.',
    TenantLabel: 'Tenant',
    TenantDescription: '“organizations”, l’ID del tenant o un dominio come contoso.onmicrosoft.com.',
    CloudLabel: 'Cloud',
    LocalOriginLabel: 'Origine dello stack locale',
    ScopeModeLabel: 'Autorizzazione di Graph',
    ScopeModeSelected: 'FileStorageContainerTypeReg.Selected (privilegi minimi)',
    ScopeModeManageAll: 'FileStorageContainerTypeReg.Manage.All',
    GraphVersionLabel: 'Versione di Graph',
    RedirectUriLabel: 'URI di reindirizzamento (facoltativo)',
    RedirectUriDescription:
      'Lascia vuoto per usare questa pagina; registrala come URI di reindirizzamento per applicazione a pagina singola dell’app.',
    TestConnectionButton: 'Verifica connessione',
    TestConnectionRunning: 'Verifica della connessione…',
    TestConnectionStarting: 'La web part si sta ancora avviando. Riprova tra poco.',
    TestConnectionOk: 'Connesso. Registrazioni dei tipi di contenitore visibili: {0}.',
    TestConnectionConfig: 'Le impostazioni non sono valide:',
    TestConnectionSignIn: 'L’accesso non è stato completato. Accedi nella pagina, poi verifica di nuovo.',
    TestConnectionSharePointPermission:
      'L’accesso a Graph di SharePoint non ha ancora {0}: il pacchetto non richiede alcuna autorizzazione di Graph. Un amministratore globale la concede con CLI for Microsoft 365: {1} (oppure in SharePoint Online PowerShell: {2}). Poi verifica di nuovo.',
    CompletingSignIn: 'Completamento dell’accesso…',
  };
});
