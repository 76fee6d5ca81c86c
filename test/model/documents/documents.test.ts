/**
 * The shipped articles (documents/) against the raw seeds they were made from
 * (test/fixtures/seeds/). A reader trusts that Close Reader shows the article, the whole article
 * and nothing but the article: every word of the seed is here, in order, and the only differences
 * are the few declared below, each with its reason. The manifest's digest and word count follow
 * the text, so a changed body is noticed (test/support/update-digests.ts recomputes them).
 */
import { expect } from '@open-wc/testing';
import { type ArticleBody, canonicalText } from '../../../src/model/documents/article.js';
import { type ArticleEntry, countWords, parseArticleBody, parseManifest, splitWords } from '../../../src/model/documents/library.js';

/** One difference between a seed's words and its article's words, in {@link wordDiff}'s words. */
interface DeclaredDifference {
  readonly change: string;
  readonly reason: string;
}

/**
 * The shipped articles in seed order, each with every word-level difference from its seed that
 * the article is allowed to have. Anything else lost, added or changed fails the test.
 */
const DECLARED: ReadonlyArray<{ readonly id: string; readonly differences: readonly DeclaredDifference[] }> = [
  { id: 'sanctuary-cities-gegen-trump', differences: [] },
  {
    id: 'zweierlei-solidaritaet',
    differences: [
      {
        change: '+ added "Einrichtungen ermöglichen soll" at seed word 459',
        reason:
          'The pull quote interrupts the sentence "… den Zugang zu sozialen / Einrichtungen ermöglichen soll." ' +
          'in the seed; the sentence is rejoined and the pull quote follows its paragraph.',
      },
      {
        change: '- removed "Priorität.Einrichtungen ermöglichen soll" at seed word 473',
        reason: 'The end of the interrupted sentence, moved up (see above); in the seed it is glued to the pull quote.',
      },
      {
        change: '+ added "Priorität" at seed word 473',
        reason: 'The pull quote\'s last word, "Priorität.", unglued from "Einrichtungen".',
      },
    ],
  },
  { id: 'ice-einsatz-minneapolis', differences: [] },
  { id: 'kelly-keine-massenabschiebungen', differences: [] },
  {
    id: 'washington-erhoeht-den-druck',
    differences: [
      {
        change:
          '- removed "drängenWashington erhöht den Druck Wie die USA westliche Regierungen zu härteren ' +
          'Maßnahmen gegen Migration" at seed word 15',
        reason: 'The seed doubles the headline, glued ("…drängenWashington erhöht…"); the article has it once.',
      },
    ],
  },
];

/**
 * The word-level differences that turn `seed` into `article`, one line per change, in seed order:
 * `- removed "…" at seed word N` and `+ added "…" at seed word N` (N counts from 1; an addition
 * comes before seed word N). A longest common subsequence over the two word arrays: quadratic, and
 * fine for articles of a few thousand words.
 */
function wordDiff(seed: readonly string[], article: readonly string[]): string[] {
  const n = seed.length;
  const m = article.length;
  const width = m + 1;
  // common[i * width + j]: length of the longest common subsequence of seed[i..] and article[j..].
  const common = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i * width + j] =
        seed[i] === article[j]
          ? common[(i + 1) * width + j + 1]! + 1
          : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const changes: string[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  let at = 0;
  const flush = (): void => {
    if (removed.length > 0) changes.push(`- removed "${removed.join(' ')}" at seed word ${at + 1}`);
    if (added.length > 0) changes.push(`+ added "${added.join(' ')}" at seed word ${at + 1}`);
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && seed[i] === article[j]) {
      flush();
      i++;
      j++;
      continue;
    }
    if (removed.length === 0 && added.length === 0) at = i;
    // On a tie, remove before adding, so that a changed word reads as "removed x, added y".
    if (j >= m || (i < n && common[(i + 1) * width + j]! >= common[i * width + j + 1]!)) {
      removed.push(seed[i++]!);
    } else {
      added.push(article[j++]!);
    }
  }
  flush();
  return changes;
}

/** Hex SHA-256 of a text's UTF-8, as the manifest's digest has it after `sha256:`. */
async function sha256Hex(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Fetches from the test server, failing with the URL and status instead of parsing an error page. */
async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** One shipped article as the tests see it: its manifest entry, its body and its raw seed. */
interface ShippedArticle {
  readonly entry: ArticleEntry;
  readonly body: ArticleBody;
  readonly text: string;
  readonly seed: string;
}

let library: Promise<Map<string, ShippedArticle>> | undefined;

/** Fetches the manifest, every body and every seed once; a parse failure names what is wrong. */
function loadLibrary(): Promise<Map<string, ShippedArticle>> {
  library ??= (async () => {
    const manifest = parseManifest(await (await fetchOk('/documents/manifest.json')).json());
    if (!manifest.ok) throw new Error(manifest.problems.map((problem) => problem.message).join('\n'));
    const articles = new Map<string, ShippedArticle>();
    for (const entry of manifest.value.documents) {
      if (!entry.file || !entry.seed) throw new Error(`${entry.id}: a shipped article names its file and seed`);
      const body = parseArticleBody(await (await fetchOk(`/documents/${entry.file}`)).json(), entry.file);
      if (!body.ok) throw new Error(body.problems.map((problem) => problem.message).join('\n'));
      const seed = await (await fetchOk(`/test/fixtures/seeds/${entry.seed}`)).text();
      articles.set(entry.id, { entry, body: body.value, text: canonicalText(body.value.blocks), seed });
    }
    return articles;
  })();
  return library;
}

/** One shipped article by id, failing with its name when the manifest does not list it. */
async function article(id: string): Promise<ShippedArticle> {
  const found = (await loadLibrary()).get(id);
  if (!found) throw new Error(`the manifest lists no article "${id}"`);
  return found;
}

describe('The shipped articles', () => {
  describe('the manifest', () => {
    it('parses and lists the five seeded articles in seed order', async () => {
      const articles = await loadLibrary();
      expect([...articles.keys()]).to.deep.equal(DECLARED.map((declared) => declared.id));
      expect([...articles.values()].map((shipped) => shipped.entry.seed)).to.deep.equal(
        [...articles.values()].map((shipped) => shipped.entry.seed).sort(),
      );
    });

    it('names for each article a body that parses and carries the same id and language', async () => {
      for (const { entry, body } of (await loadLibrary()).values()) {
        expect(body.id, entry.file).to.equal(entry.id);
        expect(body.lang, entry.file).to.equal(entry.lang);
      }
    });

    it('states a digest and a word count that match the body, so a changed text is noticed', async () => {
      for (const { entry, text } of (await loadLibrary()).values()) {
        const hint = `${entry.id}: the body changed; if on purpose, run npx tsx test/support/update-digests.ts`;
        expect(entry.digest, hint).to.equal(`sha256:${await sha256Hex(text)}`);
        expect(entry.wordCount, hint).to.equal(countWords(text));
      }
    });
  });

  describe('the word diff that guards the articles', () => {
    it('names a lost, an added and a changed word with its place in the seed', () => {
      const seed = ['Die', 'Stadt', 'bleibt', 'eine', 'Zuflucht'];
      const changed = ['Die', 'bleibt', 'eine', 'sichere', 'Heimat'];
      expect(wordDiff(seed, changed)).to.deep.equal([
        '- removed "Stadt" at seed word 2',
        '- removed "Zuflucht" at seed word 5',
        '+ added "sichere Heimat" at seed word 5',
      ]);
      expect(wordDiff(seed, seed)).to.deep.equal([]);
    });
  });

  describe('the words of each article', () => {
    for (const { id, differences } of DECLARED) {
      it(`${id} keeps every word of its seed in order, apart from ${differences.length} declared difference(s)`, async () => {
        const { text, seed } = await article(id);
        const found = wordDiff(splitWords(seed), splitWords(text));
        expect(found, `${id} differs from its seed:\n${found.join('\n')}\n`).to.deep.equal(
          differences.map((declared) => declared.change),
        );
      });
    }
  });

  describe('the block texts', () => {
    it('hold no line break and no whitespace at either end', async () => {
      for (const { entry, body } of (await loadLibrary()).values()) {
        body.blocks.forEach((block, index) => {
          const where = `${entry.file} block ${index} (${block.type})`;
          expect(block.text, where).not.to.match(/[\r\n\u2028\u2029]/);
          expect(block.text, where).to.equal(block.text.trim());
        });
      }
    });

    it('join the hard-wrapped lines of zweierlei-solidaritaet into whole paragraphs', async () => {
      const { body, seed } = await article('zweierlei-solidaritaet');
      const widestLine = Math.max(...seed.split('\n').map((line) => line.trim().length));
      const prose = body.blocks.filter((block) => block.type === 'paragraph' || block.type === 'lead');
      expect(prose.length).to.be.greaterThan(10);
      for (const block of prose) {
        expect(block.text.length, block.text.slice(0, 60)).to.be.greaterThan(widestLine);
      }
      // A compound split at a line end keeps its hyphen and loses the break; a split list keeps its space.
      expect(body.blocks.some((block) => block.text.includes('»Sanctuary«-Bewegung an, es entstanden'))).to.equal(true);
      expect(body.blocks.some((block) => block.text.includes('Auch Militär- und Handelsschiffen'))).to.equal(true);
    });

    it('place the pull quote of zweierlei-solidaritaet after the sentence it interrupted', async () => {
      const { blocks } = (await article('zweierlei-solidaritaet')).body;
      const quote = blocks.findIndex((block) => block.type === 'pullquote');
      expect(blocks[quote]?.text).to.equal(
        'Der Schutz undokumentierter Migranten vor dem Zugriff der Bundesbehörden hat in US-amerikanischen ' +
          '»Sanctuary Cities« Priorität.',
      );
      expect(blocks[quote - 1]?.type).to.equal('paragraph');
      expect(blocks[quote - 1]?.text).to.match(/den Zugang zu sozialen Einrichtungen ermöglichen soll\.$/);
    });
  });
});
