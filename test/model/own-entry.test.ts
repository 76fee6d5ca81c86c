/**
 * Looking up outside keys in object-literal tables (src/model/own-entry.ts): only own entries count.
 */
import { expect } from '@open-wc/testing';
import { ownEntry } from '../../src/model/own-entry.js';

describe('looking up a key from outside in a table', () => {
  const table: Readonly<Record<string, string>> = { txt: 'text', md: 'markdown' };
  const cases: { key: string; found: string | undefined }[] = [
    { key: 'txt', found: 'text' },
    { key: 'md', found: 'markdown' },
    { key: 'pdf', found: undefined },
    { key: 'constructor', found: undefined },
    { key: '__proto__', found: undefined },
    { key: 'toString', found: undefined },
    { key: 'hasOwnProperty', found: undefined },
    { key: '', found: undefined },
  ];
  for (const { key, found } of cases) {
    it(`finds ${found === undefined ? 'nothing' : found} under "${key}"`, () => {
      expect(ownEntry(table, key)).to.equal(found);
    });
  }
});
