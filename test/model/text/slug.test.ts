/**
 * The one slug rule (src/model/text/slug.ts) as a specification: a named table of labels and titles
 * with the slugs categories, schemes and own documents take from them, and properties over any
 * text: the shape of a slug, its length limit, and that a slug is its own slug.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { slug, SLUG_MAX_LENGTH } from '../../../src/model/text/slug.js';

const LONG_TITLE = 'Ein sehr langer Titel für ein eigenes Dokument aus der Zeitung';

describe('slug', () => {
  const cases: { name: string; text: string; maxLength?: number; slug: string }[] = [
    { name: 'words joined by a hyphen', text: 'Civil society', slug: 'civil-society' },
    { name: 'ß as ss, umlauts without their dots, & as a hyphen', text: 'Straße & Öffentlichkeit', slug: 'strasse-offentlichkeit' },
    { name: 'capital ẞ as ss too', text: 'GROẞE', slug: 'grosse' },
    { name: 'accents folded', text: 'Café Crème', slug: 'cafe-creme' },
    { name: 'hyphens and punctuation at the ends dropped', text: '  --Zitat!!  ', slug: 'zitat' },
    { name: 'a slash and digits', text: 'Maßnahme/Politik 2026', slug: 'massnahme-politik-2026' },
    { name: 'nothing for a text without ASCII letters or digits', text: '中文', slug: '' },
    { name: 'nothing for the empty text', text: '', slug: '' },
    { name: 'cut at 40 characters by default', text: 'a'.repeat(45), slug: 'a'.repeat(40) },
    { name: 'no hyphen left where the cut falls', text: `${'a'.repeat(39)} bcd`, slug: 'a'.repeat(39) },
    { name: 'a longer limit for own documents', text: LONG_TITLE, maxLength: 48, slug: 'ein-sehr-langer-titel-fur-ein-eigenes-dokument-a' },
    { name: 'the same title cut at 40', text: LONG_TITLE, slug: 'ein-sehr-langer-titel-fur-ein-eigenes-do' },
    { name: 'an emoji as a hyphen', text: 'Trump 🇺🇸 spricht', slug: 'trump-spricht' },
  ];
  for (const { name, text, maxLength, slug: expected } of cases) {
    it(`${name}: "${text}" → "${expected}"`, () => expect(slug(text, maxLength)).to.equal(expected));
  }

  it('gives lower-case letters and digits in runs joined by single hyphens, within the limit, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }), (text, maxLength) => {
        const result = slug(text, maxLength);
        expect(result).to.match(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(result.length).to.be.at.most(maxLength ?? SLUG_MAX_LENGTH);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent: a slug is its own slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 60 }), (text, maxLength) => {
        const once = slug(text, maxLength);
        expect(slug(once, maxLength)).to.equal(once);
      }),
      { numRuns: 500 },
    );
  });
});
