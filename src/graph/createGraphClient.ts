/**
 * The Graph client every host uses: the real `@microsoft/microsoft-graph-client`, with a middleware
 * chain of authentication → telemetry (client-request-id) → fetch. No RetryHandler on purpose: the
 * repository honours `Retry-After` itself so the admin can see the wait and cancel it.
 */
import {
  AuthenticationHandler,
  type AuthenticationProvider,
  Client,
  HTTPMessageHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';

export interface GraphClientOptions {
  readonly authProvider: AuthenticationProvider;
  /**
   * Hosts (host[:port], no scheme) besides Microsoft's Graph hosts that may receive the token, e.g.
   * `localhost:4443` for the local stack. The client sends tokens to no other host.
   */
  readonly customHosts?: readonly string[];
}

export function createGraphClient(options: GraphClientOptions): Client {
  return Client.initWithMiddleware({
    middleware: [
      new AuthenticationHandler(options.authProvider),
      new TelemetryHandler(),
      new HTTPMessageHandler(),
    ],
    customHosts: new Set(options.customHosts ?? []),
  });
}
