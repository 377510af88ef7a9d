/**
 * English strings: the reference set. `Strings` is derived from this object, so `it` and `ru` must
 * provide every key (a missing key is a type error; tests/editor/strings.test.ts also rejects empty ones).
 * Permission values (readContent …) and Graph permission names stay in English on purpose: they are
 * what admins see in Microsoft's documentation and on the wire.
 */
import type { PluralForms } from './format';

/** Marks a message with plural forms; each locale supplies the categories its language needs. */
export const plural = (forms: PluralForms): PluralForms => forms;

export const en = {
  /** What a host shows before the editor is up (start-up, sign-in, failures). */
  startup: {
    regionName: 'SharePoint Embedded permissions',
    starting: 'Starting the permission matrix…',
    signingIn: 'Signing you in…',
    signInTitle: 'Sign in to continue',
    signInBody:
      'Sign in with a SharePoint Embedded Administrator or Global Administrator account of the tenant whose registrations you manage.',
    signIn: 'Sign in',
    failedTitle: 'The permission matrix could not start',
    configFailed: 'This copy of the tool is not configured correctly. Ask whoever deployed it to fix:',
    configProblems: {
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
    signInFailed: 'Signing in did not complete.',
    downloadFailed: 'Part of the permission matrix did not download. Check the connection and try again.',
    retry: 'Try again',
    consentGrantedTitle: 'Admin consent granted',
    consentGrantedBody:
      'You can close this page and return to the SharePoint Embedded permission matrix. There, choose “I’ve granted consent, try again”.',
    consentDeniedTitle: 'Admin consent was not granted',
    consentDeniedBody: 'The consent page answered: {description}',
    consentUnexpected:
      'This page received an answer that the permission matrix did not ask for. Open the admin consent page from the tool again.',
  },
  app: {
    title: 'SharePoint Embedded app permissions',
    signedInAs: 'Signed in as {name}',
    switchAccount: 'Switch account',
    signOut: 'Sign out',
    accountFromHost:
      'This is the account of the app this tool runs in (Teams or SharePoint): sign out or switch account there.',
    signOutFailed:
      'Signing out did not finish (the window was closed or blocked). You are still signed in; try again.',
    switchFailed: 'No other account was chosen (the window was closed or blocked). Nothing changed.',
    roleMissingTitle: 'Your account may not have the role this tool needs',
    roleMissingBody:
      'Reading and changing container type registrations needs the SharePoint Embedded Administrator or Global Administrator role. Ask a Privileged Role Administrator to assign one in the Microsoft Entra admin center (Roles & admins → Roles), then sign in again.',
  },
  /** A part of the editor that could not load, or failed while showing (shared/PartBoundary). */
  /** A save's receipt (shared/receipts) and the Changes list of this browser's receipts. */
  receipts: {
    kept: 'Receipt of this save: kept in this browser under Changes, and yours to download.',
    notKept: 'Receipt of this save: download it to keep it.',
    downloadJson: 'Download receipt (JSON)',
    downloadCsv: 'Download receipt (CSV)',
    csvHeaders: {
      receiptId: 'Receipt id',
      createdAt: 'Saved at (UTC)',
      tenantId: 'Tenant id',
      userPrincipalName: 'Saved by',
      userObjectId: 'Saved by (object id)',
      registrationId: 'Registration id',
      registrationName: 'Registration name',
      appId: 'App id',
      appName: 'App name',
      change: 'Change',
      plane: 'Plane',
      before: 'Before',
      after: 'After',
      outcome: 'Outcome',
      detail: 'Detail',
      errorCode: 'Error code',
      httpStatus: 'HTTP status',
      requestId: 'request-id',
      clientRequestId: 'client-request-id',
    },
  },
  /** This browser's receipts (ChangesDialog). */
  changes: {
    open: 'Changes…',
    title: 'Changes saved from this browser',
    intro:
      'The receipt of every save made in this browser for this tenant, newest first. Receipts hold no token; download them to keep them elsewhere.',
    none: 'No save has been made from this browser yet.',
    filterLabel: 'Filter changes by registration or app',
    filterPlaceholder: 'Registration or app name or id',
    count: 'Showing {shown} of {total} receipts',
    pageShown: 'Receipts {first}–{last} of {total}',
    pageLabel: 'Receipts shown',
    previous: 'Previous receipts',
    next: 'Next receipts',
    entry: '{when} by {who}',
    unknownUser: 'an unknown account',
    outcomes: '{saved} saved · {notSaved} not saved · {conflicts} conflicts · {unknown} outcome unknown',
    downloadJson: 'Download the receipt of {when} (JSON)',
    downloadCsv: 'Download the receipt of {when} (CSV)',
    downloadAllCsv: 'Download the receipts shown (CSV)',
    verify: 'Verify the receipt of {when}',
    verifying: 'Reading what the service shows now…',
    verifyFailed: 'The grants could not be read. Try Verify again.',
    readFailed: '{registration}: its grants could not be read. Try Verify again.',
    verdicts: {
      confirmed: '{app} on {registration}: confirmed, the service shows what was written.',
      'not-visible-yet':
        '{app} on {registration}: not visible yet, the service still shows the value from before. A change can take an hour or more to show.',
      'still-before':
        '{app} on {registration}: the service still shows the value from before, hours after the save: the change did not take effect, or was undone.',
      'changed-since': '{app} on {registration}: changed since. The service shows {shown}.',
      changedSinceGone: '{app} on {registration}: changed since. The app has no grant now.',
    },
    clear: 'Clear…',
    clearConfirm: 'Remove all {count} receipts from this browser? Downloaded copies are not affected.',
    clearYes: 'Remove receipts',
  },
  /** Compare with a file (CompareDialog): an earlier export against the grants read now. */
  compare: {
    open: 'Compare with a file…',
    fileLabel: 'Earlier export to compare with (JSON)',
    title: 'Compare with a file',
    reading: 'Reading the file…',
    problemsTitle: 'This file cannot be compared',
    notAnExport:
      'This file cannot be compared. Choose a JSON file made with Export JSON (a registration’s or the tenant’s) in this tenant.',
    intro:
      'What differs between {file}, exported {when}, and the grants as this page last read them from the service. Added means granted now and not in the file. Nothing is written.',
    noTenant:
      'The file does not say which tenant it was exported in (exports made before this version do not): make sure it comes from this tenant.',
    none: 'No differences: the service shows what the file holds.',
    typesLabel: 'Differences to show',
    types: {
      registrationNotInFile: 'Registrations not in the file',
      registrationGone: 'Registrations gone',
      appAdded: 'Apps added',
      appRemoved: 'Apps removed',
      permissionsAdded: 'Permissions added',
      permissionsRemoved: 'Permissions removed',
      notCompared: 'Not compared',
    },
    typeCount: '{type} ({count})',
    filterLabel: 'Filter differences by registration or app',
    filterPlaceholder: 'Registration or app name or id',
    count: 'Showing {shown} of {total} differences',
    pageShown: 'Differences {first}–{last} of {total}',
    pageLabel: 'Differences shown',
    previous: 'Previous differences',
    next: 'Next differences',
    listLabel: 'Differences',
    entries: {
      registrationNotInFile:
        '{registration}: registered now, not in the file (registered since, or left out of the export).',
      registrationGone:
        '{registration}: in the file, not among the registrations read now (gone, or out of this account’s reach).',
      appAdded: '{app} on {registration}: granted now, not in the file.',
      appRemoved: '{app} on {registration}: in the file, no grant now.',
      permissionsAdded: '{app} on {registration}: permissions added.',
      permissionsRemoved: '{app} on {registration}: permissions removed.',
      notRead: '{registration}: not compared, its grants could not be read now.',
      missingList: '{app} on {registration}: {planes} not compared, the file has no list for it.',
      unreadable:
        '{app} on {registration}: {planes} not compared, the service sent values this tool cannot read exactly.',
    },
    reasons: {
      notRead: 'grants not read now',
      missingList: 'no list in the file',
      unreadable: 'values this tool cannot read',
    },
    plane: '{plane}: {permissions}',
    download: 'Download the differences shown (CSV)',
    downloaded: 'The differences were downloaded as {file} to your browser’s downloads folder.',
    downloadFailed: 'This browser could not start the download.',
    csvDifference: 'Difference',
  },
  /** Check access (CheckAccessDialog): one app's access to one registration's containers. */
  checkAccess: {
    open: 'Check access',
    title: 'Access of {app} to {registration}',
    grantHeading: 'The grant as the service shows it now',
    reading: 'Reading the grant…',
    readFailed: 'The grant could not be read now. Close and check again.',
    noGrant: 'No grant: this app may do nothing with the containers of this type.',
    planeLine: '{plane}: {list}. {meaning}',
    unknownValue: '{value}: a value this tool does not know.',
    appHeading: 'The app',
    owner: 'This is the owning app of the container type.',
    notOwner: 'This is a guest app: not the owning app of the container type.',
    principalReading: 'Looking for the app in this tenant…',
    principalFound: 'It has a service principal in this tenant ({name}).',
    principalNotFound:
      'No service principal was found for it in this tenant: it cannot get tokens here until an admin consents to it.',
    principalCannotTell:
      'Whether it has a service principal in this tenant cannot be told: that needs the directory permission (Application.Read.All).',
    lastChange:
      'This browser last changed this grant on {when}. A change can take up to an hour to take effect; longer has been reported.',
    lastChangeNone: 'This browser has no record of changing this grant.',
    lastChangeUnknown: 'This browser keeps no record of changes here.',
    adviceHeading: 'If the app gets 403 (access denied)',
    advice: {
      'recent-change': 'The last change is recent: the 403 may only mean it has not taken effect yet.',
      'no-grant': 'It has no grant on this container type: every call to these containers is refused.',
      'no-app-only':
        'It has no application (app-only) permission: calls with the app’s own token are refused.',
      'no-delegated': 'It has no delegated permission: calls on behalf of a user are refused.',
      'delegated-needs-user-role':
        'Calls on behalf of a user also need that user’s own role in the container: the app gets only what both allow.',
      'no-content-read':
        'Without readContent (or a permission that includes it) it cannot read files, only container properties.',
      'needs-graph-permission':
        'The grant alone is not enough: the app also needs the Microsoft Graph permission FileStorageContainer.Selected, consented in this tenant.',
    },
  },
  /** Check my access (MyAccessDialog): the signed-in admin's roles, scopes and consent, from the token. */
  myAccess: {
    open: 'Check my access',
    title: 'Your access',
    accountHeading: 'Your account',
    account: 'Account: {account}',
    tenant: 'Tenant: {tenant}',
    unknownAccount: 'not known',
    reading: 'Reading your token…',
    readFailed:
      'Your token could not be read now (you may have to sign in again). Close this and check again.',
    rolesHeading: 'Directory roles in your token',
    rolesNotInToken:
      'The token does not say: it lists no directory roles (no wids claim). The service still checks your role when you read or change registrations.',
    rolesNone: 'None of these: SharePoint Embedded Administrator, Global Administrator.',
    rolesFound: '{roles}: may read and change container type registrations.',
    roles: {
      speAdministrator: 'SharePoint Embedded Administrator',
      globalAdministrator: 'Global Administrator',
    },
    scopesHeading: 'Microsoft Graph permissions (scopes)',
    scopeLine: '{scope} ({need}): {state}',
    need: {
      required: 'the tool asks for it to read and change registrations',
      optional: 'optional: the tool asks for it only to show app names',
      'not-asked': 'not asked for by this tool',
    },
    state: {
      granted: 'in your token, so consented.',
      missing: 'not in your token: not consented, or not asked for yet.',
      unknown: 'the token does not say.',
    },
    adminConsentRequired:
      'It needs admin consent: an administrator who may consent for the whole organization, such as a Global Administrator, grants it.',
    adminConsentNotRequired:
      'It does not need admin consent: you can consent to it when you sign in, or an administrator consents for everyone.',
    namesHint: 'To ask for it, open a registration and choose “Show app names”.',
    hostToken:
      'Here the tool uses SharePoint’s own token: its permissions are granted to SharePoint’s app by an administrator, not on this tool’s consent page.',
    reachHeading: 'Which registrations the list shows',
    reach: {
      'owned-only':
        'With FileStorageContainerTypeReg.Selected the list shows only registrations of container types owned by this tool’s app: other registrations are hidden, not missing. To see every registration, the tool must be configured with FileStorageContainerTypeReg.Manage.All (admin consent required).',
      all: 'With FileStorageContainerTypeReg.Manage.All the list shows every container type registration in the tenant.',
      none: 'Without FileStorageContainerTypeReg.Selected or FileStorageContainerTypeReg.Manage.All the service shows no registration.',
    },
    source:
      'Sources: Microsoft Graph API reference for container type registrations (Permissions), Microsoft Graph permissions reference, Microsoft Entra built-in roles.',
  },
  partFailure: {
    loadTitle: 'Could not load “{part}”',
    loadTitleAny: 'Part of this page could not load',
    loadBody:
      'A newer version of this tool was probably deployed while this page was open (or the connection dropped). Reload to get it.',
    renderTitle: 'Something went wrong while showing “{part}”',
    renderTitleAny: 'Something went wrong while showing this page',
    renderBody:
      'This is a fault in the tool, not in your permissions. Reloading usually fixes it; if it comes back, send the error id to whoever supports this tool.',
    kept: 'Your unsaved changes are kept in this tab: after reloading, open the registration and the matrix offers them back.',
    reload: 'Reload',
    errorId: 'Error id: {id}',
  },
  planes: {
    delegated: 'Delegated',
    application: 'Application (app-only)',
  },
  groups: {
    content: 'Content',
    containers: 'Containers',
    membership: 'Membership',
    special: 'Everything',
  },
  permissionDescriptions: {
    none: 'No access to containers of this type.',
    readContent: 'Read the content of containers.',
    writeContent: 'Write content.',
    manageContent: 'writeContent, plus discarding checkouts with app-only access.',
    create: 'Create containers.',
    delete: 'Delete containers.',
    read: 'Read container properties (not their content).',
    write: 'Change container properties.',
    enumeratePermissions: 'List container members and their roles.',
    addPermissions: 'Add members.',
    updatePermissions: 'Change the roles of members.',
    deletePermissions: 'Remove other members.',
    deleteOwnPermission: 'Remove its own membership.',
    managePermissions: 'Add, change and remove members, itself included.',
    full: 'Every permission on containers of this type.',
  },
  presets: {
    owner: 'Owning app (full)',
    backupReader: 'Backup reader',
    backupRestore: 'Backup and restore',
    readOnly: 'Read only',
    graphExplorer: 'Graph Explorer',
    powerPlatformConnector: 'Power Platform connector',
  },
  legend: {
    toggle: 'What the permissions mean',
    intro:
      'Each app has two lists of permissions on the containers of this type. Delegated: the app acts for a signed-in user, who also needs access to the container. Application (app-only): the app acts on its own, on every container of the type.',
    includes: 'Includes {list}.',
    includesEverything: 'Includes every other permission.',
    requires: 'Needs {list}.',
    presetsHeading: 'Presets',
    presetGrants: 'Delegated: {delegated}. Application (app-only): {application}.',
    docsLink: 'Container type permissions in Microsoft’s documentation',
  },
  list: {
    heading: 'Container type registrations',
    searchLabel: 'Search registrations',
    searchPlaceholder: 'Name, container type id, app name or id',
    refresh: 'Refresh',
    overview: 'Tenant overview',
    register: 'Register a container type…',
    loading: 'Loading registrations…',
    tableLabel: 'Container type registrations',
    count: plural({ one: '{count} registration', other: '{count} registrations' }),
    matches: plural({
      one: 'Showing {count} of {total} registration',
      other: 'Showing {count} of {total} registrations',
    }),
    emptyTitle: 'No registrations to show',
    emptySelected:
      'This tool signs in with FileStorageContainerTypeReg.Selected, which only shows registrations owned by its own app. To manage other registrations, an administrator has to configure it with FileStorageContainerTypeReg.Manage.All and grant admin consent. If your container type is not registered yet, register it.',
    emptyManageAll: 'No container type is registered in this tenant yet. Register one to start.',
    noMatchTitle: 'No registration matches “{query}”',
    noMatchBody:
      'Search looks at registration names and container type ids, and at the names and ids of the owning app and of every app with permissions. Every word typed must appear.',
    clearSearch: 'Clear search',
    columns: {
      name: 'Name',
      containerTypeId: 'Container type id',
      owningApp: 'Owning app',
      billing: 'Billing',
      registered: 'Registered',
      expires: 'Expires',
      apps: 'Apps',
    },
    billing: '{classification}, {status}',
    billingClassification: {
      standard: 'Standard',
      trial: 'Trial',
      directToCustomer: 'Direct to customer',
    },
    billingStatus: {
      valid: 'valid',
      invalid: 'invalid',
    },
    notSet: 'Not set',
    never: 'Never',
    appsCounting: 'Counting…',
    appsUnavailable: 'Not available',
    draftBadge: 'Unsaved changes',
    registerNeedsRole:
      'Registering a container type needs the SharePoint Embedded Administrator or Global Administrator role, which your account does not have.',
  },
  overview: {
    intro:
      'Every app on every registration: what each may do, per plane (D: delegated, A: application). Open a cell to edit that registration, or an app to see it everywhere.',
    backToOverview: '← Tenant overview',
    loading: 'Reading the grants of every registration…',
    notRead: plural({
      one: '{count} registration could not be read yet: it is not shown and not exported.',
      other: '{count} registrations could not be read yet: they are not shown and not exported.',
    }),
    gridLabel: 'Apps by registration',
    appColumn: 'App',
    appFilterLabel: 'Filter apps',
    appFilterPlaceholder: 'Name or app id',
    registrationFilterLabel: 'Filter registrations',
    registrationFilterPlaceholder: 'Name or container type id',
    levelFilterLabel: 'Access',
    levelFilters: {
      any: 'Any access',
      readContent: 'Who can read content?',
      writeContent: 'Who can write content?',
      manageMembership: 'Who can manage members?',
      applicationWrite: 'Who can write app-only?',
      full: 'Who has full?',
    },
    riskyOnly: 'Only risky grants',
    showSettings: 'Show settings',
    settingFilterLabel: 'Registrations whose settings',
    settingFilters: {
      any: 'Any settings',
      anyone: 'Allow sharing with anyone',
      guests: 'Allow sharing with guests',
      searchOff: 'Have search off',
      versioningOff: 'Have versioning off',
    },
    showing: 'Apps: {apps} of {totalApps} · Registrations: {registrations} of {totalRegistrations}',
    noApps: 'No registration has any app yet.',
    noMatch: 'No app matches these filters.',
    planeShort: { delegated: 'D', application: 'A' },
    levels: { none: 'none', read: 'read', write: 'write', manage: 'manage', full: 'full' },
    /** A level of one group: "write" alone reads like "write content". */
    groupLevels: {
      content: 'content: {level}',
      containers: 'containers: {level}',
      membership: 'members: {level}',
    },
    planeSummary: '{plane}: {level}',
    cellLabel: '{app} on {registration}: {planes}',
    planeLabel: '{plane} {level} ({permissions})',
    noGrant: '{app} on {registration}: no grant',
    noPermissions: 'no permissions',
    ownerMark: 'Owner',
    ownerLabel: 'owning app',
    riskMark: 'Risk',
    risks: {
      guest_full: 'a guest app with full',
      guest_manage_permissions: 'a guest app that can manage permissions',
      guest_application_write: 'a guest app that writes app-only',
    },
    unresolved: 'Not found in the directory',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV for auditors',
    exportScope: plural({
      one: 'Exports every grant of the {count} registration shown.',
      other: 'Exports every grant of the {count} registrations shown.',
    }),
    exported: 'The grants were downloaded as {file} to your browser’s downloads folder.',
    csvHeaders: {
      registrationId: 'Registration id',
      registrationName: 'Registration name',
      appId: 'App id',
      appName: 'App name',
      plane: 'Plane',
      permissions: 'Permissions',
    },
  },
  registration: {
    back: '← All registrations',
    loading: 'Loading permissions…',
    details: 'Container type {id} · owning app {owningAppId}',
    addApp: 'Add app…',
    review: plural({ one: 'Review changes ({count} app)', other: 'Review changes ({count} apps)' }),
    /** The menu that holds Export JSON and Import JSON…. */
    fileMenu: 'JSON file',
    export: 'Export JSON',
    import: 'Import JSON…',
    importFileLabel: 'Grants JSON file to import',
    exportFailed: 'This browser cannot download files from here.',
    exported:
      'The saved permissions (without unsaved changes) were downloaded as {file} to your browser’s downloads folder.',
    draftRestoredTitle: 'Unsaved changes restored',
    draftRestoredBody:
      'Changes you made earlier in this tab were restored. Review and save them, or discard them.',
    undo: 'Undo',
    redo: 'Redo',
    discardDraft: 'Discard draft',
    warningsTitle: 'The service returned permissions in an older or unexpected shape',
    warningsBody: 'They were read as described below. Saving writes the corrected shape.',
    dismiss: 'Dismiss',
    savedTitle: 'Saved at {time}',
    propagation: 'A change can take up to an hour to take effect.',
    noApps: 'No app has permissions on this container type yet. Add an app to start.',
    leaveTitle: 'Leave with unsaved changes?',
    leaveBody: plural({
      one: 'You have unsaved changes for {count} app. They stay as a draft in this tab until you discard them.',
      other:
        'You have unsaved changes for {count} apps. They stay as a draft in this tab until you discard them.',
    }),
    stay: 'Stay',
    leave: 'Leave',
    discardAndLeave: 'Discard changes and leave',
  },
  warnings: {
    legacy_keys: '{path}: the old keys “delegated” / “appOnly” were read as the current permission lists.',
    pascal_case: '{path}: “{found}” was read as “{readAs}”.',
    plural_delete_own: '{path}: “{found}” was read as “{readAs}”.',
    unknown_permission:
      '{path}: “{found}” is a permission this tool does not know. It is shown under Other and kept when saving.',
    unknown_future_value: '{path}: the service sent “unknownFutureValue”; it is never written back.',
    invalid_app_id: '{path}: “{found}” is not a valid app id (a GUID).',
    missing_plane: '{path}: the list was missing and was read as none.',
    not_a_list: '{path}: the value is not a list of permissions and was read as none.',
    non_iso_date: '{path}: the date “{found}” is not in ISO 8601 format.',
    duplicate_app: '{path}: the app {appId} appears more than once.',
    not_an_object: '{path}: an entry that is not a grant was left out.',
    missing_app_id: '{path}: a grant without an app id was left out.',
  },
  matrix: {
    tableLabel: 'Permissions of the apps on {name}',
    appColumn: 'App',
    /** The plane in a cell's accessible name "<app> <plane> <permission>" (the permission stays as on the wire). */
    cellPlanes: { delegated: 'Delegated', application: 'Application' },
    otherColumn: 'Other',
    columnMenu: '{permission} ({plane}): change for every app',
    grantAll: 'Grant {permission} to every app',
    revokeAll: 'Revoke {permission} from every app',
    rowMenu: 'Actions for {app}',
    applyPreset: 'Apply a preset',
    copyFrom: 'Copy from another app…',
    clearDelegated: 'Clear delegated permissions',
    clearApplication: 'Clear application permissions',
    removeApp: 'Remove app',
    owningBadge: 'Owning app',
    changedBadge: 'Unsaved',
    newBadge: 'New',
    impliedBy: 'Included by {parent}',
    unknownTag: '{value} (not known to this tool, kept as is)',
    readOnlyBadge: 'Read-only',
    /** This browser last saved a change of this app's grant (its receipt): the time today, else the date. */
    changedHereBadge: 'Changed here {when}',
    readOnlyReason:
      'The service sent a value for this app that this tool cannot read exactly ({planes}). Nothing is written for it; change it with a tool that knows the value.',
    alsoGranted: 'Also granted to {app} ({plane}): {list}.',
    alsoRevoked: 'Also revoked from {app} ({plane}): {list}.',
    columnGranted: 'Granted {permission} ({plane}) to every app.',
    columnRevoked: 'Revoked {permission} ({plane}) from every app.',
    presetApplied: 'Applied “{preset}” to {app}.',
    copied: 'Copied the permissions of {from} to {app}.',
    cleared: 'Cleared the {plane} permissions of {app}.',
    removed: 'Removed {app}. Review and save to apply.',
    added: 'Added {app}.',
    imported: 'Imported {file}. Review the changes before saving.',
    undone: 'Last change undone.',
    redone: 'Change redone.',
    draftDiscarded: 'Draft discarded: the matrix shows the saved permissions.',
    conflictsKept: 'Kept the other admin’s version for {list}.',
  },
  /** Why the matrix shows app ids instead of names (the directory scope is asked for on its own). */
  appNames: {
    title: 'App names are not shown',
    not_requested:
      'Names need directory read access (Application.Read.All), which the tool asks for separately. Choose “Show app names” to ask for it now; until then apps appear by id.',
    no_consent:
      'This app has no consent for directory read access (Application.Read.All) in your tenant, so apps appear by id. A Global Administrator can grant it in the Microsoft Entra admin center (Enterprise applications → Permissions), then choose “Show app names”.',
    role: 'Your account shows no SharePoint Embedded Administrator or Global Administrator role, so the tool does not ask for directory read access (Application.Read.All) on its own. Apps appear by id; you can still choose “Show app names”.',
    lookup_failed:
      'The directory refused or did not answer the name lookups, so apps appear by id. Choose “Show app names” to try again.',
    token_failed:
      'Directory read access (Application.Read.All) could not be obtained, so apps appear by id. Choose “Show app names” to try again.',
    show: 'Show app names',
  },
  addApp: {
    title: 'Add an app',
    guestIntro:
      'A guest app is any app other than the owning app that works with the containers of this type, for example a backup service. Its vendor gives you its client id and the permissions it needs.',
    backupTitle: 'Onboarding a backup vendor',
    backupConsent: 'First, grant admin consent to the vendor’s app in your tenant.',
    backupConsentLink: 'Open the consent page for this app',
    backupConsentEnterId:
      'Enter the app’s client id to get its consent link, or use the link the vendor gives you.',
    backupGrant: 'Then add the app here with a backup preset, review the change and save it.',
    appIdLabel: 'Client id (application id)',
    appIdHint: 'The app’s Microsoft Entra client id, for example 00000000-0000-0000-0000-000000000000.',
    problems: {
      empty: 'Enter the app’s client id.',
      not_guid: 'A client id is a GUID such as 12345678-1234-1234-1234-123456789abc.',
      duplicate: 'This app is already in the matrix.',
    },
    presetLabel: 'Start from a preset',
    noPresetGrants: 'The app is added with no permissions; tick them in the matrix.',
    noPreset: 'No preset (no permissions yet)',
    lookupPending: 'Looking up the app’s name…',
    lookupFound: 'App name: {name}',
    lookupUnavailable: 'The app’s name is not available with this sign-in.',
    add: 'Add',
  },
  copyFrom: {
    title: 'Copy permissions to {app}',
    sourceLabel: 'Copy from',
    copy: 'Copy',
  },
  planeView: {
    label: 'Permissions shown',
    both: 'Both',
    unsaved: 'unsaved changes',
  },
  untrusted: {
    hiddenCharacters: 'Hidden characters',
    hiddenCharactersNote:
      'Contains hidden characters, shown here as their code points: {characters}. Such characters can make one name look like another.',
    cut: plural({
      one: '{count} character in all: the details show the whole text.',
      other: '{count} characters in all: the details show the whole text.',
    }),
  },
  details: {
    open: 'Details…',
    registrationTitle: 'Registration details',
    appTitle: 'App details',
    name: 'Name',
    noName: 'Not available with this sign-in',
    containerTypeId: 'Container type id',
    owningAppId: 'Owning app id',
    appId: 'App id',
    otherValues: '{plane}: values not known to this tool',
    length: plural({ one: '{count} character', other: '{count} characters' }),
  },
  /** A registration's settings (graph-api.md §2.2): shown in the details, changed through a review. */
  settings: {
    heading: 'Settings',
    settingColumn: 'Setting',
    valueColumn: 'Value',
    none: 'The service sent no settings for this registration.',
    notSent: 'not sent',
    labels: {
      sharingCapability: 'Sharing',
      isSharingRestricted: 'Only owners and managers can share',
      isDiscoverabilityEnabled: 'Content shows in Microsoft 365 (discoverability)',
      isSearchEnabled: 'Search',
      isItemVersioningEnabled: 'Versioning',
      itemMajorVersionLimit: 'Major versions kept per file',
      maxStoragePerContainerInBytes: 'Storage per container (new containers)',
      urlTemplate: 'Link template (where links to files open)',
      'agent.chatEmbedAllowedHosts': 'Sites allowed to embed the agent chat',
    },
    sharing: {
      disabled: 'Only people in the organization',
      existingExternalUserSharingOnly: 'Existing guests',
      externalUserSharingOnly: 'New and existing guests',
      externalUserAndGuestSharing: 'Anyone, with links that need no sign-in',
    },
    on: 'On',
    off: 'Off',
    yes: 'Yes',
    no: 'No',
    noHosts: 'none',
    bytes: '{size} ({bytes} bytes)',
    change: 'Change settings…',
    editTitle: 'Change settings',
    editIntro:
      'The container type’s owner decides which settings this tenant may change, and this tool cannot read that in advance: if the service refuses one, it says so here and your edit stays.',
    hostsHint: 'One https address per line, at most 10. Only sites the owner allows.',
    bytesHint: 'In bytes: {size}. Applies to containers created from now on.',
    problems: {
      notWholeNumber: 'Enter a whole number (0 or more), digits only.',
      notHttps: 'Enter a full https address, for example https://app.contoso.com/open?item={item-id}.',
      tooManyHosts: 'At most 10 sites.',
      hostNotHttps: 'Each line must be a full https address, for example https://contoso.com.',
    },
    review: plural({ one: 'Review {count} change…', other: 'Review {count} changes…' }),
    reviewTitle: 'Review setting changes',
    reviewIntro:
      'Only these settings are sent, with the version of the registration you read; grants are not touched.',
    changeLine: '{setting}: {before} → {after}',
    save: 'Save settings',
    backToEdit: 'Back to editing',
    saving: 'Saving settings…',
    rereading: 'Reading the registration again…',
    saved:
      'Settings saved. They apply to containers created from now on; existing containers may keep their own.',
    refusedTitle: 'Not saved: the owner does not allow this change',
    refusedBody: plural({
      one: 'The container type’s owner does not let this tenant change {settings}. Nothing was changed; your edit is kept. Undo that change, or ask the app’s vendor to allow it.',
      other:
        'The container type’s owner does not let this tenant change at least one of these: {settings}. Nothing was changed; your edit is kept. Change them one at a time to find which, or ask the app’s vendor.',
    }),
    conflictTitle: 'Not saved: someone changed this registration since you read it',
    conflictBody:
      'Nothing was overwritten. The registration was read again; what changed is listed below. Your edit is kept: review it against the current values and save again.',
    conflictNoSettings: 'Its settings are the same as before (something else changed, such as a grant).',
    difference: '{setting}: was {before}, now {now}',
    notAppliedTitle: 'Not saved',
    notAppliedBody:
      'The service did not answer, so the registration was read again: it still holds the values from before. Your edit is kept; save again when the service answers.',
    unknownTitle: 'It is not known whether the settings were saved',
    unknownBody:
      'The service did not answer, and reading the registration again failed too. Nothing more is sent until it can be read: read it again, then check the values before saving.',
    readAgain: 'Read again',
    noEtagTitle: 'Not saved: the registration came without its version',
    noEtagBody:
      'The service sent this registration without its etag, which a settings change must carry so that it cannot overwrite a change made elsewhere. Nothing was sent; your edit is kept. Read it again later.',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
    none: 'none',
    listSeparator: ', ',
    /** A page of a long list: "51–100". */
    range: '{first}–{last}',
    /** Unfolds a notice shown on one line, and folds it again. */
    moreDetails: 'More',
    lessDetails: 'Less',
  },
  review: {
    title: 'Review changes',
    intro: plural({ one: 'Changes for {count} app:', other: 'Changes for {count} apps:' }),
    nothing: 'There is nothing to save.',
    appAdded: '{app} will be added.',
    appRemoved: '{app} will be removed.',
    appChanged: '{app} will change.',
    planeList: '{plane}: {list}',
    planeGranted: '{plane}: grant {list}',
    planeRevoked: '{plane}: revoke {list}',
    /** Held before in its own right, still held: the permission granted with it includes it now. */
    planeIncluded: '{plane}: {list} now included in {parent}',
    planeSent: '{plane} after saving: {list}',
    planeRemoves: '{plane}: removes {list}',
    keptValue: '{value} (not known to this tool, kept as is)',
    removedValue: '{value} (not known to this tool, removed with the app)',
    /** Shown for a moment while a review of more changes than one page gets ready. */
    preparing: 'Preparing the review…',
    /** A long change list shows one page at a time (ChangeList): every change stays reachable. */
    changesShown: 'Changes {first}–{last} of {total}',
    changesPageLabel: 'Changes shown',
    previousChanges: 'Previous changes',
    nextChanges: 'Next changes',
    concurrency:
      'Before writing, the tool reads what the service shows now: a change made elsewhere that it already shows is offered as a conflict, never overwritten. A change made in the last hour may not show yet, and then cannot be detected.',
    lockOutTitle: 'The owning app may lose access',
    lockOutRemoved:
      'You are removing the owning app ({app}). The app that owns this container type will no longer reach its containers in this tenant, and a tool signed in with FileStorageContainerTypeReg.Selected may then be unable to undo the change.',
    lockOutBelowFull:
      'The owning app ({app}) will no longer have full on: {planes}. Features of the app that owns this container type may stop working.',
    lockOutConfirm: 'I understand the consequence and want to save anyway',
    issuesTitle: 'Check before saving',
    issues: {
      invalid_app_id: '{app} is not a valid app id (a GUID).',
      duplicate_app: '{app} appears more than once.',
      no_grants: '{app} has no permission in either list.',
      owning_app_missing: 'The owning app has no permissions.',
      write_without_read: '{app} has writeContent without readContent.',
      none_combined: '{app} combines none with other permissions.',
    },
    save: 'Save',
    saving: 'Saving…',
    checking: 'Checking for changes made elsewhere…',
    confirming: 'Reading back what was saved…',
    writing: 'Saved {done} of {total} apps',
    throttled: 'The service asked to slow down. Waiting {seconds} s (attempt {attempt})…',
    unavailableWait: 'The service is busy or unavailable. Waiting {seconds} s (attempt {attempt})…',
    outcomeTitle: 'Save results',
    summary: '{applied} saved · {failed} not saved · {conflicts} changed elsewhere',
    applied: '{app}: saved',
    unconfirmed: '{app}: saved; the service does not show it yet',
    changedSince:
      '{app}: saved, then changed by someone else. The service now shows: {shown}. Check with them before saving again',
    changedSinceGone:
      '{app}: saved, then changed by someone else. The service now shows no grant for this app. Check with them before saving again',
    failed: '{app}: not saved',
    conflict: '{app}: changed by someone else since you loaded it; nothing was overwritten',
    cancelled: 'Save cancelled before anything was written. Your changes are kept.',
    unknownOutcome:
      '{app}: outcome unknown. The request got no answer and the service could not be read back; reload to see what it holds (saving again is safe)',
    blocked:
      '{app}: not written. Its grant holds values this tool cannot read exactly, so a write would replace them',
    retryFailed: plural({ one: 'Retry the failed app', other: 'Retry {count} failed apps' }),
    resolveConflicts: 'Resolve conflicts…',
    saveFailedTitle: 'Nothing was saved',
    editsKept: 'Your changes are kept in the matrix.',
  },
  conflicts: {
    title: 'Resolve conflicts',
    intro:
      'Someone changed these apps after you loaded them. Nothing was overwritten. Choose what to keep for each app.',
    permission: 'Permission',
    baseline: 'When you loaded',
    theirs: 'Now in the service',
    mine: 'Your change',
    granted: 'granted',
    implied: 'included',
    off: 'not granted',
    /** A side (theirs or yours) that did not change this cell. */
    unchanged: 'unchanged',
    absent: 'app not present',
    choice: 'What to keep for {app}',
    keepTheirs: 'Keep theirs',
    keepMine: 'Keep mine',
    merge: 'Merge both',
    mergeHint:
      'Merge keeps the other change and applies your granted and revoked cells on top of it, with the same rules as the matrix.',
    apply: 'Save choices',
  },
  /** Work across registrations: the app view, "Apply to registrations…", the tenant review and import. */
  tenant: {
    appTitle: '{app} on every registration',
    appIntro: 'One row per registration. Edit the cells, then review and save every registration at once.',
    gridLabel: 'Permissions of {app} on each registration',
    ownerRowReason:
      'This app owns this container type: its grant here is changed only in the registration’s own matrix.',
    loadingGrants: 'Reading the grants of every registration…',
    readingGrants:
      'Reading grants: {read} of {total}. Actions across registrations wait until every registration is read.',
    notRead: plural({
      one: 'The grants of {count} registration could not be read; it is not shown and nothing is saved to it.',
      other:
        'The grants of {count} registrations could not be read; they are not shown and nothing is saved to them.',
    }),
    openRegistration: 'Open {name}',
    reviewEdits: plural({
      one: 'Review changes ({count} registration)',
      other: 'Review changes ({count} registrations)',
    }),
    apply: 'Apply to registrations…',
    removeAll: 'Remove from all…',
    import: 'Import…',
    applyTitle: 'Apply to registrations',
    appField: 'App (client id or name)',
    appFieldHint: 'A client id (GUID), or the name of an app that already holds a grant.',
    appUnknown: 'Enter a client id (a GUID) or the name of an app that holds a grant.',
    appAmbiguous: 'More than one app has this name: enter its client id.',
    appFound: 'Applies to {app}',
    whatLabel: 'What to grant',
    explicit: 'Choose permissions',
    explicitGrants: 'Grants exactly the permissions chosen below.',
    explicitEmpty:
      'Choose at least one permission. An empty set would take every permission away from the app; to do that, remove the app instead.',
    delegatedField: 'Delegated permissions',
    applicationField: 'Application (app-only) permissions',
    scopeLabel: 'On which registrations',
    scopeAll: plural({
      one: 'All {count} registration',
      other: 'All {count} registrations',
    }),
    scopeFiltered: plural({
      one: 'The {count} registration the overview shows',
      other: 'The {count} registrations the overview shows',
    }),
    review: 'Review',
    reviewTitle: 'Review changes across registrations',
    reviewIntro: plural({
      one: 'Changes on {count} registration:',
      other: 'Changes on {count} registrations:',
    }),
    nothing: 'There is nothing to save: the registrations already hold this.',
    unchanged: 'Nothing changes here.',
    skippedOwner: '{app} is the owning app here: its grant is kept, never removed.',
    unplannedTitle: 'Not in this tenant: nothing is created',
    unplanned: '{id}: the file names this registration, but this tenant does not have it.',
    lockOut: '{registration}: {text}',
    notSaved:
      'Nothing was written to {name}: its current grants could not be read, so a write could overwrite changes made elsewhere. Saving again is safe.',
    /** The results of a save across registrations, a page at a time (a tenant has a thousand). */
    resultsShown: 'Registrations {first}–{last} of {total}',
    resultsPageLabel: 'Registrations shown',
    previousResults: 'Previous registrations',
    nextResults: 'Next registrations',
    summary: 'Registrations saved: {saved} · with failures: {failed} · with conflicts: {conflicts}',
    retryFailed: plural({
      one: 'Retry the failed registration',
      other: 'Retry {count} failed registrations',
    }),
    resolveOn: 'Resolve conflicts on {name}…',
    importTitle: 'Import grants for the tenant',
    importFile: 'Grants file (a tenant export of this tool, JSON)',
    importNotDocument:
      'This is not an export of this tool: a tenant-wide import reads only that format. Import other files in a registration’s own matrix.',
    importModeIntro:
      'Each registration in the file is merged: the apps in the file are set, other apps stay. Choose Replace where apps not in the file should be removed.',
    importReplace: plural({
      one: 'Replace on {name}: removes {count} app that is not in the file',
      other: 'Replace on {name}: removes {count} apps that are not in the file',
    }),
    importReplaceCount: plural({
      one: '{count} registration is replaced, the others merged.',
      other: '{count} registrations are replaced, the others merged.',
    }),
    importNotLoaded: '{name}: its grants could not be read, so the file is not applied to it.',
  },
  errors: {
    retry: 'Retry',
    retryIn: 'Retry in {seconds} s',
    signIn: 'Sign in again',
    register: 'Register this container type…',
    consentLink: 'Open the admin consent page',
    consentRetry: 'I’ve granted consent, try again',
    consentStillMissing:
      'Microsoft Graph still refuses the tool’s token after “I’ve granted consent, try again”: the token does not carry the permission, so this tenant has not recorded consent for the tool’s app yet. Check that the consent page answered “Admin consent granted”. An administrator who may grant consent for the whole organization, such as a Global Administrator, has to accept it. Then try again.',
    requestId: 'Request id: {id}',
    date: 'Time: {date}',
    copy: 'Copy request id',
    copied: 'Request id copied.',
    copyFailed: 'Could not copy. Select the request id and copy it yourself.',
    serviceSaid: 'The service said: {message}',
    role_required: {
      title: 'You need an admin role',
      body: 'Container type registrations can only be read and changed by a SharePoint Embedded Administrator or a Global Administrator. Ask a Privileged Role Administrator to assign one of these roles in the Microsoft Entra admin center (Roles & admins → Roles), then sign in again.',
    },
    consent_required: {
      title: 'This tool’s app is not allowed to do this yet',
      body: 'An administrator has to grant admin consent to the tool’s Microsoft Graph permission (FileStorageContainerTypeReg.Selected or FileStorageContainerTypeReg.Manage.All).',
    },
    not_owning_app: {
      title: 'This tool’s app does not own this container type',
      body: 'With FileStorageContainerTypeReg.Selected, a tool can only manage registrations of container types its own app owns. To manage this one, configure the tool with FileStorageContainerTypeReg.Manage.All (admin consent required).',
    },
    not_visible_with_selected_scope: {
      title: 'This registration is hidden from this tool',
      body: 'FileStorageContainerTypeReg.Selected only shows registrations owned by the tool’s own app. To see every registration, configure the tool with FileStorageContainerTypeReg.Manage.All (admin consent required).',
    },
    not_registered: {
      title: 'This container type is not registered in your tenant',
      body: 'Register it to make it usable in this tenant; the owning app you confirm gets full access.',
    },
    registration_uncertain: {
      title: 'Nothing was registered: the service’s answers disagree',
      body: 'Registering replaces every grant the container type may already have in this tenant, so this tool registers only when two fresh reads, of the registration and of its grants, both answer “not registered”. Just now one of them did not (it found the registration, or it failed), so nothing was written. The registration may exist and still be propagating: wait a few minutes and retry, or refresh the list and open it from there.',
    },
    container_type_not_found: {
      title: 'No container type has this id',
      body: 'The service knows no container type with this id, or this tool cannot see it. Check the id with the container type’s owner (the app vendor); nothing was written.',
    },
    setting_not_overridable: {
      title: 'This tenant may not change this setting',
      body: 'The container type’s owner does not let consuming tenants override this setting. Nothing was changed.',
    },
    conflict: {
      title: 'Someone else changed this at the same time',
      body: 'Nothing was overwritten. Reload to see the current state, then make your change again.',
    },
    throttled: {
      title: 'The service asked to slow down',
      body: 'Too many requests were sent in a short time. Wait a moment, then try again.',
    },
    unavailable: {
      title: 'The service is busy or unavailable',
      body: 'Microsoft Graph did not answer the request for now (HTTP 503). Wait a moment, then try again.',
    },
    invalid_request: {
      title: 'The service rejected the request',
      body: 'The request was not valid. The service’s explanation is below.',
    },
    network: {
      title: 'Microsoft Graph could not be reached',
      body: 'Check your network connection, then retry.',
    },
    timeout: {
      title: 'Microsoft Graph did not answer in time',
      body: 'The request may or may not have been applied. Retry: the tool reads the current state first, so nothing is written twice or overwritten.',
    },
    token_expired: {
      title: 'Your sign-in has expired',
      body: 'Sign in again to continue. Your unsaved changes are kept.',
    },
    cancelled: {
      title: 'Cancelled',
      body: 'The operation was cancelled before it finished.',
    },
    too_many_pages: {
      title: 'The list is longer than this tool reads',
      body: 'The service kept sending more pages past the most this tool reads, so the tool stopped reading instead of showing part of the list. Nothing was changed. Retry; if it happens again, give the request id to your support contact.',
    },
    unknown: {
      title: 'Something went wrong',
      body: 'The operation failed for an unexpected reason. Retry, and if it keeps failing, give the request id to your support contact.',
    },
  },
  register: {
    title: 'Register a container type',
    body: 'Registering makes a container type usable in this tenant. Its owning app gets full access on both planes; add guest apps in the matrix afterwards.',
    containerTypeIdLabel: 'Container type id',
    containerTypeIdHint:
      'A GUID the container type’s owner (the app vendor) gives you. In the owning tenant it is shown by Get-SPOContainerType or the SharePoint Embedded extension for Visual Studio Code.',
    owningAppIdLabel: 'Owning app id',
    owningAppIdHintSelected:
      'The app this tool signs in as ({clientId}). With FileStorageContainerTypeReg.Selected it can only register container types it owns.',
    owningAppIdHintManageAll: 'The client id of the app that owns the container type.',
    ownerName: 'App name: {name}',
    confirmOwner: '{appId} owns this container type and gets full access on both planes',
    confirmOwnerRequired: 'Confirm the owning app: whoever is named here gets full access.',
    submit: 'Register',
    registering: 'Registering…',
    registeredTitle: 'Registered',
    registeredBody: 'The matrix shows what the service holds now.',
    registeredUnreadBody:
      'The registration answered, but reading it back failed: the matrix shows what the registration answered. Reload to see what the service holds.',
    alreadyTitle: 'This container type was already registered',
    alreadyBody: 'Nothing was changed: its permissions are as they were. Edit them here.',
  },
  importExport: {
    title: 'Import grants',
    reading: 'Reading the file…',
    readFailed: 'The file could not be read.',
    problemsTitle: 'This file cannot be imported',
    problems: {
      not_json: 'The file is not valid JSON.',
      unknown_form:
        'This is not a grants file this tool reads: an export of this tool, a list of grants, { "value": [grants] } or { "applicationPermissionGrants": [grants] }.',
      wrong_format: '{path}: expected “spe-permission-matrix/grants”, found “{found}”.',
      unsupported_version: '{path}: version {found} is not supported; this tool reads version 1.',
      missing: '{path}: missing.',
      not_a_guid: '{path}: “{found}” is not a GUID.',
      not_a_list: '{path}: expected a list.',
      not_an_object: '{path}: expected an object.',
      missing_app_id: '{path}: the grant has no appId.',
      duplicate_app:
        '{path}: the app {found} is named again (first at {firstPath}). Each app may appear once in a list: remove one of the two.',
      duplicate_registration:
        '{path}: the registration {found} is named again (first at {firstPath}). Each registration may appear once: remove one of the two.',
      other_registration:
        'The file is for another registration ({found}); open that registration to import it.',
      no_entry: 'The file has no permissions for this registration ({found}).',
      other_tenant:
        'The file was exported in another tenant ({found}); sign in to that tenant to compare with it.',
    },
    moreProblems: plural({
      one: '…and {count} more problem.',
      other: '…and {count} more problems.',
    }),
    formTitle: 'Read as {form}',
    forms: {
      document: 'an export of this tool',
      graphCollection: 'a Microsoft Graph list of grants ({ "value": [...] })',
      grantList: 'a list of grants ([...])',
      registration: 'a registration ({ "applicationPermissionGrants": [...] })',
      legacySharePoint: 'the legacy SharePoint REST body ({ "value": [...] } with “delegated” / “appOnly”)',
    },
    formBody: 'It is not an export of this tool. Its grants are imported into this registration.',
    converted: {
      legacyKeys: plural({
        one: 'Converted {count} old key “delegated” / “appOnly” to “delegatedPermissions” / “applicationPermissions”.',
        other:
          'Converted {count} old keys “delegated” / “appOnly” to “delegatedPermissions” / “applicationPermissions”.',
      }),
      pascalCase: plural({
        one: 'Converted {count} value written in PascalCase (such as “ReadContent”) to the spelling Graph uses (“readContent”).',
        other:
          'Converted {count} values written in PascalCase (such as “ReadContent”) to the spelling Graph uses (“readContent”).',
      }),
      pluralDeleteOwn: plural({
        one: 'Converted {count} “deleteOwnPermissions” to “deleteOwnPermission”.',
        other: 'Converted {count} “deleteOwnPermissions” to “deleteOwnPermission”.',
      }),
    },
    warningsTitle: 'The file was read with these corrections',
    moreWarnings: plural({
      one: '…and {count} more correction.',
      other: '…and {count} more corrections.',
    }),
    modeLabel: 'How to import',
    merge: 'Merge: set the apps in the file, leave the other apps as they are',
    replace: plural({
      one: 'Replace: removes {count} app that is not in the file',
      other: 'Replace: removes {count} apps that are not in the file',
    }),
    replaceClears: plural({
      one: '{base}, and sets {count} permission list the file does not have to none',
      other: '{base}, and sets {count} permission lists the file does not have to none',
    }),
    notInFileLabel: 'Apps that are not in the file',
    ownerNotInFile: '{app} (the owning app: the review asks you to confirm its removal)',
    moreApps: plural({
      one: '…and {count} more app.',
      other: '…and {count} more apps.',
    }),
    skippedTitle: 'Not changed by this import',
    skipped: {
      readOnly: '{app}: read-only, the service sent values this tool cannot read exactly.',
      readOnlyNotInFile: '{app}: not in the file, but read-only, so Replace keeps it.',
      fileUnwritable: '{app}: the file holds “unknownFutureValue” for it, which cannot be written.',
      notAGuid: '{app}: not a GUID: left as it is. This tool writes only app ids that are GUIDs.',
      noDelegatedList: '{app}: delegated permissions kept: the file has no list for them.',
      noApplicationList: '{app}: application (app-only) permissions kept: the file has no list for them.',
    },
    planTitle: 'What importing changes',
    moreChanges: plural({
      one: '…and {count} more app. The review lists every change.',
      other: '…and {count} more apps. The review lists every change.',
    }),
    noChanges: 'The file matches the permissions in the matrix.',
    continue: 'Continue to review',
    cancelled: 'Import cancelled: the matrix shows what it showed before.',
  },
};
