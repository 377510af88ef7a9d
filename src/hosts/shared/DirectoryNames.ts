/**
 * The directory scope for app names, asked for on its own after sign-in (incremental consent): the
 * host side of the editor's `AppNamesAccess`, and the gate of the repository's `DirectoryReads`.
 */
import { TokenUnavailableError } from '../../auth';
import {
  appNamesAfterFailure,
  initialAppNames,
  type AppNamesStatus,
  type DirectoryTokenFailure,
} from '../../core/appNames';
import type { UserRole } from '../../core/deployment';
import type { AppNamesAccess, EditorLogger } from '../../editor';

/** The token provider's slice this needs (an `MsalTokenProvider` built with the directory scope only). */
export interface DirectoryTokens {
  /** Never prompts. */
  getAccessTokenSilently(): Promise<string>;
  /** Silent first, then a popup (or the Teams broker's window). */
  getAccessToken(): Promise<string>;
}

function failureOf(error: unknown): DirectoryTokenFailure {
  return error instanceof TokenUnavailableError
    ? { reason: error.reason, code: error.msalErrorCode }
    : { reason: 'failed' };
}

export class DirectoryNames implements AppNamesAccess {
  private current: AppNamesStatus;
  private readonly listeners = new Set<() => void>();

  public constructor(
    private readonly tokens: DirectoryTokens,
    role: UserRole,
    private readonly logger: EditorLogger,
  ) {
    const start = initialAppNames(role);
    this.current = start.status;
    if (start.trySilently) void this.acquire(false);
  }

  public status(): AppNamesStatus {
    return this.current;
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public request(): Promise<void> {
    return this.acquire(true);
  }

  /** For the repository: lookups are sent only while a directory token is at hand. */
  public available(): boolean {
    return this.current.type === 'shown';
  }

  /** The token for the directory Graph client: silent only, a click already got it. */
  public getToken(): Promise<string> {
    return this.tokens.getAccessTokenSilently();
  }

  public lookupFailed(): void {
    if (this.current.type === 'shown') this.set({ type: 'missing', reason: 'lookup_failed' });
  }

  private async acquire(interactive: boolean): Promise<void> {
    this.set({ type: 'checking' });
    try {
      await (interactive ? this.tokens.getAccessToken() : this.tokens.getAccessTokenSilently());
      this.set({ type: 'shown' });
    } catch (error) {
      const failure = failureOf(error);
      this.logger.info('No directory token for app names', { interactive, ...failure });
      this.set(appNamesAfterFailure(failure));
    }
  }

  private set(status: AppNamesStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener();
  }
}
