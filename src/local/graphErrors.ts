/** Graph-shaped errors: `{ error: { code, message, innerError: { request-id, client-request-id, date } } }`. */
import { randomUUID } from 'node:crypto';
import type { LocalResponse } from './http';

export function graphHeaders(
  clientRequestId: string | undefined,
  requestId: string = randomUUID(),
): Record<string, string> {
  return {
    'request-id': requestId,
    'client-request-id': clientRequestId ?? requestId,
    date: new Date().toUTCString(),
    'cache-control': 'no-store',
  };
}

export function graphError(
  status: number,
  code: string,
  message: string,
  clientRequestId?: string,
  extraHeaders: Readonly<Record<string, string>> = {},
  requestId: string = randomUUID(),
): LocalResponse {
  const headers = { ...graphHeaders(clientRequestId, requestId), ...extraHeaders };
  return {
    status,
    headers: { ...headers, 'content-type': 'application/json' },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d+Z$/, ''),
          'request-id': headers['request-id'],
          'client-request-id': headers['client-request-id'],
        },
      },
    },
  };
}
