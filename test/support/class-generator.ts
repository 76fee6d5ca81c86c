/**
 * A class that tagged an article, made up for the class view's tests and benchmark (issue 16): a
 * model answer of passages at word boundaries, and students who tag like it with noise (they miss
 * some passages, shift edges by a word or two, use a wrong category now and then, tag a part of a
 * passage a second time, add passages of their own), from a seed, so every run makes the same class.
 * With it comes the TRUTH the tests check the app against: per student the model passages missed,
 * and per category how many students tagged each character. The hand-in files are the ones a
 * student's browser writes (toHandIn), zipped as Moodle's "download all submissions" does.
 *
 * Built so that the truth needs no judgement: model passages lie at least 2 × maxShiftWords + 1 words
 * apart, a shifted passage still overlaps its model passage by at least half of the shorter one,
 * and a student's own extra passages keep more than maxShiftWords words away from every model
 * passage (so they find none, of any category). Pure: node, browser and bench code all use it.
 */
import { strToU8, zipSync } from 'fflate';
import type { Assignment } from '../../src/model/assignments/assignment.js';
import { handInFileName } from '../../src/model/assignments/file-names.js';
import { toHandIn } from '../../src/model/assignments/hand-in.js';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import type { CategorySpan } from '../../src/model/agreement/spans.js';
import { describeRange } from '../../src/model/anchoring/text-quote.js';
import { type ArticleBlock, BLOCK_SEPARATOR, canonicalText } from '../../src/model/documents/article.js';
import type { Category } from '../../src/model/schemes/category.js';
import { modelSetId, studentSetId } from '../../src/model/sets/annotation-set.js';
import { stableUuid } from '../../src/model/w3c/stable-uuid.js';
import { randomInt, type Random, sample, seededRandom } from '../bench/bench-inputs.js';
import { makeAnnotation } from './annotations.js';

/** How students stray from the model answer. */
export interface ClassNoise {
  /** The share of model passages a student leaves out. */
  readonly missRate: number;
  /** The share of the passages a student tags with another category than the model's. */
  readonly wrongCategoryRate: number;
  /** The share of the passages a student tags with shifted edges. */
  readonly shiftRate: number;
  /** At most this many words an edge moves (each edge on its own). */
  readonly maxShiftWords: number;
  /** The share of the passages (of two words or more) a student tags a second time, a part of it. */
  readonly doubleRate: number;
  /** Passages of their own each student adds (nowhere near a model passage). */
  readonly extras: number;
}

/** The noise unless a caller gives its own. */
export const DEFAULT_NOISE: ClassNoise = { missRate: 0.2, wrongCategoryRate: 0.1, shiftRate: 0.3, maxShiftWords: 2, doubleRate: 0.2, extras: 3 };

/** What a class is made from. */
export interface ClassOptions {
  /** The article (a shipped article's blocks: its canonical text is what the annotations are on). */
  readonly blocks: readonly ArticleBlock[];
  readonly documentId: string;
  /** The assignment's id (a bare UUID): the model answer's and the students' set ids name it. */
  readonly assignmentId: string;
  /** The scheme's category ids. */
  readonly categories: readonly string[];
  readonly seed: number;
  readonly students: number;
  /** Model passages per category. */
  readonly passagesPerCategory: number;
  /** Over {@link DEFAULT_NOISE}. */
  readonly noise?: Partial<ClassNoise>;
}

/** One made-up student, their annotations and what the comparison with the model answer must say. */
export interface GeneratedStudent {
  /** A name, unique in the class ("Vorname Nachname"). */
  readonly name: string;
  /** Their annotations (set: the student's own set of the assignment), in text order. */
  readonly annotations: readonly Annotation[];
  /** The model passages they did not find: left out, or tagged with another category. In text order. */
  readonly missed: readonly CategorySpan[];
  /** Their passages tagged with another category than the model passage they lie on. */
  readonly wrongCategory: readonly CategorySpan[];
  /** Their own passages, near no model passage. */
  readonly extra: readonly CategorySpan[];
}

/** A made-up class. */
export interface GeneratedClass {
  readonly text: string;
  readonly categories: readonly string[];
  /** The model answer's annotations (set: the assignment's model answer), in text order, one category each. */
  readonly model: readonly Annotation[];
  readonly students: readonly GeneratedStudent[];
  /** Per category, how many students tagged each character (a student's overlapping spans counted once). */
  readonly heat: ReadonlyMap<string, Uint16Array>;
}

/** A word of the text: its range and its block. */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly block: number;
}

/** A passage in words: the first and last word (inclusive). */
interface WordSpan {
  readonly first: number;
  readonly last: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const FIRST_NAMES = ['Ada', 'Ben', 'Cem', 'Dana', 'Eva', 'Finn', 'Greta', 'Hannes', 'Ida', 'Jonas', 'Kim', 'Lea', 'Mehmet', 'Nora', 'Ole', 'Paula', 'Quirin', 'Rana', 'Sven', 'Tilda', 'Umut', 'Vera', 'Wim', 'Xenia', 'Yusuf', 'Zoe', 'Anton', 'Bela', 'Carla', 'Dario', 'Elif', 'Frieda', 'Goran', 'Hanna', 'Ilja', 'Jule', 'Karl', 'Lina', 'Milan', 'Nele'];
const LAST_NAMES = ['Berg', 'Ott', 'Aydin', 'Roth', 'Sand', 'Lang', 'Müller', 'Şahin', 'Kowalski', 'Nguyen', 'Weiß', 'Öztürk', 'Fischer', 'Jansen', 'Hoffmann'];

/** The name of student `index`: unique for the first 600 (first names × last names). */
export function studentName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]!} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]!}`;
}

/** Words of `blocks` in text order, with their ranges in the canonical text. */
function wordsOf(blocks: readonly ArticleBlock[]): Word[] {
  const words: Word[] = [];
  let at = 0;
  blocks.forEach((block, index) => {
    for (const match of block.text.matchAll(WORD)) words.push({ start: at + match.index, end: at + match.index + match[0].length, block: index });
    at += block.text.length + BLOCK_SEPARATOR.length;
  });
  return words;
}

/** The made-up class of `options`. Throws when the article has no room for so many model passages. */
export function generateClass(options: ClassOptions): GeneratedClass {
  const noise = { ...DEFAULT_NOISE, ...options.noise };
  const random = seededRandom(options.seed);
  const text = canonicalText(options.blocks);
  const words = wordsOf(options.blocks);
  const { categories } = options;
  const gap = 2 * noise.maxShiftWords + 1;

  // The model answer: passages of 1–6 words within a block, `gap` words apart from each other.
  const taken = new Uint8Array(words.length);
  const passages: (WordSpan & { category: string })[] = [];
  for (const category of categories) {
    for (let n = 0; n < options.passagesPerCategory; n++) {
      const span = place(random, words, taken, randomInt(random, 1, 6), gap);
      if (!span) throw new Error(`no room for ${options.passagesPerCategory} model passages per category in ${words.length} words`);
      passages.push({ ...span, category });
    }
  }
  passages.sort((a, b) => a.first - b.first);
  // Words a student's extra passage keeps away from: every model passage and maxShiftWords around it.
  const nearModel = new Uint8Array(words.length);
  for (const passage of passages) nearModel.fill(1, Math.max(0, passage.first - noise.maxShiftWords), passage.last + noise.maxShiftWords + 1);

  const annotation = (setId: string, span: WordSpan, category: string, key: string): Annotation =>
    makeAnnotation({
      id: stableUuid('close-reader:class-generator', `${options.seed}\u0000${key}`),
      setId,
      documentId: options.documentId,
      ...describeRange(text, words[span.first]!.start, words[span.last]!.end),
      categoryIds: [category],
    });
  const charSpan = (span: WordSpan, category: string): CategorySpan => ({ category, start: words[span.first]!.start, end: words[span.last]!.end });

  const model = passages.map((passage, index) => annotation(modelSetId(options.assignmentId), passage, passage.category, `model:${index}`));
  const heat = new Map(categories.map((category) => [category, new Uint16Array(text.length)]));
  const students = Array.from({ length: options.students }, (_, s): GeneratedStudent => {
    const name = studentName(s);
    const setId = studentSetId(options.assignmentId);
    const spans: (WordSpan & { category: string })[] = [];
    const missed: CategorySpan[] = [];
    const wrongCategory: CategorySpan[] = [];
    const extra: CategorySpan[] = [];
    for (const passage of passages) {
      const roll = random();
      if (roll < noise.missRate) {
        missed.push(charSpan(passage, passage.category));
        continue;
      }
      const span = random() < noise.shiftRate ? shifted(random, words, passage, noise.maxShiftWords) : passage;
      let category = passage.category;
      if (roll < noise.missRate + noise.wrongCategoryRate && categories.length > 1) {
        category = sample(random, categories.filter((other) => other !== passage.category), 1)[0]!;
        missed.push(charSpan(passage, passage.category));
        wrongCategory.push(charSpan(span, category));
      }
      spans.push({ ...span, category });
      if (span.last > span.first && random() < noise.doubleRate) {
        // A part of the passage tagged again (a clause of the sentence): its union is the passage.
        const first = randomInt(random, span.first, span.last - 1);
        spans.push({ first, last: randomInt(random, first, span.last - (first === span.first ? 1 : 0)), category });
      }
    }
    const own = nearModel.slice();
    for (let n = 0; n < noise.extras; n++) {
      const span = place(random, words, own, randomInt(random, 1, 8), 1);
      if (!span) break;
      const category = categories[randomInt(random, 0, categories.length - 1)]!;
      spans.push({ ...span, category });
      extra.push(charSpan(span, category));
    }
    spans.sort((a, b) => a.first - b.first || a.last - b.last);
    for (const category of categories) {
      const marks = new Uint8Array(text.length);
      for (const span of spans) if (span.category === category) marks.fill(1, words[span.first]!.start, words[span.last]!.end);
      const counts = heat.get(category)!;
      for (let offset = 0; offset < text.length; offset++) counts[offset] = counts[offset]! + marks[offset]!;
    }
    return {
      name,
      annotations: spans.map((span, index) => ({ ...annotation(setId, span, span.category, `${name}:${index}`), creator: name })),
      missed,
      wrongCategory,
      extra: extra.sort((a, b) => a.start - b.start),
    };
  });
  return { text, categories, model, students, heat };
}

/**
 * A free place for a passage of about `size` words within one block, `gap` words from anything
 * taken (marked as taken on return); undefined after 2,000 tries.
 */
function place(random: Random, words: readonly Word[], taken: Uint8Array, size: number, gap: number): WordSpan | undefined {
  for (let attempt = 0; attempt < 2000; attempt++) {
    const first = randomInt(random, 0, words.length - 1);
    let last = Math.min(words.length - 1, first + size - 1);
    while (words[last]!.block !== words[first]!.block) last--;
    let free = true;
    for (let w = Math.max(0, first - gap); w <= Math.min(words.length - 1, last + gap) && free; w++) if (taken[w]) free = false;
    if (!free) continue;
    taken.fill(1, first, last + 1);
    return { first, last };
  }
  return undefined;
}

/**
 * `passage` with each edge moved by up to `max` words within its block, still overlapping the
 * passage by at least half of the shorter of the two (else the passage as it was).
 */
function shifted(random: Random, words: readonly Word[], passage: WordSpan, max: number): WordSpan {
  const block = words[passage.first]!.block;
  let first = Math.min(words.length - 1, Math.max(0, passage.first + randomInt(random, -max, max)));
  let last = Math.min(words.length - 1, Math.max(0, passage.last + randomInt(random, -max, max)));
  while (words[first]!.block < block) first++;
  while (words[first]!.block > block) first--;
  while (words[last]!.block > block) last--;
  while (words[last]!.block < block) last++;
  if (first > last) return passage;
  const length = (span: WordSpan): number => words[span.last]!.end - words[span.first]!.start;
  const shared = Math.min(words[last]!.end, words[passage.last]!.end) - Math.max(words[first]!.start, words[passage.first]!.start);
  return 2 * shared >= Math.min(length({ first, last }), length(passage)) ? { first, last } : passage;
}

/**
 * `count` characters to check the heat layer at: per draw a category (in turn) and an offset, two
 * of three where at least one student tagged the category, the rest anywhere in a word. Each with
 * the count the truth gives.
 */
export function sampledCharacters(generated: GeneratedClass, count: number, seed: number): { category: string; offset: number; count: number }[] {
  const random = seededRandom(seed);
  const picked: { category: string; offset: number; count: number }[] = [];
  for (let n = 0; n < count; n++) {
    const category = generated.categories[n % generated.categories.length]!;
    const heat = generated.heat.get(category)!;
    const candidates: number[] = [];
    for (let offset = 0; offset < heat.length; offset++) {
      if (n % 3 < 2 ? heat[offset]! > 0 : /[\p{L}\p{N}]/u.test(generated.text[offset]!)) candidates.push(offset);
    }
    const offset = candidates[randomInt(random, 0, candidates.length - 1)]!;
    picked.push({ category, offset, count: heat[offset]! });
  }
  return picked;
}

/** What the hand-in files are written with. */
export interface HandInFileOptions {
  readonly assignment: Assignment;
  /** The article as the student's browser has it: IRI, digest (sha256 of the canonical text) and blocks. */
  readonly document: { readonly iri: string; readonly digest: string; readonly blocks: readonly ArticleBlock[] };
  /** The categories the annotations name (the assignment's scheme). */
  readonly categories: readonly Category[];
  /** When the first student handed in; each next one a minute later. */
  readonly firstHandedIn: string;
}

/** One hand-in file: its path in Moodle's archive and its JSON text. */
export interface HandInEntry {
  readonly student: string;
  /** "Name_<participant id>_assignsubmission_file_/<the file name the app gives>". */
  readonly path: string;
  readonly json: string;
}

/**
 * Each student's hand-in file as the student's browser writes it (toHandIn, JSON with two spaces,
 * named by handInFileName), in the folder Moodle's "download all submissions" puts it in.
 */
export function handInFiles(generated: GeneratedClass, options: HandInFileOptions): HandInEntry[] {
  const { assignment, document } = options;
  const text = canonicalText(document.blocks);
  return generated.students.map((student, index) => {
    const handedIn = new Date(Date.parse(options.firstHandedIn) + index * 60_000).toISOString();
    const file = toHandIn({
      assignment,
      document: { iri: document.iri, digest: document.digest, text, blocks: document.blocks },
      student: student.name,
      annotations: student.annotations,
      categories: options.categories,
      handedIn,
      locale: 'de',
    });
    const folder = `${student.name}_${12_345 + index}_assignsubmission_file_`;
    return { student: student.name, path: `${folder}/${handInFileName(assignment.title, student.name, handedIn)}`, json: JSON.stringify(file, null, 2) };
  });
}

/** The files zipped as one archive (Moodle's "download all submissions"). */
export function moodleZip(entries: readonly HandInEntry[]): Uint8Array {
  return zipSync(Object.fromEntries(entries.map((entry) => [entry.path, strToU8(entry.json)])));
}
