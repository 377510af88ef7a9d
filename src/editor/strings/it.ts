/** Italian strings. Permission values and Graph permission names stay as on the wire. */
import { plural } from './en';
import type { Strings } from './Strings';

export const it: Strings = {
  /** What a host shows before the editor is up (start-up, sign-in, failures). */
  startup: {
    regionName: 'Autorizzazioni di SharePoint Embedded',
    starting: 'Avvio della matrice delle autorizzazioni…',
    signingIn: 'Accesso in corso…',
    signInTitle: 'Accedi per continuare',
    signInBody:
      'Accedi con un account di amministratore di SharePoint Embedded o di amministratore globale del tenant di cui gestisci le registrazioni.',
    signIn: 'Accedi',
    failedTitle: 'Impossibile avviare la matrice delle autorizzazioni',
    configFailed:
      'Questa copia dello strumento non è configurata correttamente. Chiedi a chi l’ha distribuita di correggere:',
    configProblems: {
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
    signInFailed: 'L’accesso non è stato completato.',
    downloadFailed:
      'Una parte della matrice delle autorizzazioni non è stata scaricata. Controlla la connessione e riprova.',
    retry: 'Riprova',
    consentGrantedTitle: 'Consenso amministratore concesso',
    consentGrantedBody:
      'Puoi chiudere questa pagina e tornare alla matrice delle autorizzazioni di SharePoint Embedded. Lì scegli “Ho concesso il consenso, riprova”.',
    consentDeniedTitle: 'Il consenso amministratore non è stato concesso',
    consentDeniedBody: 'La pagina di consenso ha risposto: {description}',
    consentUnexpected:
      'Questa pagina ha ricevuto una risposta che la matrice delle autorizzazioni non ha chiesto. Apri di nuovo la pagina di consenso amministratore dallo strumento.',
  },
  app: {
    title: 'Autorizzazioni delle app di SharePoint Embedded',
    signedInAs: 'Accesso eseguito come {name}',
    switchAccount: 'Cambia account',
    signOut: 'Esci',
    accountFromHost:
      'Questo è l’account dell’app in cui si trova lo strumento (Teams o SharePoint): esci o cambia account da lì.',
    signOutFailed:
      'L’uscita non è stata completata (la finestra è stata chiusa o bloccata). Sei ancora connesso; riprova.',
    switchFailed:
      'Non è stato scelto un altro account (la finestra è stata chiusa o bloccata). Nulla è cambiato.',
    roleMissingTitle: 'Il tuo account potrebbe non avere il ruolo necessario',
    roleMissingBody:
      'Per leggere e modificare le registrazioni dei tipi di contenitore serve il ruolo Amministratore di SharePoint Embedded o Amministratore globale. Chiedi a un Amministratore dei ruoli con privilegi di assegnartene uno nell’interfaccia di amministrazione di Microsoft Entra (Ruoli e amministratori → Ruoli), poi accedi di nuovo.',
  },
  /** A save's receipt (shared/receipts) and the Changes list of this browser's receipts. */
  receipts: {
    kept: 'Ricevuta di questo salvataggio: conservata in questo browser in Modifiche, e scaricabile.',
    notKept: 'Ricevuta di questo salvataggio: scaricala per conservarla.',
    downloadJson: 'Scarica la ricevuta (JSON)',
    downloadCsv: 'Scarica la ricevuta (CSV)',
    csvHeaders: {
      receiptId: 'Id ricevuta',
      createdAt: 'Salvato alle (UTC)',
      tenantId: 'Id tenant',
      userPrincipalName: 'Salvato da',
      userObjectId: 'Salvato da (id oggetto)',
      registrationId: 'Id registrazione',
      registrationName: 'Nome registrazione',
      appId: 'Id app',
      appName: 'Nome app',
      change: 'Modifica',
      plane: 'Piano',
      before: 'Prima',
      after: 'Dopo',
      outcome: 'Esito',
      detail: 'Dettaglio',
      errorCode: 'Codice errore',
      httpStatus: 'Stato HTTP',
      requestId: 'request-id',
      clientRequestId: 'client-request-id',
    },
  },
  /** This browser's receipts (ChangesDialog). */
  changes: {
    open: 'Modifiche…',
    title: 'Modifiche salvate da questo browser',
    intro:
      'La ricevuta di ogni salvataggio fatto da questo browser per questo tenant, dalla più recente. Le ricevute non contengono token; scaricale per conservarle altrove.',
    none: 'Da questo browser non è stato ancora salvato nulla.',
    filterLabel: 'Filtra le modifiche per registrazione o app',
    filterPlaceholder: 'Nome o id di registrazione o app',
    count: '{shown} ricevute su {total}',
    pageShown: 'Ricevute {first}–{last} di {total}',
    pageLabel: 'Ricevute mostrate',
    previous: 'Ricevute precedenti',
    next: 'Ricevute successive',
    entry: '{when}, da {who}',
    unknownUser: 'un account sconosciuto',
    outcomes:
      '{saved} salvate · {notSaved} non salvate · {conflicts} conflitti · {unknown} esito sconosciuto',
    downloadJson: 'Scarica la ricevuta del {when} (JSON)',
    downloadCsv: 'Scarica la ricevuta del {when} (CSV)',
    downloadAllCsv: 'Scarica le ricevute mostrate (CSV)',
    verify: 'Verifica la ricevuta del {when}',
    verifying: 'Lettura di ciò che il servizio mostra ora…',
    verifyFailed: 'Non è stato possibile leggere le autorizzazioni. Riprova Verifica.',
    readFailed: '{registration}: non è stato possibile leggerne le autorizzazioni. Riprova Verifica.',
    verdicts: {
      confirmed: '{app} su {registration}: confermato, il servizio mostra ciò che è stato scritto.',
      'not-visible-yet':
        '{app} su {registration}: non ancora visibile, il servizio mostra ancora il valore precedente. Una modifica può richiedere un’ora o più.',
      'still-before':
        '{app} su {registration}: il servizio mostra ancora il valore precedente, ore dopo il salvataggio: la modifica non ha avuto effetto o è stata annullata.',
      'changed-since': '{app} su {registration}: cambiato da allora. Il servizio mostra {shown}.',
      changedSinceGone: '{app} su {registration}: cambiato da allora. L’app ora non ha autorizzazioni.',
    },
    clear: 'Cancella…',
    clearConfirm: 'Rimuovere tutte le {count} ricevute da questo browser? Le copie scaricate non cambiano.',
    clearYes: 'Rimuovi le ricevute',
  },
  compare: {
    open: 'Confronta con un file…',
    fileLabel: 'Esportazione precedente da confrontare (JSON)',
    title: 'Confronta con un file',
    reading: 'Lettura del file…',
    problemsTitle: 'Questo file non può essere confrontato',
    notAnExport:
      'Questo file non può essere confrontato. Scegli un file JSON creato con Esporta JSON (di una registrazione o del tenant) in questo tenant.',
    intro:
      'Le differenze tra {file}, esportato il {when}, e le autorizzazioni come questa pagina le ha lette l’ultima volta dal servizio. Aggiunto significa concesso ora e assente nel file. Non viene scritto nulla.',
    noTenant:
      'Il file non indica in quale tenant è stato esportato (le esportazioni precedenti a questa versione non lo fanno): verifica che provenga da questo tenant.',
    none: 'Nessuna differenza: il servizio mostra ciò che il file contiene.',
    typesLabel: 'Differenze da mostrare',
    types: {
      registrationNotInFile: 'Registrazioni assenti nel file',
      registrationGone: 'Registrazioni scomparse',
      appAdded: 'App aggiunte',
      appRemoved: 'App rimosse',
      permissionsAdded: 'Autorizzazioni aggiunte',
      permissionsRemoved: 'Autorizzazioni rimosse',
      notCompared: 'Non confrontate',
    },
    typeCount: '{type} ({count})',
    filterLabel: 'Filtra le differenze per registrazione o app',
    filterPlaceholder: 'Nome o id di registrazione o app',
    count: '{shown} differenze su {total}',
    pageShown: 'Differenze {first}–{last} di {total}',
    pageLabel: 'Differenze mostrate',
    previous: 'Differenze precedenti',
    next: 'Differenze successive',
    listLabel: 'Differenze',
    entries: {
      registrationNotInFile:
        '{registration}: registrata ora, assente nel file (registrata dopo, o esclusa dall’esportazione).',
      registrationGone:
        '{registration}: presente nel file, non tra le registrazioni lette ora (rimossa, o fuori dalla portata di questo account).',
      appAdded: '{app} su {registration}: concessa ora, assente nel file.',
      appRemoved: '{app} su {registration}: presente nel file, nessuna concessione ora.',
      permissionsAdded: '{app} su {registration}: autorizzazioni aggiunte.',
      permissionsRemoved: '{app} su {registration}: autorizzazioni rimosse.',
      notRead: '{registration}: non confrontata, le sue autorizzazioni non sono state lette ora.',
      missingList: '{app} su {registration}: {planes} non confrontato, il file non ne contiene l’elenco.',
      unreadable:
        '{app} su {registration}: {planes} non confrontato, il servizio ha inviato valori che questo strumento non sa leggere esattamente.',
    },
    reasons: {
      notRead: 'autorizzazioni non lette ora',
      missingList: 'elenco assente nel file',
      unreadable: 'valori illeggibili per questo strumento',
    },
    plane: '{plane}: {permissions}',
    download: 'Scarica le differenze mostrate (CSV)',
    downloaded: 'Le differenze sono state scaricate come {file} nella cartella dei download del browser.',
    downloadFailed: 'Questo browser non è riuscito ad avviare il download.',
    csvDifference: 'Differenza',
  },
  /** Check access (CheckAccessDialog): one app's access to one registration's containers. */
  checkAccess: {
    open: 'Verifica accesso',
    title: 'Accesso di {app} a {registration}',
    grantHeading: 'L’autorizzazione come la mostra ora il servizio',
    reading: 'Lettura dell’autorizzazione…',
    readFailed: 'Non è stato possibile leggere l’autorizzazione ora. Chiudi e riprova.',
    noGrant: 'Nessuna autorizzazione: questa app non può fare nulla con i contenitori di questo tipo.',
    planeLine: '{plane}: {list}. {meaning}',
    unknownValue: '{value}: un valore che questo strumento non conosce.',
    appHeading: 'L’app',
    owner: 'È l’app proprietaria del tipo di contenitore.',
    notOwner: 'È un’app ospite: non è la proprietaria del tipo di contenitore.',
    principalReading: 'Ricerca dell’app in questo tenant…',
    principalFound: 'Ha un’entità servizio in questo tenant ({name}).',
    principalNotFound:
      'Nessuna entità servizio trovata in questo tenant: non può ottenere token qui finché un amministratore non dà il consenso.',
    principalCannotTell:
      'Non si può dire se abbia un’entità servizio in questo tenant: serve l’autorizzazione di directory (Application.Read.All).',
    lastChange:
      'Questo browser ha modificato questa autorizzazione l’ultima volta il {when}. Una modifica può richiedere fino a un’ora per avere effetto; sono stati segnalati tempi più lunghi.',
    lastChangeNone: 'Questo browser non ha traccia di modifiche a questa autorizzazione.',
    lastChangeUnknown: 'Questo browser non conserva traccia delle modifiche qui.',
    adviceHeading: 'Se l’app riceve 403 (accesso negato)',
    advice: {
      'recent-change': 'L’ultima modifica è recente: il 403 può significare solo che non ha ancora effetto.',
      'no-grant':
        'Non ha autorizzazioni su questo tipo di contenitore: ogni chiamata a questi contenitori è rifiutata.',
      'no-app-only':
        'Non ha autorizzazioni applicative (solo app): le chiamate con il token proprio dell’app sono rifiutate.',
      'no-delegated': 'Non ha autorizzazioni delegate: le chiamate per conto di un utente sono rifiutate.',
      'delegated-needs-user-role':
        'Le chiamate per conto di un utente richiedono anche il ruolo dell’utente nel contenitore: l’app ottiene solo ciò che entrambi consentono.',
      'no-content-read':
        'Senza readContent (o un’autorizzazione che lo include) non può leggere i file, solo le proprietà dei contenitori.',
      'needs-graph-permission':
        'L’autorizzazione da sola non basta: l’app ha bisogno anche dell’autorizzazione Microsoft Graph FileStorageContainer.Selected, con consenso in questo tenant.',
    },
  },
  /** Check my access (MyAccessDialog): the signed-in admin's roles, scopes and consent, from the token. */
  myAccess: {
    open: 'Verifica il mio accesso',
    title: 'Il tuo accesso',
    accountHeading: 'Il tuo account',
    account: 'Account: {account}',
    tenant: 'Tenant: {tenant}',
    unknownAccount: 'non noto',
    reading: 'Lettura del tuo token…',
    readFailed:
      'Non è stato possibile leggere il tuo token ora (potrebbe essere necessario accedere di nuovo). Chiudi e verifica di nuovo.',
    rolesHeading: 'Ruoli di directory nel tuo token',
    rolesNotInToken:
      'Il token non lo dice: non elenca ruoli di directory (manca il claim wids). Il servizio verifica comunque il tuo ruolo quando leggi o modifichi le registrazioni.',
    rolesNone: 'Nessuno di questi: Amministratore di SharePoint Embedded, Amministratore globale.',
    rolesFound: '{roles}: può leggere e modificare le registrazioni dei tipi di contenitore.',
    roles: {
      speAdministrator: 'Amministratore di SharePoint Embedded',
      globalAdministrator: 'Amministratore globale',
    },
    scopesHeading: 'Autorizzazioni Microsoft Graph (ambiti)',
    scopeLine: '{scope} ({need}): {state}',
    need: {
      required: 'lo strumento la chiede per leggere e modificare le registrazioni',
      optional: 'facoltativa: lo strumento la chiede solo per mostrare i nomi delle app',
      'not-asked': 'non richiesta da questo strumento',
    },
    state: {
      granted: 'nel tuo token, quindi con consenso.',
      missing: 'non nel tuo token: senza consenso, o non ancora richiesta.',
      unknown: 'il token non lo dice.',
    },
    adminConsentRequired:
      'Richiede il consenso amministratore: lo concede un amministratore che può dare il consenso per tutta l’organizzazione, ad esempio un Amministratore globale.',
    adminConsentNotRequired:
      'Non richiede il consenso amministratore: puoi dare il consenso quando accedi, oppure un amministratore lo dà per tutti.',
    namesHint: 'Per chiederla, apri una registrazione e scegli “Mostra i nomi delle app”.',
    hostToken:
      'Qui lo strumento usa il token di SharePoint: le sue autorizzazioni sono concesse all’app di SharePoint da un amministratore, non dalla pagina di consenso di questo strumento.',
    reachHeading: 'Quali registrazioni mostra l’elenco',
    reach: {
      'owned-only':
        'Con FileStorageContainerTypeReg.Selected l’elenco mostra solo le registrazioni dei tipi di contenitore di proprietà dell’app di questo strumento: le altre registrazioni sono nascoste, non mancanti. Per vederle tutte, lo strumento va configurato con FileStorageContainerTypeReg.Manage.All (richiede il consenso amministratore).',
      all: 'Con FileStorageContainerTypeReg.Manage.All l’elenco mostra tutte le registrazioni dei tipi di contenitore del tenant.',
      none: 'Senza FileStorageContainerTypeReg.Selected né FileStorageContainerTypeReg.Manage.All il servizio non mostra alcuna registrazione.',
    },
    source:
      'Fonti: riferimento API di Microsoft Graph per le registrazioni dei tipi di contenitore (Autorizzazioni), riferimento alle autorizzazioni di Microsoft Graph, ruoli predefiniti di Microsoft Entra.',
  },
  partFailure: {
    loadTitle: 'Impossibile caricare “{part}”',
    loadTitleAny: 'Non è stato possibile caricare una parte di questa pagina',
    loadBody:
      'Probabilmente è stata pubblicata una versione più recente di questo strumento mentre la pagina era aperta (oppure la connessione si è interrotta). Ricarica per ottenerla.',
    renderTitle: 'Si è verificato un errore durante la visualizzazione di “{part}”',
    renderTitleAny: 'Si è verificato un errore durante la visualizzazione di questa pagina',
    renderBody:
      'È un errore dello strumento, non delle tue autorizzazioni. Di solito ricaricare risolve; se si ripete, invia l’id errore a chi fornisce assistenza per questo strumento.',
    kept: 'Le modifiche non salvate restano in questa scheda: dopo aver ricaricato, apri la registrazione e la matrice te le ripropone.',
    reload: 'Ricarica',
    errorId: 'Id errore: {id}',
  },
  planes: {
    delegated: 'Delegate',
    application: 'Applicazione (solo app)',
  },
  groups: {
    content: 'Contenuto',
    containers: 'Contenitori',
    membership: 'Membri',
    special: 'Tutto',
  },
  permissionDescriptions: {
    none: 'Nessun accesso ai contenitori di questo tipo.',
    readContent: 'Leggere il contenuto dei contenitori.',
    writeContent: 'Scrivere il contenuto.',
    manageContent: 'writeContent, più l’annullamento delle estrazioni con accesso solo app.',
    create: 'Creare contenitori.',
    delete: 'Eliminare contenitori.',
    read: 'Leggere le proprietà dei contenitori (non il contenuto).',
    write: 'Modificare le proprietà dei contenitori.',
    enumeratePermissions: 'Elencare i membri dei contenitori e i loro ruoli.',
    addPermissions: 'Aggiungere membri.',
    updatePermissions: 'Cambiare il ruolo dei membri.',
    deletePermissions: 'Rimuovere altri membri.',
    deleteOwnPermission: 'Rimuovere la propria appartenenza.',
    managePermissions: 'Aggiungere, modificare e rimuovere membri, compresa sé stessa.',
    full: 'Tutte le autorizzazioni sui contenitori di questo tipo.',
  },
  presets: {
    owner: 'App proprietaria (full)',
    backupReader: 'Lettura per il backup',
    backupRestore: 'Backup e ripristino',
    readOnly: 'Sola lettura',
    graphExplorer: 'Graph Explorer',
    powerPlatformConnector: 'Connettore di Power Platform',
  },
  legend: {
    toggle: 'Che cosa significano le autorizzazioni',
    intro:
      'Ogni app ha due elenchi di autorizzazioni sui contenitori di questo tipo. Delegate: l’app agisce per un utente connesso, che deve avere anche accesso al contenitore. Applicazione (solo app): l’app agisce da sola, su ogni contenitore del tipo.',
    includes: 'Include {list}.',
    includesEverything: 'Include tutte le altre autorizzazioni.',
    requires: 'Richiede {list}.',
    presetsHeading: 'Modelli',
    presetGrants: 'Delegate: {delegated}. Applicazione (solo app): {application}.',
    docsLink: 'Autorizzazioni dei tipi di contenitore nella documentazione Microsoft',
  },
  list: {
    heading: 'Registrazioni dei tipi di contenitore',
    searchLabel: 'Cerca registrazioni',
    searchPlaceholder: 'Nome, ID del tipo di contenitore, nome o ID app',
    refresh: 'Aggiorna',
    overview: 'Panoramica del tenant',
    register: 'Registra un tipo di contenitore…',
    loading: 'Caricamento delle registrazioni…',
    tableLabel: 'Registrazioni dei tipi di contenitore',
    count: plural({
      one: '{count} registrazione',
      many: '{count} di registrazioni',
      other: '{count} registrazioni',
    }),
    matches: plural({
      one: '{count} di {total} registrazione',
      many: '{count} di {total} di registrazioni',
      other: '{count} di {total} registrazioni',
    }),
    emptyTitle: 'Nessuna registrazione da mostrare',
    emptySelected:
      'Questo strumento accede con FileStorageContainerTypeReg.Selected, che mostra solo le registrazioni di proprietà della sua app. Per gestire le altre registrazioni, un amministratore deve configurarlo con FileStorageContainerTypeReg.Manage.All e concedere il consenso amministratore. Se il tuo tipo di contenitore non è ancora registrato, registralo.',
    emptyManageAll:
      'In questo tenant non è ancora registrato alcun tipo di contenitore. Registrane uno per iniziare.',
    noMatchTitle: 'Nessuna registrazione corrisponde a «{query}»',
    noMatchBody:
      'La ricerca considera nomi delle registrazioni e ID dei tipi di contenitore, e nomi e ID dell’app proprietaria e di ogni app con autorizzazioni. Deve comparire ogni parola digitata.',
    clearSearch: 'Cancella la ricerca',
    columns: {
      name: 'Nome',
      containerTypeId: 'ID del tipo di contenitore',
      owningApp: 'App proprietaria',
      billing: 'Fatturazione',
      registered: 'Registrata il',
      expires: 'Scade il',
      apps: 'App',
    },
    billing: '{classification}, {status}',
    billingClassification: {
      standard: 'Standard',
      trial: 'Prova',
      directToCustomer: 'Diretta al cliente',
    },
    billingStatus: {
      valid: 'valida',
      invalid: 'non valida',
    },
    notSet: 'Non impostato',
    never: 'Mai',
    appsCounting: 'Conteggio in corso…',
    draftBadge: 'Modifiche non salvate',
    registerNeedsRole:
      'Per registrare un tipo di contenitore serve il ruolo Amministratore di SharePoint Embedded o Amministratore globale, che il tuo account non ha.',
    appsUnavailable: 'Non disponibile',
  },
  overview: {
    intro:
      'Ogni app su ogni registrazione: cosa può fare, per piano (D: delegato, A: applicazione). Apri una cella per modificare quella registrazione, o un’app per vederla ovunque.',
    backToOverview: '← Panoramica del tenant',
    loading: 'Lettura delle autorizzazioni di ogni registrazione…',
    notRead: plural({
      one: 'Non è stato ancora possibile leggere {count} registrazione: non è mostrata né esportata.',
      many: 'Non è stato ancora possibile leggere {count} di registrazioni: non sono mostrate né esportate.',
      other: 'Non è stato ancora possibile leggere {count} registrazioni: non sono mostrate né esportate.',
    }),
    gridLabel: 'App per registrazione',
    appColumn: 'App',
    appFilterLabel: 'Filtra app',
    appFilterPlaceholder: 'Nome o ID app',
    registrationFilterLabel: 'Filtra registrazioni',
    registrationFilterPlaceholder: 'Nome o ID del tipo di contenitore',
    levelFilterLabel: 'Accesso',
    levelFilters: {
      any: 'Qualsiasi accesso',
      readContent: 'Chi può leggere il contenuto?',
      writeContent: 'Chi può scrivere il contenuto?',
      manageMembership: 'Chi può gestire i membri?',
      applicationWrite: 'Chi può scrivere solo come app?',
      full: 'Chi ha full?',
    },
    riskyOnly: 'Solo autorizzazioni rischiose',
    showSettings: 'Mostra impostazioni',
    settingFilterLabel: 'Registrazioni le cui impostazioni',
    settingFilters: {
      any: 'Qualsiasi impostazione',
      anyone: 'Consentono la condivisione con chiunque',
      guests: 'Consentono la condivisione con ospiti',
      searchOff: 'Hanno la ricerca disattivata',
      versioningOff: 'Hanno il controllo delle versioni disattivato',
    },
    showing: 'App: {apps} di {totalApps} · Registrazioni: {registrations} di {totalRegistrations}',
    noApps: 'Nessuna registrazione ha ancora app.',
    noMatch: 'Nessuna app corrisponde a questi filtri.',
    planeShort: { delegated: 'D', application: 'A' },
    levels: { none: 'nessuno', read: 'lettura', write: 'scrittura', manage: 'gestione', full: 'completo' },
    groupLevels: {
      content: 'contenuto: {level}',
      containers: 'contenitori: {level}',
      membership: 'membri: {level}',
    },
    planeSummary: '{plane}: {level}',
    cellLabel: '{app} su {registration}: {planes}',
    planeLabel: '{plane} {level} ({permissions})',
    noGrant: '{app} su {registration}: nessuna autorizzazione',
    noPermissions: 'nessuna autorizzazione',
    ownerMark: 'Proprietaria',
    ownerLabel: 'app proprietaria',
    riskMark: 'Rischio',
    risks: {
      guest_full: 'un’app ospite con full',
      guest_manage_permissions: 'un’app ospite che può gestire le autorizzazioni',
      guest_application_write: 'un’app ospite che scrive solo come app',
    },
    unresolved: 'Non trovata nella directory',
    exportJson: 'Esporta JSON',
    exportCsv: 'Esporta CSV per i revisori',
    exportScope: plural({
      one: 'Esporta ogni autorizzazione della {count} registrazione mostrata.',
      many: 'Esporta ogni autorizzazione dei {count} di registrazioni mostrate.',
      other: 'Esporta ogni autorizzazione delle {count} registrazioni mostrate.',
    }),
    exported: 'Le autorizzazioni sono state scaricate come {file} nella cartella dei download del browser.',
    csvHeaders: {
      registrationId: 'ID registrazione',
      registrationName: 'Nome registrazione',
      appId: 'ID app',
      appName: 'Nome app',
      plane: 'Piano',
      permissions: 'Autorizzazioni',
    },
  },
  registration: {
    back: '← Tutte le registrazioni',
    loading: 'Caricamento delle autorizzazioni…',
    details: 'Tipo di contenitore {id} · app proprietaria {owningAppId}',
    addApp: 'Aggiungi app…',
    review: plural({
      one: 'Rivedi le modifiche ({count} app)',
      many: 'Rivedi le modifiche ({count} di app)',
      other: 'Rivedi le modifiche ({count} app)',
    }),
    /** The menu that holds Export JSON and Import JSON…. */
    fileMenu: 'File JSON',
    export: 'Esporta JSON',
    import: 'Importa JSON…',
    importFileLabel: 'File JSON delle autorizzazioni da importare',
    exportFailed: 'Questo browser non può scaricare file da qui.',
    exported:
      'Le autorizzazioni salvate (senza le modifiche non salvate) sono state scaricate come {file} nella cartella dei download del browser.',
    draftRestoredTitle: 'Modifiche non salvate ripristinate',
    draftRestoredBody:
      'Sono state ripristinate le modifiche fatte prima in questa scheda. Rivedile e salvale, oppure eliminale.',
    undo: 'Annulla modifica',
    redo: 'Ripeti',
    discardDraft: 'Elimina la bozza',
    warningsTitle: 'Il servizio ha restituito le autorizzazioni in un formato vecchio o inatteso',
    warningsBody:
      'Sono state lette come descritto qui sotto. Al salvataggio viene scritto il formato corretto.',
    dismiss: 'Chiudi',
    savedTitle: 'Salvato alle {time}',
    propagation: 'Una modifica può richiedere fino a un’ora per avere effetto.',
    noApps:
      'Nessuna app ha ancora autorizzazioni su questo tipo di contenitore. Aggiungi un’app per iniziare.',
    leaveTitle: 'Uscire con modifiche non salvate?',
    leaveBody: plural({
      one: 'Hai modifiche non salvate per {count} app. Restano come bozza in questa scheda finché non le elimini.',
      many: 'Hai modifiche non salvate per {count} di app. Restano come bozza in questa scheda finché non le elimini.',
      other:
        'Hai modifiche non salvate per {count} app. Restano come bozza in questa scheda finché non le elimini.',
    }),
    stay: 'Resta',
    leave: 'Esci',
    discardAndLeave: 'Elimina le modifiche ed esci',
  },
  warnings: {
    legacy_keys:
      '{path}: le vecchie chiavi «delegated» / «appOnly» sono state lette come gli elenchi di autorizzazioni attuali.',
    pascal_case: '{path}: «{found}» è stato letto come «{readAs}».',
    plural_delete_own: '{path}: «{found}» è stato letto come «{readAs}».',
    unknown_permission:
      '{path}: «{found}» è un’autorizzazione che questo strumento non conosce. È mostrata in Altro e mantenuta al salvataggio.',
    unknown_future_value: '{path}: il servizio ha inviato «unknownFutureValue», che non viene mai riscritto.',
    invalid_app_id: '{path}: «{found}» non è un ID app valido (un GUID).',
    missing_plane: '{path}: l’elenco mancava ed è stato letto come none.',
    not_a_list: '{path}: il valore non è un elenco di autorizzazioni ed è stato letto come none.',
    non_iso_date: '{path}: la data «{found}» non è in formato ISO 8601.',
    duplicate_app: '{path}: l’app {appId} compare più di una volta.',
    not_an_object: '{path}: una voce che non è un’autorizzazione è stata ignorata.',
    missing_app_id: '{path}: un’autorizzazione senza ID app è stata ignorata.',
  },
  matrix: {
    tableLabel: 'Autorizzazioni delle app su {name}',
    appColumn: 'App',
    cellPlanes: { delegated: 'Delegate', application: 'Applicazione' },
    otherColumn: 'Altro',
    columnMenu: '{permission} ({plane}): modifica per tutte le app',
    grantAll: 'Concedi {permission} a tutte le app',
    revokeAll: 'Revoca {permission} a tutte le app',
    rowMenu: 'Azioni per {app}',
    applyPreset: 'Applica un modello',
    copyFrom: 'Copia da un’altra app…',
    clearDelegated: 'Cancella le autorizzazioni delegate',
    clearApplication: 'Cancella le autorizzazioni dell’applicazione',
    removeApp: 'Rimuovi l’app',
    owningBadge: 'App proprietaria',
    changedBadge: 'Non salvata',
    newBadge: 'Nuova',
    impliedBy: 'Inclusa in {parent}',
    unknownTag: '{value} (sconosciuta a questo strumento, mantenuta così com’è)',
    readOnlyBadge: 'Sola lettura',
    /** This browser last saved a change of this app's grant (its receipt): the time today, else the date. */
    changedHereBadge: 'Modificato qui {when}',
    readOnlyReason:
      'Il servizio ha inviato per questa app un valore che questo strumento non sa leggere con esattezza ({planes}). Per questa app non viene scritto nulla; modificala con uno strumento che conosce il valore.',
    alsoGranted: 'Concesse anche a {app} ({plane}): {list}.',
    alsoRevoked: 'Revocate anche a {app} ({plane}): {list}.',
    columnGranted: '{permission} ({plane}) concessa a tutte le app.',
    columnRevoked: '{permission} ({plane}) revocata a tutte le app.',
    presetApplied: 'Modello «{preset}» applicato a {app}.',
    copied: 'Autorizzazioni di {from} copiate in {app}.',
    cleared: 'Autorizzazioni {plane} di {app} cancellate.',
    removed: '{app} rimossa. Rivedi e salva per applicare.',
    added: '{app} aggiunta.',
    imported: '{file} importato. Rivedi le modifiche prima di salvare.',
    undone: 'Ultima modifica annullata.',
    redone: 'Modifica ripristinata.',
    draftDiscarded: 'Bozza eliminata: la matrice mostra le autorizzazioni salvate.',
    conflictsKept: 'Mantenuta la versione dell’altro amministratore per {list}.',
  },
  /** Why the matrix shows app ids instead of names (the directory scope is asked for on its own). */
  appNames: {
    title: 'I nomi delle app non sono visualizzati',
    not_requested:
      'Per i nomi serve l’accesso in lettura alla directory (Application.Read.All), che lo strumento richiede separatamente. Scegli «Mostra i nomi delle app» per richiederlo ora; fino ad allora le app sono indicate per ID.',
    no_consent:
      'Questa app non ha il consenso per l’accesso in lettura alla directory (Application.Read.All) nel tuo tenant, quindi le app sono indicate per ID. Un amministratore globale può concederlo nell’interfaccia di amministrazione di Microsoft Entra (Applicazioni aziendali → Autorizzazioni), poi scegli «Mostra i nomi delle app».',
    role: 'Il tuo account non mostra il ruolo di amministratore di SharePoint Embedded o di amministratore globale, quindi lo strumento non richiede da sé l’accesso in lettura alla directory (Application.Read.All). Le app sono indicate per ID; puoi comunque scegliere «Mostra i nomi delle app».',
    lookup_failed:
      'La directory ha rifiutato le ricerche dei nomi o non ha risposto, quindi le app sono indicate per ID. Scegli «Mostra i nomi delle app» per riprovare.',
    token_failed:
      'Non è stato possibile ottenere l’accesso in lettura alla directory (Application.Read.All), quindi le app sono indicate per ID. Scegli «Mostra i nomi delle app» per riprovare.',
    show: 'Mostra i nomi delle app',
  },
  addApp: {
    title: 'Aggiungi un’app',
    guestIntro:
      'Un’app guest è qualsiasi app diversa dall’app proprietaria che lavora con i contenitori di questo tipo, ad esempio un servizio di backup. Il fornitore ti comunica il suo ID client e le autorizzazioni di cui ha bisogno.',
    backupTitle: 'Attivare un fornitore di backup',
    backupConsent: 'Prima concedi il consenso amministratore all’app del fornitore nel tuo tenant.',
    backupConsentLink: 'Apri la pagina di consenso per questa app',
    backupConsentEnterId:
      'Inserisci l’ID client dell’app per ottenere il suo link di consenso, oppure usa il link fornito dal fornitore.',
    backupGrant: 'Poi aggiungi qui l’app con un modello di backup, controlla la modifica e salvala.',
    appIdLabel: 'ID client (ID applicazione)',
    appIdHint: 'L’ID client di Microsoft Entra dell’app, ad esempio 00000000-0000-0000-0000-000000000000.',
    problems: {
      empty: 'Inserisci l’ID client dell’app.',
      not_guid: 'Un ID client è un GUID, ad esempio 12345678-1234-1234-1234-123456789abc.',
      duplicate: 'Questa app è già nella matrice.',
    },
    presetLabel: 'Parti da un modello',
    noPresetGrants: 'L’app viene aggiunta senza autorizzazioni; selezionale nella matrice.',
    noPreset: 'Nessun modello (ancora nessuna autorizzazione)',
    lookupPending: 'Ricerca del nome dell’app…',
    lookupFound: 'Nome dell’app: {name}',
    lookupUnavailable: 'Con questo accesso il nome dell’app non è disponibile.',
    add: 'Aggiungi',
  },
  copyFrom: {
    title: 'Copia le autorizzazioni in {app}',
    sourceLabel: 'Copia da',
    copy: 'Copia',
  },
  planeView: {
    label: 'Autorizzazioni mostrate',
    both: 'Entrambe',
    unsaved: 'modifiche non salvate',
  },
  untrusted: {
    hiddenCharacters: 'Caratteri nascosti',
    hiddenCharactersNote:
      'Contiene caratteri nascosti, mostrati qui con il loro codice: {characters}. Caratteri come questi possono far sembrare un nome uguale a un altro.',
    cut: plural({
      one: '{count} carattere in tutto: i dettagli mostrano il testo completo.',
      many: '{count} di caratteri in tutto: i dettagli mostrano il testo completo.',
      other: '{count} caratteri in tutto: i dettagli mostrano il testo completo.',
    }),
  },
  details: {
    open: 'Dettagli…',
    registrationTitle: 'Dettagli della registrazione',
    appTitle: 'Dettagli dell’app',
    name: 'Nome',
    noName: 'Non disponibile con questo accesso',
    containerTypeId: 'ID del tipo di contenitore',
    owningAppId: 'ID dell’app proprietaria',
    appId: 'ID dell’app',
    otherValues: '{plane}: valori che questo strumento non conosce',
    length: plural({ one: '{count} carattere', many: '{count} di caratteri', other: '{count} caratteri' }),
  },
  settings: {
    heading: 'Impostazioni',
    settingColumn: 'Impostazione',
    valueColumn: 'Valore',
    none: 'Il servizio non ha inviato impostazioni per questa registrazione.',
    notSent: 'non inviato',
    labels: {
      sharingCapability: 'Condivisione',
      isSharingRestricted: 'Solo proprietari e responsabili possono condividere',
      isDiscoverabilityEnabled: 'Il contenuto compare in Microsoft 365 (individuabilità)',
      isSearchEnabled: 'Ricerca',
      isItemVersioningEnabled: 'Controllo delle versioni',
      itemMajorVersionLimit: 'Versioni principali conservate per file',
      maxStoragePerContainerInBytes: 'Spazio per contenitore (nuovi contenitori)',
      urlTemplate: 'Modello di collegamento (dove si aprono i collegamenti ai file)',
      'agent.chatEmbedAllowedHosts': 'Siti autorizzati a incorporare la chat dell’agente',
    },
    sharing: {
      disabled: 'Solo persone dell’organizzazione',
      existingExternalUserSharingOnly: 'Ospiti esistenti',
      externalUserSharingOnly: 'Ospiti nuovi ed esistenti',
      externalUserAndGuestSharing: 'Chiunque, con collegamenti che non richiedono l’accesso',
    },
    on: 'Attivato',
    off: 'Disattivato',
    yes: 'Sì',
    no: 'No',
    noHosts: 'nessuno',
    bytes: '{size} ({bytes} byte)',
    change: 'Modifica impostazioni…',
    editTitle: 'Modifica impostazioni',
    editIntro:
      'Il proprietario del tipo di contenitore decide quali impostazioni questo tenant può modificare, e questo strumento non può saperlo in anticipo: se il servizio ne rifiuta una, lo dice qui e la modifica resta.',
    hostsHint: 'Un indirizzo https per riga, al massimo 10. Solo siti consentiti dal proprietario.',
    bytesHint: 'In byte: {size}. Vale per i contenitori creati da ora in poi.',
    problems: {
      notWholeNumber: 'Inserisci un numero intero (0 o più), solo cifre.',
      notHttps:
        'Inserisci un indirizzo https completo, ad esempio https://app.contoso.com/open?item={item-id}.',
      tooManyHosts: 'Al massimo 10 siti.',
      hostNotHttps: 'Ogni riga deve essere un indirizzo https completo, ad esempio https://contoso.com.',
    },
    review: plural({
      one: 'Rivedi {count} modifica…',
      many: 'Rivedi {count} di modifiche…',
      other: 'Rivedi {count} modifiche…',
    }),
    reviewTitle: 'Rivedi le modifiche alle impostazioni',
    reviewIntro:
      'Vengono inviate solo queste impostazioni, con la versione della registrazione che hai letto; le autorizzazioni delle app non vengono toccate.',
    changeLine: '{setting}: {before} → {after}',
    save: 'Salva impostazioni',
    backToEdit: 'Torna alla modifica',
    saving: 'Salvataggio delle impostazioni…',
    rereading: 'Nuova lettura della registrazione…',
    saved:
      'Impostazioni salvate. Valgono per i contenitori creati da ora in poi; quelli esistenti possono mantenere le proprie.',
    refusedTitle: 'Non salvato: il proprietario non consente questa modifica',
    refusedBody: plural({
      one: 'Il proprietario del tipo di contenitore non consente a questo tenant di modificare {settings}. Non è stato cambiato nulla; la modifica resta. Annulla quella modifica o chiedi al fornitore dell’app di consentirla.',
      many: 'Il proprietario del tipo di contenitore non consente a questo tenant di modificare almeno una di queste: {settings}. Non è stato cambiato nulla; la modifica resta. Modificale una alla volta per scoprire quale, o chiedi al fornitore dell’app.',
      other:
        'Il proprietario del tipo di contenitore non consente a questo tenant di modificare almeno una di queste: {settings}. Non è stato cambiato nulla; la modifica resta. Modificale una alla volta per scoprire quale, o chiedi al fornitore dell’app.',
    }),
    conflictTitle: 'Non salvato: qualcuno ha modificato la registrazione dopo che l’hai letta',
    conflictBody:
      'Niente è stato sovrascritto. La registrazione è stata letta di nuovo; ciò che è cambiato è elencato sotto. La tua modifica resta: rivedila rispetto ai valori attuali e salva di nuovo.',
    conflictNoSettings:
      'Le sue impostazioni sono le stesse di prima (è cambiato altro, ad esempio un’autorizzazione).',
    difference: '{setting}: era {before}, ora {now}',
    notAppliedTitle: 'Non salvato',
    notAppliedBody:
      'Il servizio non ha risposto, quindi la registrazione è stata letta di nuovo: contiene ancora i valori di prima. La modifica resta; salva di nuovo quando il servizio risponde.',
    unknownTitle: 'Non si sa se le impostazioni sono state salvate',
    unknownBody:
      'Il servizio non ha risposto e anche la nuova lettura della registrazione non è riuscita. Non viene inviato altro finché non si può leggere: leggila di nuovo, poi controlla i valori prima di salvare.',
    readAgain: 'Leggi di nuovo',
    noEtagTitle: 'Non salvato: la registrazione è arrivata senza la sua versione',
    noEtagBody:
      'Il servizio ha inviato questa registrazione senza etag, che una modifica delle impostazioni deve includere perché non sovrascriva una modifica fatta altrove. Non è stato inviato nulla; la modifica resta. Riprova a leggerla più tardi.',
  },
  common: {
    cancel: 'Annulla',
    close: 'Chiudi',
    none: 'nessuna',
    listSeparator: ', ',
    /** A page of a long list: "51–100". */
    range: '{first}–{last}',
    /** Unfolds a notice shown on one line, and folds it again. */
    moreDetails: 'Altro',
    lessDetails: 'Meno',
  },
  review: {
    title: 'Rivedi le modifiche',
    intro: plural({
      one: 'Modifiche per {count} app:',
      many: 'Modifiche per {count} di app:',
      other: 'Modifiche per {count} app:',
    }),
    nothing: 'Non c’è niente da salvare.',
    appAdded: '{app} verrà aggiunta.',
    appRemoved: '{app} verrà rimossa.',
    appChanged: '{app} verrà modificata.',
    planeList: '{plane}: {list}',
    planeGranted: '{plane}: concedi {list}',
    planeRevoked: '{plane}: revoca {list}',
    planeIncluded: '{plane}: {parent} ora include {list}',
    planeSent: '{plane} dopo il salvataggio: {list}',
    planeRemoves: '{plane}: rimuove {list}',
    keptValue: '{value} (sconosciuto a questo strumento, mantenuto così com’è)',
    removedValue: '{value} (sconosciuto a questo strumento, rimosso con l’app)',
    preparing: 'Preparazione della revisione…',
    changesShown: 'Modifiche {first}–{last} di {total}',
    changesPageLabel: 'Modifiche mostrate',
    previousChanges: 'Modifiche precedenti',
    nextChanges: 'Modifiche successive',
    concurrency:
      'Prima di scrivere, lo strumento legge ciò che il servizio mostra ora: una modifica fatta altrove che il servizio già mostra viene proposta come conflitto, mai sovrascritta. Una modifica dell’ultima ora potrebbe non essere ancora visibile e allora non può essere rilevata.',
    lockOutTitle: 'L’app proprietaria potrebbe perdere l’accesso',
    lockOutRemoved:
      'Stai rimuovendo l’app proprietaria ({app}). L’app proprietaria di questo tipo di contenitore non raggiungerà più i suoi contenitori in questo tenant, e uno strumento che accede con FileStorageContainerTypeReg.Selected potrebbe poi non riuscire ad annullare la modifica.',
    lockOutBelowFull:
      'L’app proprietaria ({app}) non avrà più full su: {planes}. Alcune funzioni dell’app proprietaria di questo tipo di contenitore potrebbero smettere di funzionare.',
    lockOutConfirm: 'Ho capito la conseguenza e voglio salvare comunque',
    issuesTitle: 'Controlla prima di salvare',
    issues: {
      invalid_app_id: '{app} non è un ID app valido (un GUID).',
      duplicate_app: '{app} compare più di una volta.',
      no_grants: '{app} non ha autorizzazioni in nessuno dei due elenchi.',
      owning_app_missing: 'L’app proprietaria non ha autorizzazioni.',
      write_without_read: '{app} ha writeContent senza readContent.',
      none_combined: '{app} combina none con altre autorizzazioni.',
    },
    save: 'Salva',
    saving: 'Salvataggio…',
    checking: 'Verifica delle modifiche fatte altrove…',
    confirming: 'Rilettura di quanto salvato…',
    writing: 'Salvate {done} app su {total}',
    throttled: 'Il servizio ha chiesto di rallentare. Attesa di {seconds} s (tentativo {attempt})…',
    unavailableWait: 'Il servizio è occupato o non disponibile. Attesa di {seconds} s (tentativo {attempt})…',
    outcomeTitle: 'Risultato del salvataggio',
    summary: '{applied} salvate · {failed} non salvate · {conflicts} modificate altrove',
    applied: '{app}: salvata',
    unconfirmed: '{app}: salvata; il servizio non la mostra ancora',
    changedSince:
      '{app}: salvata, poi modificata da qualcun altro. Il servizio ora mostra: {shown}. Verifica con chi l’ha modificata prima di salvare di nuovo',
    changedSinceGone:
      '{app}: salvata, poi modificata da qualcun altro. Il servizio ora non mostra alcuna concessione per questa app. Verifica con chi l’ha modificata prima di salvare di nuovo',
    failed: '{app}: non salvata',
    conflict: '{app}: modificata da qualcun altro dopo il caricamento; niente è stato sovrascritto',
    cancelled: 'Salvataggio annullato prima di scrivere qualsiasi cosa. Le modifiche sono conservate.',
    unknownOutcome:
      '{app}: esito sconosciuto. La richiesta non ha avuto risposta e il servizio non è stato riletto; ricarica per vedere cosa contiene (salvare di nuovo è sicuro)',
    blocked:
      '{app}: non scritta. La sua concessione contiene valori che questo strumento non sa leggere con esattezza, quindi una scrittura li sostituirebbe',
    retryFailed: plural({
      one: 'Riprova l’app non salvata',
      many: 'Riprova le {count} di app non salvate',
      other: 'Riprova le {count} app non salvate',
    }),
    resolveConflicts: 'Risolvi i conflitti…',
    saveFailedTitle: 'Non è stato salvato niente',
    editsKept: 'Le tue modifiche restano nella matrice.',
  },
  conflicts: {
    title: 'Risolvi i conflitti',
    intro:
      'Qualcuno ha modificato queste app dopo che le hai caricate. Niente è stato sovrascritto. Scegli cosa mantenere per ogni app.',
    permission: 'Autorizzazione',
    baseline: 'Al caricamento',
    theirs: 'Ora nel servizio',
    mine: 'La tua modifica',
    granted: 'concessa',
    implied: 'inclusa',
    off: 'non concessa',
    unchanged: 'invariata',
    absent: 'app assente',
    choice: 'Cosa mantenere per {app}',
    keepTheirs: 'Mantieni la loro',
    keepMine: 'Mantieni la mia',
    merge: 'Unisci entrambe',
    mergeHint:
      'Unisci mantiene l’altra modifica e vi applica sopra le celle che hai concesso o revocato, con le stesse regole della matrice.',
    apply: 'Salva le scelte',
  },
  /** Lavoro su più registrazioni: la vista dell’app, «Applica alle registrazioni…», la revisione e l’importazione. */
  tenant: {
    appTitle: '{app} su ogni registrazione',
    appIntro:
      'Una riga per registrazione. Modifica le celle, poi rivedi e salva tutte le registrazioni in una volta.',
    gridLabel: 'Autorizzazioni di {app} su ogni registrazione',
    ownerRowReason:
      'Questa app è proprietaria di questo tipo di contenitore: qui la sua concessione si modifica solo nella matrice della registrazione.',
    loadingGrants: 'Lettura delle concessioni di ogni registrazione…',
    readingGrants:
      'Lettura delle concessioni: {read} di {total}. Le azioni su più registrazioni attendono che ogni registrazione sia stata letta.',
    notRead: plural({
      one: 'Non è stato possibile leggere le concessioni di {count} registrazione: non è mostrata e non vi si salva nulla.',
      many: 'Non è stato possibile leggere le concessioni di {count} di registrazioni: non sono mostrate e non vi si salva nulla.',
      other:
        'Non è stato possibile leggere le concessioni di {count} registrazioni: non sono mostrate e non vi si salva nulla.',
    }),
    openRegistration: 'Apri {name}',
    reviewEdits: plural({
      one: 'Rivedi le modifiche ({count} registrazione)',
      many: 'Rivedi le modifiche ({count} di registrazioni)',
      other: 'Rivedi le modifiche ({count} registrazioni)',
    }),
    apply: 'Applica alle registrazioni…',
    removeAll: 'Rimuovi da tutte…',
    import: 'Importa…',
    applyTitle: 'Applica alle registrazioni',
    appField: 'App (ID client o nome)',
    appFieldHint: 'Un ID client (GUID) o il nome di un’app che ha già una concessione.',
    appUnknown: 'Inserisci un ID client (un GUID) o il nome di un’app che ha una concessione.',
    appAmbiguous: 'Più app hanno questo nome: inserisci il suo ID client.',
    appFound: 'Si applica a {app}',
    whatLabel: 'Che cosa concedere',
    explicit: 'Scegli le autorizzazioni',
    explicitGrants: 'Concede esattamente le autorizzazioni scelte qui sotto.',
    explicitEmpty:
      'Scegli almeno un’autorizzazione. Un insieme vuoto toglierebbe all’app ogni autorizzazione; per farlo, rimuovi invece l’app.',
    delegatedField: 'Autorizzazioni delegate',
    applicationField: 'Autorizzazioni dell’applicazione (solo app)',
    scopeLabel: 'Su quali registrazioni',
    scopeAll: plural({
      one: 'L’unica registrazione ({count})',
      many: 'Tutte le {count} di registrazioni',
      other: 'Tutte le {count} registrazioni',
    }),
    scopeFiltered: plural({
      one: 'La {count} registrazione mostrata nella panoramica',
      many: 'Le {count} di registrazioni mostrate nella panoramica',
      other: 'Le {count} registrazioni mostrate nella panoramica',
    }),
    review: 'Rivedi',
    reviewTitle: 'Rivedi le modifiche su più registrazioni',
    reviewIntro: plural({
      one: 'Modifiche su {count} registrazione:',
      many: 'Modifiche su {count} di registrazioni:',
      other: 'Modifiche su {count} registrazioni:',
    }),
    nothing: 'Non c’è niente da salvare: le registrazioni hanno già questo.',
    unchanged: 'Qui non cambia niente.',
    skippedOwner: '{app} è qui l’app proprietaria: la sua concessione resta, non viene mai rimossa.',
    unplannedTitle: 'Non presenti in questo tenant: non viene creato niente',
    unplanned: '{id}: il file nomina questa registrazione, ma questo tenant non la ha.',
    lockOut: '{registration}: {text}',
    notSaved:
      'Non è stato scritto niente su {name}: non è stato possibile leggere le sue concessioni attuali, quindi una scrittura potrebbe sovrascrivere modifiche fatte altrove. Salvare di nuovo è sicuro.',
    /** The results of a save across registrations, a page at a time (a tenant has a thousand). */
    resultsShown: 'Registrazioni {first}–{last} di {total}',
    resultsPageLabel: 'Registrazioni mostrate',
    previousResults: 'Registrazioni precedenti',
    nextResults: 'Registrazioni successive',
    summary: 'Registrazioni salvate: {saved} · con errori: {failed} · con conflitti: {conflicts}',
    retryFailed: plural({
      one: 'Riprova la registrazione non salvata',
      many: 'Riprova le {count} di registrazioni non salvate',
      other: 'Riprova le {count} registrazioni non salvate',
    }),
    resolveOn: 'Risolvi i conflitti su {name}…',
    importTitle: 'Importa le concessioni del tenant',
    importFile: 'File delle concessioni (un’esportazione del tenant di questo strumento, JSON)',
    importNotDocument:
      'Non è un’esportazione di questo strumento: un’importazione per tutto il tenant legge solo quel formato. Importa gli altri file nella matrice della singola registrazione.',
    importModeIntro:
      'Ogni registrazione del file viene unita: le app del file vengono impostate, le altre restano. Scegli Sostituisci dove le app assenti dal file devono essere rimosse.',
    importReplace: plural({
      one: 'Sostituisci su {name}: rimuove {count} app che non è nel file',
      many: 'Sostituisci su {name}: rimuove {count} di app che non sono nel file',
      other: 'Sostituisci su {name}: rimuove {count} app che non sono nel file',
    }),
    importReplaceCount: plural({
      one: '{count} registrazione viene sostituita, le altre unite.',
      many: '{count} di registrazioni vengono sostituite, le altre unite.',
      other: '{count} registrazioni vengono sostituite, le altre unite.',
    }),
    importNotLoaded:
      '{name}: non è stato possibile leggere le sue concessioni, quindi il file non vi viene applicato.',
  },
  errors: {
    retry: 'Riprova',
    retryIn: 'Riprova tra {seconds} s',
    signIn: 'Accedi di nuovo',
    register: 'Registra questo tipo di contenitore…',
    consentRetry: 'Ho concesso il consenso, riprova',
    consentStillMissing:
      'Microsoft Graph rifiuta ancora il token dello strumento dopo «Ho concesso il consenso, riprova»: il token non contiene l’autorizzazione, quindi questo tenant non ha ancora registrato il consenso per l’app dello strumento. Verifica che la pagina del consenso abbia risposto «Consenso amministratore concesso». Deve accettarlo un amministratore che può concedere il consenso per l’intera organizzazione, ad esempio un Amministratore globale. Poi riprova.',
    consentLink: 'Apri la pagina del consenso amministratore',
    requestId: 'ID richiesta: {id}',
    date: 'Ora: {date}',
    copy: 'Copia l’ID richiesta',
    copied: 'ID richiesta copiato.',
    copyFailed: 'Impossibile copiare. Seleziona l’ID richiesta e copialo a mano.',
    serviceSaid: 'Il servizio ha risposto: {message}',
    role_required: {
      title: 'Ti serve un ruolo di amministratore',
      body: 'Le registrazioni dei tipi di contenitore possono essere lette e modificate solo da un Amministratore di SharePoint Embedded o da un Amministratore globale. Chiedi a un Amministratore dei ruoli con privilegi di assegnarti uno di questi ruoli nell’interfaccia di amministrazione di Microsoft Entra (Ruoli e amministratori → Ruoli), poi accedi di nuovo.',
    },
    consent_required: {
      title: 'L’app di questo strumento non ha ancora il permesso di farlo',
      body: 'Un amministratore deve concedere il consenso amministratore all’autorizzazione Microsoft Graph dello strumento (FileStorageContainerTypeReg.Selected o FileStorageContainerTypeReg.Manage.All).',
    },
    not_owning_app: {
      title: 'L’app di questo strumento non è proprietaria di questo tipo di contenitore',
      body: 'Con FileStorageContainerTypeReg.Selected uno strumento può gestire solo le registrazioni dei tipi di contenitore di cui la sua app è proprietaria. Per gestire questo, configura lo strumento con FileStorageContainerTypeReg.Manage.All (richiede il consenso amministratore).',
    },
    not_visible_with_selected_scope: {
      title: 'Questa registrazione non è visibile a questo strumento',
      body: 'FileStorageContainerTypeReg.Selected mostra solo le registrazioni di proprietà dell’app dello strumento. Per vederle tutte, configura lo strumento con FileStorageContainerTypeReg.Manage.All (richiede il consenso amministratore).',
    },
    not_registered: {
      title: 'Questo tipo di contenitore non è registrato nel tuo tenant',
      body: 'Registralo per renderlo utilizzabile in questo tenant; l’app proprietaria che confermi riceve l’accesso completo.',
    },
    registration_uncertain: {
      title: 'Nessuna registrazione eseguita: le risposte del servizio non concordano',
      body: 'La registrazione sostituisce tutte le concessioni che il tipo di contenitore potrebbe già avere in questo tenant, quindi questo strumento registra solo quando due letture appena eseguite, della registrazione e delle sue concessioni, rispondono entrambe “non registrato”. Questa volta una delle due non l’ha fatto (ha trovato la registrazione oppure non è riuscita), quindi non è stato scritto nulla. La registrazione potrebbe esistere ed essere ancora in propagazione: attendi qualche minuto e riprova, oppure aggiorna l’elenco e aprila da lì.',
    },
    container_type_not_found: {
      title: 'Nessun tipo di contenitore ha questo id',
      body: 'Il servizio non conosce alcun tipo di contenitore con questo id, oppure questo strumento non può vederlo. Verifica l’id con il proprietario del tipo di contenitore (il fornitore dell’app); non è stato scritto nulla.',
    },
    setting_not_overridable: {
      title: 'Questo tenant non può modificare questa impostazione',
      body: 'Il proprietario del tipo di contenitore non consente ai tenant che lo usano di sovrascrivere questa impostazione. Non è stato cambiato nulla.',
    },
    conflict: {
      title: 'Qualcun altro l’ha modificato nello stesso momento',
      body: 'Niente è stato sovrascritto. Ricarica per vedere lo stato attuale, poi ripeti la modifica.',
    },
    throttled: {
      title: 'Il servizio ha chiesto di rallentare',
      body: 'Sono state inviate troppe richieste in poco tempo. Attendi un momento, poi riprova.',
    },
    unavailable: {
      title: 'Il servizio è occupato o non disponibile',
      body: 'Microsoft Graph per ora non ha risposto alla richiesta (HTTP 503). Attendi un momento, poi riprova.',
    },
    invalid_request: {
      title: 'Il servizio ha rifiutato la richiesta',
      body: 'La richiesta non era valida. La spiegazione del servizio è qui sotto.',
    },
    network: {
      title: 'Impossibile raggiungere Microsoft Graph',
      body: 'Controlla la connessione di rete, poi riprova.',
    },
    timeout: {
      title: 'Microsoft Graph non ha risposto in tempo',
      body: 'La richiesta potrebbe essere stata applicata oppure no. Riprova: lo strumento legge prima lo stato attuale, quindi nulla viene scritto due volte o sovrascritto.',
    },
    token_expired: {
      title: 'L’accesso è scaduto',
      body: 'Accedi di nuovo per continuare. Le modifiche non salvate vengono mantenute.',
    },
    cancelled: {
      title: 'Annullato',
      body: 'L’operazione è stata annullata prima di terminare.',
    },
    too_many_pages: {
      title: 'L’elenco è più lungo di quanto questo strumento legga',
      body: 'Il servizio ha continuato a inviare altre pagine oltre il massimo che questo strumento legge, quindi lo strumento ha smesso di leggere invece di mostrare solo una parte dell’elenco. Non è stato modificato nulla. Riprova; se succede di nuovo, comunica l’ID della richiesta al tuo referente di supporto.',
    },
    unknown: {
      title: 'Qualcosa è andato storto',
      body: 'L’operazione non è riuscita per un motivo inatteso. Riprova e, se continua a non riuscire, comunica l’ID richiesta al tuo supporto.',
    },
  },
  register: {
    title: 'Registra un tipo di contenitore',
    body: 'La registrazione rende un tipo di contenitore utilizzabile in questo tenant. La sua app proprietaria riceve l’accesso completo su entrambi i piani; aggiungi poi le app ospiti nella matrice.',
    containerTypeIdLabel: 'Id del tipo di contenitore',
    containerTypeIdHint:
      'Un GUID che ti fornisce il proprietario del tipo di contenitore (il fornitore dell’app). Nel tenant proprietario lo mostrano Get-SPOContainerType o l’estensione SharePoint Embedded per Visual Studio Code.',
    owningAppIdLabel: 'Id dell’app proprietaria',
    owningAppIdHintSelected:
      'L’app con cui accede questo strumento ({clientId}). Con FileStorageContainerTypeReg.Selected può registrare solo i tipi di contenitore di cui è proprietaria.',
    owningAppIdHintManageAll: 'L’id client dell’app proprietaria del tipo di contenitore.',
    ownerName: 'Nome dell’app: {name}',
    confirmOwner:
      '{appId} è proprietaria di questo tipo di contenitore e riceve l’accesso completo su entrambi i piani',
    confirmOwnerRequired: 'Conferma l’app proprietaria: l’app indicata qui riceve l’accesso completo.',
    submit: 'Registra',
    registering: 'Registrazione in corso…',
    registeredTitle: 'Registrato',
    registeredBody: 'La matrice mostra ciò che il servizio contiene ora.',
    registeredUnreadBody:
      'La registrazione ha risposto, ma la rilettura non è riuscita: la matrice mostra la risposta della registrazione. Ricarica per vedere ciò che contiene il servizio.',
    alreadyTitle: 'Questo tipo di contenitore era già registrato',
    alreadyBody: 'Non è stato cambiato nulla: le autorizzazioni sono rimaste come erano. Modificale qui.',
  },
  importExport: {
    title: 'Importa autorizzazioni',
    reading: 'Lettura del file…',
    readFailed: 'Impossibile leggere il file.',
    problemsTitle: 'Questo file non può essere importato',
    problems: {
      not_json: 'Il file non è un JSON valido.',
      unknown_form:
        'Questo non è un file di autorizzazioni che lo strumento sa leggere: un’esportazione di questo strumento, un elenco di autorizzazioni, { "value": [autorizzazioni] } o { "applicationPermissionGrants": [autorizzazioni] }.',
      wrong_format: '{path}: previsto “spe-permission-matrix/grants”, trovato “{found}”.',
      unsupported_version:
        '{path}: la versione {found} non è supportata; questo strumento legge la versione 1.',
      missing: '{path}: mancante.',
      not_a_guid: '{path}: “{found}” non è un GUID.',
      not_a_list: '{path}: previsto un elenco.',
      not_an_object: '{path}: previsto un oggetto.',
      missing_app_id: '{path}: l’autorizzazione non ha un appId.',
      duplicate_app:
        '{path}: l’app {found} compare di nuovo (la prima volta in {firstPath}). Ogni app può comparire una sola volta in un elenco: rimuovi una delle due voci.',
      duplicate_registration:
        '{path}: la registrazione {found} compare di nuovo (la prima volta in {firstPath}). Ogni registrazione può comparire una sola volta: rimuovi una delle due voci.',
      other_registration:
        'Il file è per un’altra registrazione ({found}); apri quella registrazione per importarlo.',
      no_entry: 'Il file non contiene autorizzazioni per questa registrazione ({found}).',
      other_tenant:
        'Il file è stato esportato in un altro tenant ({found}); accedi a quel tenant per confrontarlo.',
    },
    moreProblems: plural({
      one: '…e {count} altro problema.',
      many: '…e altri {count} di problemi.',
      other: '…e altri {count} problemi.',
    }),
    formTitle: 'Letto come {form}',
    forms: {
      document: 'un’esportazione di questo strumento',
      graphCollection: 'un elenco di autorizzazioni di Microsoft Graph ({ "value": [...] })',
      grantList: 'un elenco di autorizzazioni ([...])',
      registration: 'una registrazione ({ "applicationPermissionGrants": [...] })',
      legacySharePoint:
        'il corpo legacy dell’API REST di SharePoint ({ "value": [...] } con “delegated” / “appOnly”)',
    },
    formBody:
      'Non è un’esportazione di questo strumento. Le sue autorizzazioni vengono importate in questa registrazione.',
    converted: {
      legacyKeys: plural({
        one: 'Convertita {count} vecchia chiave “delegated” / “appOnly” in “delegatedPermissions” / “applicationPermissions”.',
        many: 'Convertite {count} di vecchie chiavi “delegated” / “appOnly” in “delegatedPermissions” / “applicationPermissions”.',
        other:
          'Convertite {count} vecchie chiavi “delegated” / “appOnly” in “delegatedPermissions” / “applicationPermissions”.',
      }),
      pascalCase: plural({
        one: 'Convertito {count} valore scritto in PascalCase (come “ReadContent”) nella grafia usata da Graph (“readContent”).',
        many: 'Convertiti {count} di valori scritti in PascalCase (come “ReadContent”) nella grafia usata da Graph (“readContent”).',
        other:
          'Convertiti {count} valori scritti in PascalCase (come “ReadContent”) nella grafia usata da Graph (“readContent”).',
      }),
      pluralDeleteOwn: plural({
        one: 'Convertito {count} “deleteOwnPermissions” in “deleteOwnPermission”.',
        many: 'Convertiti {count} di “deleteOwnPermissions” in “deleteOwnPermission”.',
        other: 'Convertiti {count} “deleteOwnPermissions” in “deleteOwnPermission”.',
      }),
    },
    warningsTitle: 'Il file è stato letto con queste correzioni',
    moreWarnings: plural({
      one: '…e {count} altra correzione.',
      many: '…e altre {count} di correzioni.',
      other: '…e altre {count} correzioni.',
    }),
    modeLabel: 'Come importare',
    merge: 'Unisci: imposta le app del file, lascia le altre app come sono',
    replace: plural({
      one: 'Sostituisci: rimuove {count} app che non è nel file',
      many: 'Sostituisci: rimuove {count} di app che non sono nel file',
      other: 'Sostituisci: rimuove {count} app che non sono nel file',
    }),
    replaceClears: plural({
      one: '{base} e imposta a none {count} elenco di autorizzazioni che il file non ha',
      many: '{base} e imposta a none {count} di elenchi di autorizzazioni che il file non ha',
      other: '{base} e imposta a none {count} elenchi di autorizzazioni che il file non ha',
    }),
    notInFileLabel: 'App che non sono nel file',
    ownerNotInFile: '{app} (l’app proprietaria: la revisione chiede di confermarne la rimozione)',
    moreApps: plural({
      one: '…e {count} altra app.',
      many: '…e altre {count} di app.',
      other: '…e altre {count} app.',
    }),
    skippedTitle: 'Non modificate da questa importazione',
    skipped: {
      readOnly:
        '{app}: di sola lettura, il servizio ha inviato valori che questo strumento non sa leggere esattamente.',
      readOnlyNotInFile: '{app}: non è nel file, ma è di sola lettura, quindi Sostituisci la mantiene.',
      fileUnwritable:
        '{app}: il file contiene “unknownFutureValue” per questa app, che non può essere scritto.',
      notAGuid: '{app}: non è un GUID, resta com’è. Questo strumento scrive solo ID di app che sono GUID.',
      noDelegatedList: '{app}: le autorizzazioni delegate restano: il file non ha un elenco per esse.',
      noApplicationList:
        '{app}: le autorizzazioni dell’applicazione (solo app) restano: il file non ha un elenco per esse.',
    },
    planTitle: 'Cosa cambia con l’importazione',
    moreChanges: plural({
      one: '…e {count} altra app. La revisione elenca ogni modifica.',
      many: '…e altre {count} di app. La revisione elenca ogni modifica.',
      other: '…e altre {count} app. La revisione elenca ogni modifica.',
    }),
    noChanges: 'Il file corrisponde alle autorizzazioni nella matrice.',
    continue: 'Continua con la revisione',
    cancelled: 'Importazione annullata: la matrice mostra ciò che mostrava prima.',
  },
};
