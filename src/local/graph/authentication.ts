/**
 * Who is calling: the access token verified once against the IdP's keys, read into one claims object
 * that every later decision (scope, role, ownership) uses. Nothing reads the token again.
 */
import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { GLOBAL_ADMIN_ROLE_ID, SCOPE_MANAGE_ALL, SCOPE_SELECTED, SPE_ADMIN_ROLE_ID } from '../demoTenant';
import { GRAPH_AUDIENCE, type LocalIdentityProvider } from '../idp';
import { GraphProblem } from './requestContext';

export interface Caller {
  /** The calling app (`appid`, or `azp` in v2 tokens). */
  readonly appId: string;
  /** Delegated scopes (`scp`). */
  readonly scopes: readonly string[];
  readonly scopeMode: 'selected' | 'manageAll';
  /** The signed-in user's directory role template ids (`wids`). */
  readonly wids: readonly string[];
}

/** What a route needs beyond a valid token. */
export type Authorisation = 'registrations' | 'directory';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function callerOf(claims: JWTPayload): Caller {
  const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : [];
  const appId =
    typeof claims.appid === 'string' ? claims.appid : typeof claims.azp === 'string' ? claims.azp : '';
  return {
    appId,
    scopes,
    scopeMode: scopes.includes(SCOPE_MANAGE_ALL) ? 'manageAll' : 'selected',
    wids: strings(claims.wids),
  };
}

export class Authenticator {
  private keys: ReturnType<typeof createLocalJWKSet> | undefined;

  public constructor(
    private readonly idp: LocalIdentityProvider,
    private readonly origin: () => string,
  ) {}

  /** The caller of a request with this `Authorization` header, or a 401. */
  public async authenticate(authorization: string | undefined): Promise<Caller> {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    if (token === undefined)
      throw new GraphProblem(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    // The IdP's key pair is made once, when the stack starts: import it once too.
    this.keys ??= createLocalJWKSet(this.idp.jwks() as Parameters<typeof createLocalJWKSet>[0]);
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.idp.issuerUrl(this.origin()),
        audience: GRAPH_AUDIENCE,
      });
      return callerOf(payload);
    } catch (error) {
      throw new GraphProblem(
        401,
        'InvalidAuthenticationToken',
        error instanceof joseErrors.JWTExpired
          ? 'Access token has expired or is not yet valid.'
          : 'Access token validation failure. Invalid audience, issuer or signature.',
      );
    }
  }
}

/**
 * Registration endpoints need a FileStorageContainerTypeReg scope and, for delegated calls, the
 * SharePoint Embedded Administrator or Global Administrator role; directory reads need a directory scope.
 */
export function authorise(caller: Caller, need: Authorisation): void {
  if (need === 'directory') {
    if (!caller.scopes.some((scope) => scope === 'Application.Read.All' || scope === 'Directory.Read.All')) {
      throw new GraphProblem(
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    }
    return;
  }
  if (!caller.scopes.includes(SCOPE_SELECTED) && !caller.scopes.includes(SCOPE_MANAGE_ALL)) {
    throw new GraphProblem(
      403,
      'Authorization_RequestDenied',
      `Insufficient privileges: the token has neither ${SCOPE_SELECTED} nor ${SCOPE_MANAGE_ALL} (consent is missing).`,
    );
  }
  if (!caller.wids.includes(SPE_ADMIN_ROLE_ID) && !caller.wids.includes(GLOBAL_ADMIN_ROLE_ID)) {
    throw new GraphProblem(
      403,
      'accessDenied',
      'The signed-in user needs the SharePoint Embedded Administrator or Global Administrator role.',
    );
  }
}
