/**
 * The host port: everything that differs between the Teams tab, the SharePoint web part, the plain
 * web page and the tests. A host builds one `EditorHost` and hands it to `PermissionMatrixApp` /
 * `mountEditor`; the editor never reaches for teams-js, SPFx or MSAL itself.
 */
import type { Theme } from '@fluentui/react-components';
import type { AppNamesStatus } from '../core/appNames';
import type { ScopeMode, UserRole } from '../core/deployment';
import type { TokenFacts } from '../core/myAccess';
import type { ReceiptStorage } from '../core/receiptLog';
import type { RegistrationRepository } from '../graph/RegistrationRepository';

/**
 * The theme the host wants: one of the three Fluent themes the editor knows, or a Fluent `Theme`
 * object the host built itself (SharePoint maps the site's palette to one).
 * Teams: `default` → `'light'`, `dark` → `'dark'`, `contrast` → `'highContrast'`.
 */
export type EditorThemeName = 'light' | 'dark' | 'highContrast';
export type EditorTheme = EditorThemeName | Theme;

/**
 * `page`: the editor is the page (the tab): a main landmark and an h1. `inline`: one part of a page
 * that has its own (a SharePoint web part): a labelled region and an h2.
 */
export type EditorLayout = 'page' | 'inline';

export interface EditorUser {
  readonly displayName?: string;
  readonly userPrincipalName?: string;
  /** The admin's object id in the directory (`oid`): a save's receipt names who made it. */
  readonly objectId?: string;
  /** The consuming tenant: part of the draft key, so drafts never cross tenants. */
  readonly tenantId: string;
  /** A hint from the token's `wids` claim; the service enforces the role either way. */
  readonly role: UserRole;
}

/** `.Selected` reaches only registrations owned by the tool's app; `.Manage.All` reaches all. */
export type EditorScopeMode = ScopeMode;

export interface EditorLogger {
  info(message: string, details?: Readonly<Record<string, unknown>>): void;
  warn(message: string, details?: Readonly<Record<string, unknown>>): void;
  error(message: string, details?: Readonly<Record<string, unknown>>): void;
}

/** The slice of `Storage` the editor uses for drafts (hosts pass `window.sessionStorage`). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * App names need a directory scope asked for on its own (core/appNames): the host says where that
 * stands, and asks for it when the admin chooses "Show app names".
 */
export interface AppNamesAccess {
  status(): AppNamesStatus;
  /** Called at every status change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The directory scope alone: silently, then interactively (a popup or the Teams broker) if need be. */
  request(): Promise<void>;
}

export interface EditorHost {
  readonly repository: RegistrationRepository;
  readonly user: EditorUser;
  readonly scopeMode: EditorScopeMode;
  /**
   * The Entra app the tool signs in as, when it signs in with its own app (not SharePoint's). With
   * `.Selected` it owns every container type the tool can register, so registering offers it as the
   * owning app.
   */
  readonly clientId?: string;
  /** Built by the host's auth layer for the right cloud; the editor only shows it as a link. */
  readonly consent?: { readonly adminConsentUrl: string };
  /**
   * The admin consent link for a guest app's client id (the Microsoft 365 Backup Storage style
   * onboarding link), built by the host's auth layer for the right cloud; the editor shows it as a link.
   */
  readonly guestConsentUrl?: (clientId: string) => string;
  /** The theme at mount time. */
  readonly theme: EditorTheme;
  /** Called with every later theme change; returns the unsubscribe function. */
  readonly subscribeTheme?: (listener: (theme: EditorTheme) => void) => () => void;
  /** Default `page`. */
  readonly layout?: EditorLayout;
  /**
   * The host shows the app's name above the editor (Teams does, for a tab): the editor's own title is
   * then only for screen readers, and the first matrix row fits in a 620 px tab.
   */
  readonly titleShownByHost?: boolean;
  /** BCP 47 tag such as `it-IT`; the editor picks `en`, `it` or `ru` strings and formats with it. */
  readonly locale: string;
  readonly logger: EditorLogger;
  /** Session storage in real hosts: unsaved edits survive a reload in the same tab only. */
  readonly draftStorage?: DraftStorage;
  /**
   * Whose account the editor uses. `own`: signed in here (MSAL popup), so it can sign out or switch
   * account; the page then starts again (the host reloads it). `host`: Teams' or SharePoint's
   * account, which only the host can change; the editor says so.
   */
  readonly account?:
    | {
        readonly kind: 'own';
        readonly signOut: () => Promise<void>;
        readonly switchAccount: () => Promise<void>;
      }
    | { readonly kind: 'host' };
  /**
   * Where this browser keeps the receipts of its saves (the browser's local storage: they are kept
   * across sessions, for change records); without it, a receipt can still be downloaded.
   */
  readonly receiptStorage?: ReceiptStorage;
  /**
   * Where this browser keeps the admin's choices about the screen (a notice folded to one line), across
   * sessions; never anything from the service or the token. Without it, each choice lasts the page.
   */
  readonly preferenceStorage?: DraftStorage;
  /** Sign in again after `token_expired`; the button is hidden when the host has no way to. */
  readonly signIn?: () => void | Promise<void>;
  /**
   * Gets a fresh token after the admin granted consent ("I've granted consent, try again"): a cached
   * token does not carry the new permission. Without it, trying again reuses the cached token.
   */
  readonly renewToken?: () => Promise<void>;
  /** Without it the matrix names only Microsoft's well-known apps and says nothing about the others. */
  readonly appNames?: AppNamesAccess;
  /**
   * "Check my access": the roles and scopes the signed-in admin's token carries, read by the host's auth
   * layer from a fresh silent token (the editor never sees the token). Without it the action is hidden.
   */
  readonly tokenFacts?: () => Promise<TokenFacts>;
  /** The clock (tests pin it). */
  readonly now?: () => Date;
}
