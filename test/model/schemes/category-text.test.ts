/**
 * A category's definition and example (issue 15) in a SKOS file: written as language-tagged
 * skos:definition / skos:example, read back from tagged or plain strings, cut with a warning past
 * the limit, and merged by IRI (a changed definition updates the stored category; the same file
 * twice changes nothing). The round trip of random definitions is in skos.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { Category, CategoryScheme } from '../../../src/model/schemes/category.js';
import { cleanCategoryText, MAX_CATEGORY_TEXT } from '../../../src/model/schemes/category-text.js';
import { mergeImportedScheme, parseSkosScheme, schemeToSkos, SKOS } from '../../../src/model/schemes/skos.js';

const SCHEME: CategoryScheme = {
  id: 'civics',
  iri: 'tag:close-reader.app,2026:schemes/civics',
  label: { de: 'Politik', en: 'Civics' },
  created: '2026-02-01T09:00:00.000Z',
  modified: '2026-02-02T10:00:00.000Z',
};
const ACTOR: Category = {
  id: 'actor',
  label: { de: 'Akteur', en: 'Actor' },
  colour: '#0072b2',
  line: 'solid',
  order: 1,
  schemeId: 'civics',
  iri: `${SCHEME.iri}/actor`,
  definition: { de: 'Wer handelt oder spricht.', en: 'Who acts or speaks.' },
  example: { de: '„Die Bürgermeisterin sagte …“' },
};

function parsed(text: string): { categories: Category[]; warnings: string[] } {
  const result = parseSkosScheme(text, 'civics.jsonld');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { categories: result.value.categories, warnings: result.warnings.map((w) => w.code) };
}

describe('a category’s definition and example in SKOS', () => {
  it('writes them as language-tagged skos:definition and skos:example, only the languages it has', () => {
    const concept = schemeToSkos(SCHEME, [ACTOR])['@graph'][1]!;
    expect(concept['skos:definition']).to.deep.equal([
      { '@value': 'Wer handelt oder spricht.', '@language': 'de' },
      { '@value': 'Who acts or speaks.', '@language': 'en' },
    ]);
    expect(concept['skos:example']).to.deep.equal([{ '@value': '„Die Bürgermeisterin sagte …“', '@language': 'de' }]);
    const bare = schemeToSkos(SCHEME, [{ ...ACTOR, definition: undefined, example: undefined }])['@graph'][1]!;
    expect(Object.keys(bare)).not.to.include.members(['skos:definition', 'skos:example']);
  });

  it('reads them back exactly, and reads a plain string without a language as both languages', () => {
    expect(parsed(JSON.stringify(schemeToSkos(SCHEME, [ACTOR]))).categories[0]).to.deep.equal(ACTOR);
    const file = JSON.parse(JSON.stringify(schemeToSkos(SCHEME, [ACTOR]))) as { '@graph': Record<string, unknown>[] };
    file['@graph'][1]!['skos:definition'] = '<b>Wer</b> handelt';
    delete file['@graph'][1]!['skos:example'];
    file['@graph'][1]![`${SKOS}example`] = { '@value': 'Ein Beispiel', '@language': 'de-AT' };
    const category = parsed(JSON.stringify(file)).categories[0]!;
    expect(category.definition).to.deep.equal({ de: '<b>Wer</b> handelt', en: '<b>Wer</b> handelt' });
    expect(category.example).to.deep.equal({ de: 'Ein Beispiel' });
  });

  it(`cuts a definition longer than ${MAX_CATEGORY_TEXT} characters, with the warning 'category-text-cut'`, () => {
    const long = `${'a'.repeat(MAX_CATEGORY_TEXT)}bbb`;
    const result = parsed(JSON.stringify(schemeToSkos(SCHEME, [{ ...ACTOR, definition: { en: long } }])));
    expect(result.categories[0]!.definition).to.deep.equal({ en: 'a'.repeat(MAX_CATEGORY_TEXT) });
    expect(result.warnings).to.deep.equal(['category-text-cut']);
  });

  it('cleans texts alike everywhere: trimmed, empty languages left out, nothing left is none', () => {
    expect(cleanCategoryText({ de: '  Wer  ', en: ' ' })).to.deep.equal({ value: { de: 'Wer' }, cut: false });
    expect(cleanCategoryText({ de: '', en: '' })).to.deep.equal({ cut: false });
    expect(cleanCategoryText(undefined)).to.deep.equal({ cut: false });
  });

  it('merges by IRI: a changed definition updates the stored category, the same file twice changes nothing', () => {
    const stored = [ACTOR];
    const same = parseSkosScheme(JSON.stringify(schemeToSkos(SCHEME, stored)), 'civics.jsonld');
    if (!same.ok) throw new Error('parse');
    expect(mergeImportedScheme([SCHEME], stored, same.value).categories).to.deep.equal([]);
    const newer = { ...ACTOR, definition: { de: 'Wer handelt.', en: 'Who acts.' } };
    const changed = parseSkosScheme(JSON.stringify(schemeToSkos(SCHEME, [newer])), 'civics.jsonld');
    if (!changed.ok) throw new Error('parse');
    const merge = mergeImportedScheme([SCHEME], stored, changed.value);
    expect(merge.updated).to.equal(1);
    expect(merge.categories[0]!.definition).to.deep.equal({ de: 'Wer handelt.', en: 'Who acts.' });
  });
});
