/**
 * Counts in the reader's language (src/ui/shared/plural.ts): the plural form picked by the
 * language's rules and the number written with its separators, so a reader never sees
 * "1 annotations" or "20000". First the helper itself, in a table over both languages; then
 * sentences of components that use it, one singular and one plural in each language, as the
 * reader sees them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import { makeAnnotation } from '../../support/annotations.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { formatAnnotationCount, formatWordCount } from '../../../src/ui/shared/format.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { formatCount, plural, pluralOf } from '../../../src/ui/shared/plural.js';
import { describeProblem } from '../../../src/ui/shared/problem-messages.js';
import '../../../src/ui/reader/annotation-sidebar.js';
import '../../../src/ui/reader/distribution-strip.js';
import '../../../src/ui/reader/find-bar.js';
import type { CrAnnotationSidebar } from '../../../src/ui/reader/annotation-sidebar.js';
import type { CrDistributionStrip } from '../../../src/ui/reader/distribution-strip.js';
import type { CrFindBar } from '../../../src/ui/reader/find-bar.js';

type Locale = 'en' | 'de';

/** What the helper and the library's counts say, per language and count. */
const TABLE: readonly { locale: Locale; n: number; formatted: string; annotations: string; words: string }[] = [
  { locale: 'en', n: 0, formatted: '0', annotations: 'No annotations', words: '0 words' },
  { locale: 'en', n: 1, formatted: '1', annotations: '1 annotation', words: '1 word' },
  { locale: 'en', n: 2, formatted: '2', annotations: '2 annotations', words: '2 words' },
  { locale: 'en', n: 1000, formatted: '1,000', annotations: '1,000 annotations', words: '1,000 words' },
  { locale: 'en', n: 20000, formatted: '20,000', annotations: '20,000 annotations', words: '20,000 words' },
  { locale: 'de', n: 0, formatted: '0', annotations: 'Keine Annotationen', words: '0 Wörter' },
  { locale: 'de', n: 1, formatted: '1', annotations: '1 Annotation', words: '1 Wort' },
  { locale: 'de', n: 2, formatted: '2', annotations: '2 Annotationen', words: '2 Wörter' },
  { locale: 'de', n: 1000, formatted: '1.000', annotations: '1.000 Annotationen', words: '1.000 Wörter' },
  { locale: 'de', n: 20000, formatted: '20.000', annotations: '20.000 Annotationen', words: '20.000 Wörter' },
];

/** A sentence with every form, so the test sees which one the helper picked and with which number. */
const forms = { zero: (c: string) => `zero:${c}`, one: (c: string) => `one:${c}`, other: (c: string) => `other:${c}` };

describe('counts in the reader’s language', () => {
  after(() => applyLocale('en'));

  describe('the helper', () => {
    for (const { locale, n, formatted, annotations, words } of TABLE) {
      it(`${locale}, ${n}: “${formatted}”, “${annotations}”, “${words}”`, async () => {
        await applyLocale(locale);
        expect(formatCount(n)).to.equal(formatted);
        expect(plural(n, forms)).to.equal(n === 0 ? 'zero:0' : n === 1 ? 'one:1' : `other:${formatted}`);
        expect(formatAnnotationCount(n)).to.equal(annotations);
        expect(formatWordCount(n)).to.equal(words);
      });
    }

    it('says 0 in the other form when the sentence has no wording for none, and 1.5 in the other form', async () => {
      await applyLocale('en');
      expect([plural(0, { one: forms.one, other: forms.other }), plural(1.5, forms)]).to.deep.equal(['other:0', 'other:1.5']);
      await applyLocale('de');
      expect(plural(1.5, forms)).to.equal('other:1,5');
    });

    it('shows a count that is not a number as it is, never as NaN', async () => {
      await applyLocale('de');
      expect([pluralOf('viele', forms), pluralOf(undefined, forms), pluralOf(1, forms), pluralOf(2500, forms)]).to.deep.equal([
        'other:viele',
        'other:',
        'one:1',
        'other:2.500',
      ]);
    });

    it('keeps each form a message of its own that is translated whole', async () => {
      await applyLocale('de');
      const said = (n: number) => plural(n, { one: () => msg('1 annotation'), other: (count) => msg(str`${count} annotations`) });
      expect([said(1), said(3), said(20_000)]).to.deep.equal(['1 Annotation', '3 Annotationen', '20.000 Annotationen']);
    });
  });

  describe('the find bar', () => {
    const status = async (locale: Locale, count: number, current: number) => {
      await applyLocale(locale);
      const bar = await fixture<CrFindBar>(html`<cr-find-bar .query=${'Hafen'} count=${count} current=${current}></cr-find-bar>`);
      return bar.shadowRoot!.querySelector('output')!.textContent!.trim();
    };

    it('says one match and many in English', async () => {
      expect([await status('en', 1, 0), await status('en', 20_000, 1), await status('en', 0, -1)]).to.deep.equal([
        '1 of 1 match',
        '2 of 20,000 matches',
        'No matches',
      ]);
    });

    it('says one match and many in German', async () => {
      expect([await status('de', 1, 0), await status('de', 20_000, 1233), await status('de', 0, -1)]).to.deep.equal([
        '1 von 1 Treffer',
        '1.234 von 20.000 Treffern',
        'Keine Treffer',
      ]);
    });
  });

  describe('the distribution strip', () => {
    const label = async (locale: Locale, count: number) => {
      await applyLocale(locale);
      const annotations = Array.from({ length: count }, (_, i) => makeAnnotation({ id: `a${i}`, start: i, end: i + 1 }));
      const strip = await fixture<CrDistributionStrip>(
        html`<cr-distribution-strip .annotations=${annotations} .categories=${DEFAULT_CATEGORIES} text-length="3000"></cr-distribution-strip>`,
      );
      return strip.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label');
    };

    it('names one shown annotation and many, in both languages', async () => {
      expect([await label('en', 1), await label('en', 1200), await label('de', 1), await label('de', 1200)]).to.deep.equal([
        'Where the 1 shown annotation is in the article',
        'Where the 1,200 shown annotations are in the article',
        'Wo die 1 angezeigte Annotation im Artikel steht',
        'Wo die 1.200 angezeigten Annotationen im Artikel stehen',
      ]);
    });
  });

  describe('the sidebar', () => {
    it('writes its counts with the German thousands separator', async () => {
      await applyLocale('de');
      const annotations = Array.from({ length: 1500 }, (_, i) => makeAnnotation({ id: `a${i}`, start: i, end: i + 1, categoryIds: ['actor'] }));
      const sidebar = await fixture<CrAnnotationSidebar>(
        html`<cr-annotation-sidebar .annotations=${annotations} .categories=${DEFAULT_CATEGORIES}></cr-annotation-sidebar>`,
      );
      const root = sidebar.shadowRoot!;
      expect([
        root.querySelector('.total')!.textContent,
        root.querySelector('.filter .count')!.textContent,
        root.querySelector('.shown')!.textContent,
        root.querySelector('.more-later')!.textContent!.trim(),
      ]).to.deep.equal(['1.500', '1.500', '1.500 von 1.500 angezeigt', '100 weitere zeigen (1.400 danach)']);
    });
  });

  describe('problems', () => {
    const said = async (locale: Locale, code: string, count: number) => {
      await applyLocale(locale);
      return describeProblem({ code, params: { file: 'notizen.jsonld', count }, message: '' });
    };

    it('says one date without a time zone and many, in both languages', async () => {
      expect([
        await said('en', 'date-without-offset', 1),
        await said('en', 'date-without-offset', 1200),
        await said('de', 'date-without-offset', 1),
        await said('de', 'date-without-offset', 1200),
      ]).to.deep.equal([
        'notizen.jsonld: 1 date without a time zone was taken as UTC.',
        'notizen.jsonld: 1,200 dates without a time zone were taken as UTC.',
        'notizen.jsonld: 1 Zeitangabe ohne Zeitzone wurde als UTC gelesen.',
        'notizen.jsonld: 1.200 Zeitangaben ohne Zeitzone wurden als UTC gelesen.',
      ]);
    });
  });
});
