/**
 * A terminal middleware for the real graph client: records every request it would have sent and
 * answers from a script, so unit tests pin method + URL + body without a network.
 */
import {
  AuthenticationHandler,
  Client,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export type Reply =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | 'network-error'
  /** No answer at all, until the request is aborted. */
  | 'hang';

type Handler = (request: RecordedRequest) => Reply | undefined;

export const TEST_TOKEN = 'eyJ0eXAiOiJKV1QifQ.test-access-token.signature';

export class ScriptedGraph implements Middleware {
  public readonly requests: RecordedRequest[] = [];
  private readonly handlers: { handler: Handler; once: boolean }[] = [];

  /** Answer requests the handler accepts (returns a reply for); later rules win over earlier ones. */
  public on(handler: Handler): this {
    this.handlers.unshift({ handler, once: false });
    return this;
  }

  /** Like `on`, but only for the first matching request. */
  public once(handler: Handler): this {
    this.handlers.unshift({ handler, once: true });
    return this;
  }

  public async execute(context: Context): Promise<void> {
    const options = context.options ?? {};
    const headers: Record<string, string> = {};
    new Headers(options.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const rawBody = typeof options.body === 'string' ? options.body : undefined;
    const request: RecordedRequest = {
      method: options.method ?? 'GET',
      url: typeof context.request === 'string' ? context.request : context.request.url,
      headers,
      body: rawBody === undefined ? undefined : (JSON.parse(rawBody) as unknown),
    };
    this.requests.push(request);
    for (const [index, entry] of this.handlers.entries()) {
      const reply = entry.handler(request);
      if (reply === undefined) continue;
      if (entry.once) this.handlers.splice(index, 1);
      if (reply === 'network-error') throw new TypeError('Failed to fetch');
      if (reply === 'hang') {
        // Settles only by rejecting when the request is aborted (cancel or time-out).
        await new Promise<never>((_resolve, reject) => {
          const signal = options.signal;
          const abort = (): void => reject(new DOMException('The operation was aborted.', 'AbortError'));
          if (signal?.aborted) abort();
          else signal?.addEventListener('abort', abort, { once: true });
        });
        return;
      }
      context.response = new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'content-type': 'application/json', ...reply.headers },
      });
      return;
    }
    context.response = new Response(
      JSON.stringify({
        error: { code: 'BadRequest', message: `No script for ${request.method} ${request.url}` },
      }),
      { status: 400 },
    );
  }

  public setNext(): void {
    // The terminal middleware: nothing comes after it.
  }
}

export function clientFor(graph: ScriptedGraph): Client {
  return Client.initWithMiddleware({
    middleware: [new AuthenticationHandler({ getAccessToken: () => Promise.resolve(TEST_TOKEN) }), graph],
  });
}

/** A Graph error body as the service sends it. */
export function graphErrorBody(code: string, message: string, requestId = 'req-1'): unknown {
  return { error: { code, message, innerError: { 'request-id': requestId, date: '2026-11-22T10:00:00' } } };
}
