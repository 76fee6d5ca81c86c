/**
 * Krippendorff's unitizing alpha (model/agreement/unitizing-alpha.ts) on the published vectors,
 * pinned to the four decimals they were published with, on the cases where no alpha exists, and on
 * properties a teacher relies on: a class that agrees entirely scores 1, and the order in which
 * hand-ins arrive or passages were tagged changes nothing. A literal all-pairs reading of the
 * formulas (Krippendorff 2004 pp. 251–253) checks the fast one on random classes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type UnitizingInput, unitizingAlpha } from '../../../src/model/agreement/unitizing-alpha.js';
import type { CategorySpan } from '../../../src/model/agreement/spans.js';

/** A span given as Krippendorff writes it: category, start, length. */
const unit = (category: string, start: number, length: number): CategorySpan => ({ category, start, end: start + length });
const four = (value: number | undefined): number | undefined => (value === undefined ? undefined : Math.round(value * 1e4) / 1e4);

/** Krippendorff 2004 p. 254: two coders, categories c and k, on a continuum of 300 from 150. */
const KRIPPENDORFF_2004: UnitizingInput = {
  begin: 150,
  length: 300,
  raters: [
    [unit('c', 225, 70), unit('c', 370, 30), unit('k', 180, 60), unit('k', 300, 50)],
    [unit('c', 220, 80), unit('c', 355, 20), unit('c', 400, 20), unit('k', 180, 60), unit('k', 300, 50)],
  ],
};

describe('unitizing alpha on the published vectors', () => {
  const cases: { name: string; input: UnitizingInput; perCategory: Record<string, number>; overall: number }[] = [
    { name: 'Krippendorff 2004 p. 254', input: KRIPPENDORFF_2004, perCategory: { c: 0.7286, k: 1 }, overall: 0.8587 },
    {
      name: 'one long passage against three short ones inside it (length 10)',
      input: { begin: 0, length: 10, raters: [[unit('A', 1, 8)], [unit('A', 2, 1), unit('A', 4, 1), unit('A', 6, 1)]] },
      perCategory: { A: -0.7003 },
      overall: -0.7003,
    },
  ];
  for (const { name, input, perCategory, overall } of cases) {
    it(`gives the published figures: ${name}`, () => {
      const result = unitizingAlpha(input);
      assert.deepEqual(
        Object.fromEntries(result.categories.map((figure) => [figure.category, four(figure.alpha)])),
        perCategory,
      );
      assert.equal(four(result.overall.alpha), overall);
      assert.equal(result.raters, 2);
    });
  }

  it('observes D_o(c) = 1300/90000 in Krippendorff’s example, 900 of it from edges and 400 from a passage one coder alone saw', () => {
    const c = unitizingAlpha(KRIPPENDORFF_2004).categories[0]!;
    assert.equal(c.category, 'c');
    assert.ok(Math.abs(c.observed - 1300 / 90000) < 1e-15);
    assert.ok(Math.abs(c.edges - 900 / 90000) < 1e-15);
    assert.ok(Math.abs(c.unmatched - 400 / 90000) < 1e-15);
    assert.deepEqual([c.units, c.ratersWithUnits], [5, 2]);
  });
});

describe('unitizing alpha where the class is small or silent', () => {
  it('has no alpha with one student, and says why', () => {
    const result = unitizingAlpha({ begin: 0, length: 20, raters: [[unit('A', 2, 5)]] });
    assert.deepEqual(result.overall, { alpha: undefined, reason: 'too-few-raters', observed: 0, expected: 0, edges: 0, unmatched: 0 });
  });

  it('reports a category nobody tagged as having no units, and leaves the others’ figure as it was', () => {
    const input = { begin: 0, length: 10, raters: [[unit('A', 1, 8)], [unit('A', 2, 1), unit('A', 4, 1), unit('A', 6, 1)]] };
    const result = unitizingAlpha({ ...input, categories: ['unused', 'A'] });
    assert.deepEqual(result.categories.map((figure) => [figure.category, figure.alpha, 'reason' in figure ? figure.reason : '']), [
      ['unused', undefined, 'no-units'],
      ['A', unitizingAlpha(input).overall.alpha, ''],
    ]);
    assert.equal(result.overall.alpha, unitizingAlpha(input).overall.alpha);
  });

  it('has no alpha where no disagreement was possible (both tagged the one character there is)', () => {
    const result = unitizingAlpha({ begin: 0, length: 1, raters: [[unit('A', 0, 1)], [unit('A', 0, 1)]] });
    assert.equal(result.overall.alpha, undefined);
    assert.equal('reason' in result.overall && result.overall.reason, 'no-disagreement-possible');
  });

  it('weighs a long passage one student alone tagged by its squared length, as unmatched', () => {
    const result = unitizingAlpha({ begin: 0, length: 100, raters: [[unit('A', 10, 10)], [unit('A', 10, 10), unit('A', 40, 50)]] });
    assert.deepEqual([result.overall.observed, result.overall.edges, result.overall.unmatched], [0.25, 0, 0.25]);
  });

  it('cuts spans at the continuum’s edges and merges a student’s overlapping spans of one category', () => {
    const plain = unitizingAlpha({ begin: 0, length: 10, raters: [[unit('A', 1, 8)], [unit('A', 2, 1), unit('A', 4, 1), unit('A', 6, 1)]] });
    const messy = unitizingAlpha({
      begin: 0,
      length: 10,
      raters: [[unit('A', 3, 6), unit('A', 1, 4)], [unit('A', -8, 5), unit('A', 2, 1), unit('A', 4, 1), unit('A', 6, 1), unit('A', 10, 4)]],
    });
    assert.deepEqual(messy, plain);
  });
});

/** Krippendorff's formulas read literally: δ² over every pair of segments, D_e term by term. */
function literalAlpha(input: UnitizingInput, category: string): { observed: number; expected: number } {
  const { begin: B, length: L } = input;
  const m = input.raters.length;
  const segmentsOf = (spans: readonly CategorySpan[]) => {
    const units = spans.filter((s) => s.category === category).sort((a, b) => a.start - b.start);
    const out: { b: number; l: number; w: number }[] = [];
    let at = B;
    for (const u of units) {
      if (u.start > at) out.push({ b: at, l: u.start - at, w: 0 });
      out.push({ b: u.start, l: u.end - u.start, w: 1 });
      at = u.end;
    }
    if (at < B + L) out.push({ b: at, l: B + L - at, w: 0 });
    return out;
  };
  const all = input.raters.map(segmentsOf);
  let observed = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) {
      if (i === j) continue;
      for (const g of all[i]!)
        for (const h of all[j]!) {
          const d = g.b - h.b;
          if (g.w && h.w && -g.l < d && d < h.l) observed += d ** 2 + (d + g.l - h.l) ** 2;
          else if (g.w && !h.w && h.l - g.l >= d && d >= 0) observed += g.l ** 2;
          else if (!g.w && h.w && g.l - h.l >= -d && -d >= 0) observed += h.l ** 2;
        }
    }
  observed /= m * (m - 1) * L * L;
  const units = all.flat().filter((s) => s.w);
  const gaps = all.flat().filter((s) => !s.w);
  let sum = 0;
  for (const u of units) {
    sum += ((units.length - 1) * (2 * u.l ** 3 - 3 * u.l ** 2 + u.l)) / 3;
    for (const g of gaps) if (g.l >= u.l) sum += u.l ** 2 * (g.l - u.l + 1);
  }
  const expected = ((2 / L) * sum) / (m * L * (m * L - 1) - units.reduce((t, u) => t + u.l * (u.l - 1), 0));
  return { observed, expected };
}

/** A class of 2–5 students, each with up to 6 non-overlapping spans per category in [0, 60). */
const classes = fc
  .record({
    length: fc.integer({ min: 2, max: 60 }),
    raters: fc.array(fc.array(fc.record({ category: fc.constantFrom('A', 'B'), a: fc.nat(59), b: fc.nat(59) }), { maxLength: 8 }), {
      minLength: 2,
      maxLength: 5,
    }),
  })
  .map(({ length, raters }) => ({
    begin: 0,
    length,
    raters: raters.map((spans) =>
      spans
        .map(({ category, a, b }) => ({ category, start: Math.min(a, b) % length, end: (Math.max(a, b) % length) + 1 }))
        .filter((s) => s.start < s.end),
    ),
  }));

const close = (a: number | undefined, b: number | undefined): boolean =>
  a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('unitizing alpha, properties', () => {
  it('equals the formulas read literally on random classes (spans merged per student first)', () => {
    fc.assert(
      fc.property(classes, (input) => {
        const result = unitizingAlpha(input);
        for (const figure of result.categories) {
          const merged = { ...input, raters: input.raters.map((spans) => mergeForTest(spans)) };
          const literal = literalAlpha(merged, figure.category);
          if (!close(figure.observed, literal.observed) || !close(figure.expected, literal.expected)) return false;
        }
        return true;
      }),
    );
  });

  it('gives 1 to students who all tagged alike (and alpha never exceeds 1)', () => {
    fc.assert(
      fc.property(classes, fc.integer({ min: 2, max: 5 }), (input, copies) => {
        const same = unitizingAlpha({ ...input, raters: Array.from({ length: copies }, () => input.raters[0]!) });
        const any = unitizingAlpha(input);
        return (
          [...same.categories, same.overall].every((f) => f.alpha === undefined || f.alpha === 1) &&
          [...any.categories, any.overall].every((f) => f.alpha === undefined || f.alpha <= 1 + 1e-12)
        );
      }),
    );
  });

  it('changes nothing when the hand-ins or the spans in them come in another order', () => {
    fc.assert(
      fc.property(classes, fc.func(fc.integer()), (input, key) => {
        const shuffle = <T>(list: readonly T[]): T[] =>
          list.map((item, index) => ({ item, k: key(JSON.stringify(item), index) })).sort((a, b) => a.k - b.k).map((x) => x.item);
        const a = unitizingAlpha(input);
        const b = unitizingAlpha({ ...input, raters: shuffle(input.raters.map((spans) => shuffle(spans))) });
        return [...a.categories, a.overall].every((f, i) => {
          const g = [...b.categories, b.overall][i]!;
          return close(f.alpha, g.alpha) && close(f.observed, g.observed) && close(f.expected, g.expected);
        });
      }),
    );
  });

  it('changes nothing when a student tagged a passage and a part of it or an overlap with it too', () => {
    fc.assert(
      fc.property(classes, fc.nat(), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), (input, pick, d1, d2) => {
        const rater = input.raters[pick % input.raters.length]!;
        if (rater.length === 0) return true;
        const x = rater[pick % rater.length]!;
        const y = { category: x.category, start: Math.max(0, x.start + d1), end: Math.min(input.length, x.end + d2) };
        if (!(y.start < y.end && y.start < x.end && x.start < y.end)) return true;
        const union = { category: x.category, start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) };
        const withBoth = input.raters.map((spans) => (spans === rater ? [...spans, y] : spans));
        const withUnion = input.raters.map((spans) => (spans === rater ? [...spans.filter((s) => s !== x), union] : spans));
        const a = unitizingAlpha({ ...input, raters: withBoth });
        const b = unitizingAlpha({ ...input, raters: withUnion });
        return JSON.stringify(a) === JSON.stringify(b);
      }),
    );
  });
});

/** The union of a student's overlapping spans per category, written out again for the literal reading. */
function mergeForTest(spans: readonly CategorySpan[]): CategorySpan[] {
  const out: CategorySpan[] = [];
  for (const category of new Set(spans.map((s) => s.category))) {
    const mine = spans.filter((s) => s.category === category).sort((a, b) => a.start - b.start);
    let current: CategorySpan | undefined;
    for (const s of mine) {
      if (current && s.start < current.end) current = { category, start: current.start, end: Math.max(current.end, s.end) };
      else {
        if (current) out.push(current);
        current = { ...s };
      }
    }
    if (current) out.push(current);
  }
  return out;
}
