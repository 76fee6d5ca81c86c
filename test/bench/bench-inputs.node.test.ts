/**
 * The benchmark's inputs are what BENCHMARKS.md says they are, and its ground truth is true: the
 * generated annotations quote their text, every case's expected range holds the passage that was
 * stored (changed only where an edit touched it), and the same seed gives the same inputs. No
 * timing here: `npm run bench` measures, `npm test` only checks. Runs under node:test:
 *   node --import tsx --test test/bench/bench-inputs.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { applyEdits, mapRange } from './bench-inputs.js';
import { verdictOf } from './bench-cases.js';
import { makeAnchoringCase, makeBenchInputs, type ShippedArticle } from './bench-setup.js';
import { hypothesisMatch } from './hypothesis-match.js';

const documents = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'documents');
const manifest = JSON.parse(readFileSync(path.join(documents, 'manifest.json'), 'utf8')) as { documents: { id: string; file: string }[] };
const articles: ShippedArticle[] = manifest.documents.map((entry) => ({
  id: entry.id,
  blocks: (JSON.parse(readFileSync(path.join(documents, entry.file), 'utf8')) as ShippedArticle).blocks,
}));
const inputs = makeBenchInputs(articles);

describe('benchmark inputs', () => {
  it('are the sizes the issue asks for, and quote their texts', () => {
    assert.ok(inputs.long.text.length >= 1_000_000 && inputs.long.text.length < 1_100_000);
    assert.equal(inputs.longAnnotations.length, 10_000);
    assert.equal(inputs.articleAnnotations.length, 500);
    assert.equal(inputs.anchoringSample.length, 1_000);
    for (const a of inputs.longAnnotations) {
      assert.equal(inputs.long.text.slice(a.start, a.end), a.exact);
      assert.ok(inputs.long.text.slice(0, a.start).endsWith(a.prefix) && inputs.long.text.slice(a.end).startsWith(a.suffix));
    }
    const sorted = [...inputs.longAnnotations].sort((a, b) => a.start - b.start);
    assert.ok(sorted.some((a, i) => i > 0 && a.start < sorted[i - 1]!.end), 'some annotations overlap');
  });

  it('are the same for the same seed', () => {
    const again = makeBenchInputs(articles);
    assert.equal(again.long.text, inputs.long.text);
    assert.deepEqual(
      again.anchoringSample.map((a) => a.id),
      inputs.anchoringSample.map((a) => a.id),
    );
  });

  it('place every passage where it really is in each anchoring case', () => {
    for (const key of ['unchanged', 'inserted'] as const) {
      const made = makeAnchoringCase(inputs, key);
      made.targets.forEach((target, i) => assert.equal(made.text.slice(made.expected[i]!.start, made.expected[i]!.end), target.exact));
    }
    const edited = makeAnchoringCase(inputs, 'edited');
    const changed = edited.targets.filter((target, i) => edited.text.slice(edited.expected[i]!.start, edited.expected[i]!.end) !== target.exact);
    assert.equal(changed.length, edited.touched);
    assert.ok(edited.touched >= 100 && edited.touched < 150, `${edited.touched} quotes changed`);
  });
});

describe('benchmark helpers', () => {
  it('map a range through insertions before it, replacements inside it and edits after it', () => {
    const edits = [
      { at: 0, remove: 0, insert: 'New. ' },
      { at: 4, remove: 5, insert: 'slow' },
      { at: 19, remove: 1, insert: '  ' },
    ];
    const text = 'The quick brown fox jumps.';
    const edited = applyEdits(text, edits);
    assert.equal(edited, 'New. The slow brown fox  jumps.');
    assert.deepEqual(mapRange(edits, 4, 15), { start: 9, end: 19 });
    assert.equal(edited.slice(9, 19), 'slow brown');
  });

  it('judge a placement right only near where the passage is', () => {
    assert.equal(verdictOf({ start: 100, end: 120 }, { start: 101, end: 120 }), 'right');
    assert.equal(verdictOf({ start: 500, end: 520 }, { start: 100, end: 120 }), 'wrong');
    assert.equal(verdictOf(undefined, { start: 100, end: 120 }), 'unplaced');
  });

  it('match a quote as Hypothesis does: exact first, else approximately, context deciding', () => {
    const text = 'Sie erklären ihre Städte zu sicheren Häfen. Andere erklären ihre Städte zu Zufluchtsorten.';
    const second = text.lastIndexOf('erklären ihre Städte');
    assert.deepEqual(hypothesisMatch(text, { exact: 'erklären ihre Städte', prefix: 'Andere ', suffix: ' zu Zuflucht' }), {
      start: second,
      end: second + 'erklären ihre Städte'.length,
    });
    const found = hypothesisMatch(text, { exact: 'erklaeren ihre Staedte zu sicheren', prefix: 'Sie ' });
    assert.ok(found && found.start <= 5 && found.end >= 30);
  });

  it('take the stored position first when the quote is there, as Hypothesis does, and search when it is not', () => {
    const text = 'Sie erklären ihre Städte zu sicheren Häfen. Andere erklären ihre Städte zu Zufluchtsorten.';
    const second = text.lastIndexOf('erklären ihre Städte');
    // The context names the second occurrence, but the stored position holds the quote: taken as stored.
    assert.deepEqual(hypothesisMatch(text, { exact: 'erklären ihre Städte', prefix: 'Andere ', suffix: ' zu Zuflucht', start: 4, end: 24 }), {
      start: 4,
      end: 24,
    });
    // The stored position holds other text: the quote search decides, by its context.
    assert.deepEqual(hypothesisMatch(text, { exact: 'erklären ihre Städte', prefix: 'Andere ', suffix: ' zu Zuflucht', start: 0, end: 20 }), {
      start: second,
      end: second + 20,
    });
  });
});
