/**
 * Collections in pages, as Graph pages: `$top` (capped at the service's page size), `$skip`, and an
 * absolute `@odata.nextLink` carrying `$skiptoken` (here: the offset). Options are validated, so a page
 * always holds at least one item and the offset only grows: paging always ends.
 */
import type { LocalResponse } from '../http';
import { GraphProblem, type RequestContext } from './requestContext';

function integerOption(query: URLSearchParams, name: string, minimum: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < minimum) {
    throw new GraphProblem(
      400,
      'BadRequest',
      `Invalid value for ${name}: it must be an integer of at least ${minimum}.`,
    );
  }
  return Number(raw);
}

export function page(
  ctx: RequestContext,
  query: URLSearchParams,
  items: readonly unknown[],
  /** The collection's path below the version root, e.g. `/storage/fileStorage/containerTypeRegistrations`. */
  path: string,
  /** The `@odata.context` fragment after `$metadata#`. */
  context: string,
  pageSize: number,
): LocalResponse {
  const top = Math.min(integerOption(query, '$top', 1) ?? pageSize, pageSize);
  const skip = integerOption(query, '$skip', 0);
  const offset = integerOption(query, '$skiptoken', 0) ?? skip ?? 0;
  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.origin}/graph/${ctx.version}/$metadata#${context}`,
    value: items.slice(offset, offset + top),
  };
  if (offset + top < items.length) {
    const next = new URLSearchParams();
    query.forEach((value, name) => {
      if (name !== '$skip') next.set(name, value);
    });
    next.set('$top', String(top));
    next.set('$skiptoken', String(offset + top));
    body['@odata.nextLink'] = `${ctx.origin}/graph/${ctx.version}${path}?${next.toString()}`;
  }
  return ctx.json(200, body);
}
