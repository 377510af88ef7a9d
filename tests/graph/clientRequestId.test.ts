import { describe, expect, it } from 'vitest';
import { newClientRequestId } from '../../src/graph/clientRequestId';

describe('a write’s client-request-id', () => {
  it('is a fresh random (version 4) GUID each time', () => {
    const ids = Array.from({ length: 1000 }, newClientRequestId);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
