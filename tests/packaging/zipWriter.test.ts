import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createZip } from '../../src/packaging/zipWriter';
import { readZip } from './readZip';

describe('createZip', () => {
  it('round-trips entries in order: text deflated, incompressible data stored, empty files, UTF-8 names', () => {
    const text = Buffer.from('{"name":"value"}\n'.repeat(50));
    const noise = randomBytes(512); // random bytes do not deflate smaller
    const entries = [
      { name: 'manifest.json', data: text },
      { name: 'noise.bin', data: noise },
      { name: 'empty.txt', data: Buffer.alloc(0) },
      { name: 'локализация/ru.json', data: Buffer.from('{"a":"б"}') },
    ];

    const read = readZip(createZip(entries));

    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((entry, i) => expect(entry.data.equals(entries[i].data), entry.name).toBe(true));
    expect(read[0].method).toBe(8);
    expect(read[1].method).toBe(0);
  });

  it.each(['', '/manifest.json', '../manifest.json', 'a//b.json', 'a\\b.json', './x.json'])(
    'refuses the unsafe entry name %j',
    (name) => {
      expect(() => createZip([{ name, data: Buffer.from('x') }])).toThrow(/Invalid ZIP entry name/);
    },
  );

  it('refuses duplicate entry names', () => {
    const entry = { name: 'color.png', data: Buffer.from('x') };
    expect(() => createZip([entry, entry])).toThrow(/Duplicate ZIP entry "color.png"/);
  });
});
