/**
 * docs/assignment-files.md cannot drift from the format: its two examples are exactly, to the
 * byte, what the code writes (test/support/assignment-doc-examples.ts), they parse, and they pass
 * the W3C suite's collection MUSTs. Runs under node:test:
 *   node --import tsx --test test/model/assignments/assignment-doc.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseHandIn } from '../../../src/model/assignments/hand-in.js';
import { parseHandOut } from '../../../src/model/assignments/hand-out.js';
import { handInExample, handOutExample } from '../../support/assignment-doc-examples.js';
import { collectionMusts, failures } from '../../support/w3c-musts.js';

const doc = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/assignment-files.md'), 'utf8');

/** The JSON block after `<!-- example: name -->` in the doc. */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  assert.ok(match, `docs/assignment-files.md has no example "${name}"`);
  return match[1]!;
}

describe('docs/assignment-files.md', () => {
  it('shows the hand-out exactly as the code writes it, and it parses and passes the W3C MUSTs', () => {
    const text = example('hand-out');
    // To the byte, key order included: a saved file is JSON.stringify of what the code writes.
    assert.equal(text, JSON.stringify(handOutExample(), null, 2));
    const parsed = parseHandOut(text, 'Akteure finden.jsonld');
    assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.problems.map((p) => p.message).join('\n'));
    assert.deepEqual(failures(collectionMusts, JSON.parse(text)), []);
  });

  it('shows the hand-in exactly as the code writes it, and it parses and passes the W3C MUSTs', () => {
    const text = example('hand-in');
    assert.equal(text, JSON.stringify(handInExample(), null, 2));
    const parsed = parseHandIn(text, 'Akteure finden_Lea M_2026-03-05.jsonld');
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    assert.deepEqual([parsed.value.student, parsed.value.annotations.length, parsed.value.annotations[0]!.note], ['Lea M.', 1, 'Sie spricht für die Stadt.']);
    assert.deepEqual(failures(collectionMusts, JSON.parse(text)), []);
  });
});
