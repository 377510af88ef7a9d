/**
 * A random (version 4) GUID. `getRandomValues` rather than `randomUUID`: the latter exists only in
 * secure contexts.
 */
export function randomGuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // The version (4: random) and the RFC 4122 variant bits.
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => (byte + 0x100).toString(16).slice(1)).join('');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/**
 * A fresh `client-request-id` for one write. The graph client's telemetry handler would make one up as
 * well, but this tool would never learn it; sent by us, it is known in advance and goes into the save's
 * receipt, even when no answer comes back.
 */
export const newClientRequestId: () => string = randomGuid;
