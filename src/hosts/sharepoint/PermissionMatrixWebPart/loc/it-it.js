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
    ConfigProblems: {
      client_id_not_guid:
        'clientId deve essere un GUID come 00000000-0000-0000-0000-000000000000 (l’ID client dell’app); valore ricevuto: {received}.',
      tenant_personal:
        'tenant non può essere {received}: le registrazioni dei tipi di contenitore si trovano nei tenant aziendali. Usa «organizations», un ID tenant o un dominio come contoso.onmicrosoft.com.',
      tenant_invalid:
        'tenant deve essere «organizations», un ID tenant (GUID) o un dominio come contoso.onmicrosoft.com; valore ricevuto: {received}.',
      cloud_unknown: 'cloud deve essere uno tra {clouds}; valore ricevuto: {received}.',
      cloud_unavailable:
        'SharePoint Embedded non è disponibile nel cloud {received}: Microsoft lo offre nel cloud commerciale, in GCC e in 21Vianet, non in GCC High né in DoD, quindi questo strumento non può funzionare lì. Usa uno tra {clouds}.',
      local_origin_required:
        'Con cloud local, localOrigin deve essere l’origine https dello stack locale, come https://localhost:4443 (MSAL rifiuta un’autorità non sicura); valore ricevuto: {received}.',
      local_origin_unused: 'localOrigin si usa solo con cloud local; rimuovilo.',
      scope_mode_unknown:
        'scopeMode deve essere «selected» (FileStorageContainerTypeReg.Selected, privilegio minimo) o «manageAll» (FileStorageContainerTypeReg.Manage.All); valore ricevuto: {received}.',
      graph_version_unknown: 'graphVersion deve essere «v1.0» o «beta»; valore ricevuto: {received}.',
      redirect_uri_invalid:
        'redirectUri deve essere un URL https assoluto registrato come URI di reindirizzamento per applicazione a pagina singola dell’app; valore ricevuto: {received}.',
      scope_mode_host_token:
        'Con il token di SharePoint l’app chiamante è quella di SharePoint, non l’app proprietaria, quindi scopeMode «selected» non raggiunge alcuna registrazione. Usa «manageAll» ({permission} concesso all’app di SharePoint: {command}) oppure accedi con MSAL.',
      received: '«{value}»',
      nothing: 'nessun valore',
    },
  };
});
