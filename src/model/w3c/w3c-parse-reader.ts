/**
 * Reads the annotations of one file, once w3c-parse.ts has found them: each item's target
 * (source, TextQuoteSelector, TextPositionSelector), bodies (tags and note), creator and times,
 * collecting every problem (which refuses the file) and what it reads past (warnings, one line
 * per kind for the whole file). Items of a Hypothesis export differ around the target; those
 * fields are read by w3c-parse-hypothesis.ts.
 */
import type { BlockType } from '../documents/article.js';
import { blockKindOfIri } from '../documents/block-kind-iri.js';
import { type Problem, problem } from '../result.js';
import { HYPOTHESIS_MODIFIED, hypothesisFields, hypothesisUri, isHypothesisReply } from './w3c-parse-hypothesis.js';
import { agentName, asArray, checkContext, defined, describe, iriOf, isJson, isTextSelector, type Json, wrongType } from './w3c-parse-json.js';
import type { IncomingAnnotation, IncomingTag, ParsedImport, W3cParseCode } from './w3c-parse.js';

/** Problems listed before the rest are only counted: a broken file should not flood the screen. */
const MAX_ERRORS = 50;

type Target = Pick<IncomingAnnotation, 'source' | 'quote' | 'position' | 'blockKinds'>;
type Bodies = Pick<IncomingAnnotation, 'tags' | 'note' | 'creator' | 'created' | 'modified'>;

/**
 * The block kinds a target's `scope` names with our IRIs (w3c-export.ts), each once, or undefined
 * when it names none. Any other scope (another tool's web page, something not an IRI) is context
 * we do not use and is read past without a word: it never refuses a file.
 */
function blockKindsOf(scope: unknown): BlockType[] | undefined {
  const kinds: BlockType[] = [];
  for (const value of asArray(scope)) {
    const iri = iriOf(value);
    const kind = iri === undefined ? undefined : blockKindOfIri(iri);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length > 0 ? kinds : undefined;
}

/** Reads the annotations of one file, collecting problems and what it reads past. */
export class AnnotationReader {
  private readonly problems: Problem<W3cParseCode>[] = [];
  private moreProblems = 0;
  private readonly ignoredSelectors = new Map<string, number>();
  private readonly severalTargets: number[] = [];
  private replies = 0;
  private readonly otherWarnings: Problem<W3cParseCode>[] = [];

  /** `file` only goes into messages; `format` is what w3c-parse.ts found the file to be. */
  constructor(
    private readonly file: string,
    private readonly format: ParsedImport['format'],
  ) {}

  /** The annotation at `index`, or undefined when it has problems (recorded) or is left out. */
  annotation(item: unknown, index: number): IncomingAnnotation | undefined {
    const before = this.problems.length + this.moreProblems;
    const rawId = isJson(item) && typeof item.id === 'string' ? item.id : undefined;
    const at = `${this.file}, annotation ${index + 1}${rawId ? ` (${rawId})` : ''}`;
    if (!isJson(item)) return this.problem(wrongType(at, 'an object', item));
    const hypothesis = this.format === 'hypothesis';
    if (hypothesis && isHypothesisReply(item)) {
      this.replies += 1;
      return undefined;
    }
    if (!hypothesis) {
      // Items of a page or collection may leave out @context; an annotation standing alone may not.
      const context = item['@context'] !== undefined || this.format === 'w3c-array' ? checkContext(item['@context'], at) : undefined;
      if (context) this.problem(context);
      if (!asArray(item.type).includes('Annotation')) this.problem(wrongType(`${at}: type`, '"Annotation"', item.type));
    }
    const target = this.target(item.target, at, index);
    const body: Bodies = hypothesis ? hypothesisFields(item, at, (found) => this.problem(found)) : this.bodies(item, at);
    if (this.problems.length + this.moreProblems > before || !target) return undefined;
    const creator = hypothesis ? body.creator : (agentName(item.creator) ?? body.creator);
    const created = this.time(item.created, `${at}: created`) ?? body.created;
    const modifiedField = hypothesis ? HYPOTHESIS_MODIFIED : 'modified';
    const modified = this.time(item[modifiedField], `${at}: ${modifiedField}`) ?? body.modified;
    // Our ids are `urn:uuid:<uuid>`; other tools' ids ("#abc", "Jz8Ac…") are kept as they are, so
    // that the importer can derive the same stored id from them on every import.
    const id = rawId?.match(/^urn:uuid:(.+)$/i)?.[1] ?? rawId;
    const source = target.source ?? (hypothesis ? hypothesisUri(item) : undefined);
    return defined({ index, id, source, quote: target.quote, position: target.position, blockKinds: target.blockKinds, tags: body.tags, note: body.note, creator, created, modified });
  }

  /**
   * The target: a plain IRI, a SpecificResource (with or without `type`), or a list of targets, of
   * which the first with a text selector is read (a passage can only sit in one article here).
   */
  private target(value: unknown, at: string, index: number): Target | undefined {
    if (value === undefined || value === null) return this.problem(problem('target-missing', { where: at }, `${at}: target is missing`));
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) return this.problem(problem('target-empty', { where: at }, `${at}: target is an empty list`));
    if (list.length > 1) this.severalTargets.push(index + 1);
    const field = (i: number) => (Array.isArray(value) ? `target[${i}]` : 'target');
    const chosen = Math.max(0, list.findIndex((target) => isJson(target) && asArray(target.selector).some(isTextSelector)));
    const target: unknown = list[chosen];
    const where = `${at}: ${field(chosen)}`;
    let source: string | undefined;
    let selectors: readonly unknown[] = [];
    let blockKinds: BlockType[] | undefined;
    if (typeof target === 'string') source = target;
    else if (isJson(target)) {
      source = iriOf(target.source) ?? (target.source === undefined ? iriOf(target.id) : undefined);
      selectors = asArray(target.selector);
      blockKinds = blockKindsOf(target.scope);
    } else return this.problem(wrongType(where, 'an IRI or an object', target));
    const selectorField = (i: number) => `${where}.selector${isJson(target) && Array.isArray(target.selector) ? `[${i}]` : ''}`;
    let quote: Target['quote'];
    let position: Target['position'];
    selectors.forEach((selector, i) => {
      const type = isJson(selector) && typeof selector.type === 'string' ? selector.type : typeof selector === 'string' ? 'IRI' : 'untyped';
      if (type === 'TextQuoteSelector' && !quote) quote = this.quote(selector as Json, `${selectorField(i)} (TextQuoteSelector)`);
      else if (type === 'TextPositionSelector' && !position) position = this.position(selector as Json, `${selectorField(i)} (TextPositionSelector)`);
      else this.ignoredSelectors.set(type, (this.ignoredSelectors.get(type) ?? 0) + 1);
    });
    if (!quote && !position && !selectors.some(isTextSelector)) {
      this.problem(problem('no-text-selector', { where }, `${where}: no TextQuoteSelector and no TextPositionSelector, so no passage to mark`));
    }
    return defined({ source, quote, position, blockKinds });
  }

  private quote(selector: Json, where: string): Target['quote'] {
    const { exact, prefix, suffix } = selector;
    if (typeof exact !== 'string' || exact === '') return this.problem(wrongType(`${where}.exact`, 'the quoted text', exact));
    for (const [name, value] of [['prefix', prefix], ['suffix', suffix]] as const) {
      if (value !== undefined && typeof value !== 'string') return this.problem(wrongType(`${where}.${name}`, 'text', value));
    }
    return defined({ exact, prefix: prefix as string | undefined, suffix: suffix as string | undefined });
  }

  private position(selector: Json, where: string): Target['position'] {
    const start = this.offset(selector.start, `${where}.start`);
    const end = this.offset(selector.end, `${where}.end`);
    if (start === undefined || end === undefined) return undefined;
    if (end < start) return this.problem(problem('end-before-start', { where, start, end }, `${where}: end ${end} is before start ${start}`));
    if (end === start) return this.problem(problem('empty-range', { where, start }, `${where}: start and end are both ${start}, which selects nothing`));
    return { start, end };
  }

  /** A TextPositionSelector offset: a whole number, not negative (4.2.5). */
  private offset(value: unknown, where: string): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.problem(wrongType(where, 'a whole number', value));
    if (value < 0) return this.problem(problem('offset-negative', { where, value }, `${where}: ${value} is negative`));
    return value;
  }

  /**
   * Tags and note from the bodies (3.2). `tagging` or `classifying` text is a tag label; a
   * `classifying` or `tagging` SpecificResource, a plain IRI or an External Web Resource names a
   * tag by IRI; other text (`commenting`, or no purpose) is the note, several joined by a blank
   * line. A label directly followed by an IRI is one tag, as w3c-export.ts writes them, so a
   * category that is new here arrives with both its IRI and its label. `bodyValue` (3.2.5) is a
   * TextualBody without purpose: a comment.
   */
  private bodies(item: Json, at: string): Bodies {
    const list: unknown[] = [...asArray(item.body)];
    if (typeof item.bodyValue === 'string') list.push({ type: 'TextualBody', value: item.bodyValue });
    const tags: IncomingTag[] = [];
    const notes: string[] = [];
    let label = -1; // the index in `tags` of a label the very next body may give an IRI
    let first: Json | undefined; // Recogito puts creator and times on its bodies
    list.forEach((body, i) => {
      const where = `${at}: body${Array.isArray(item.body) ? `[${i}]` : ''}`;
      const previous = label;
      label = -1;
      const purposes = isJson(body) ? asArray(body.purpose) : [];
      const tagging = purposes.includes('tagging') || purposes.includes('classifying');
      let iri: string | undefined;
      if (typeof body === 'string') iri = body || undefined;
      else if (!isJson(body)) return this.problem(wrongType(where, 'an IRI or an object', body));
      else if (body.value !== undefined || asArray(body.type).includes('TextualBody')) {
        first ??= body;
        if (typeof body.value !== 'string') return this.problem(wrongType(`${where}.value`, 'text', body.value));
        if (tagging && body.value.trim() !== '') label = tags.push({ label: body.value }) - 1;
        else if (!tagging && body.value !== '') notes.push(body.value);
        return;
      } else if (body.source !== undefined) iri = purposes.length === 0 || tagging ? iriOf(body.source) : undefined;
      else iri = iriOf(body.id);
      if (iri !== undefined && previous >= 0) tags[previous] = { ...tags[previous], iri };
      else if (iri !== undefined) tags.push({ iri });
    });
    return {
      tags,
      note: notes.length > 0 ? notes.join('\n\n') : undefined,
      creator: agentName(first?.creator),
      created: this.time(first?.created, `${at}: body created`),
      modified: this.time(first?.modified, `${at}: body modified`),
    };
  }

  /**
   * A timestamp (3.3.1: xsd:dateTime, so ISO 8601 with a time zone), kept as written; anything else
   * gives a warning and is dropped, and the importer uses its clock. Date.parse alone would take "2".
   */
  private time(value: unknown, where: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return value;
    const found = describe(value);
    this.otherWarnings.push(problem('not-a-date', { where, found }, `${where}: ${found} is not a date; the time of the import is used`));
    return undefined;
  }

  /** Records a problem that refuses the file. Returns undefined, for `return this.problem(…)`. */
  private problem(found: Problem<W3cParseCode>): undefined {
    if (this.problems.length < MAX_ERRORS) this.problems.push(found);
    else this.moreProblems += 1;
    return undefined;
  }

  /** The problems found, at most MAX_ERRORS of them and a count of the rest ('more-problems'). */
  errors(): Problem<W3cParseCode>[] {
    if (this.moreProblems === 0) return this.problems;
    const more = problem('more-problems', { file: this.file, count: this.moreProblems }, `${this.file}: and ${this.moreProblems} more problems`);
    return [...this.problems, more];
  }

  /** What was read past: one line per kind, for the whole file, so 5,000 RangeSelectors make one. */
  warnings(): Problem<W3cParseCode>[] {
    const { file } = this;
    const warnings = [...this.otherWarnings];
    if (this.ignoredSelectors.size > 0) {
      const count = [...this.ignoredSelectors.values()].reduce((a, b) => a + b, 0);
      const kinds = [...this.ignoredSelectors].map(([type, n]) => `${type} ×${n}`).join(', ');
      const message = `${file}: ${count} selector${count === 1 ? '' : 's'} Close Reader does not use, read past: ${kinds}`;
      warnings.push(problem('selectors-ignored', { file, count, kinds }, message));
    }
    if (this.severalTargets.length > 0) {
      const count = this.severalTargets.length;
      const annotations = this.severalTargets.slice(0, 10).join(', ') + (count > 10 ? ', …' : '');
      const message = `${file}: annotation${count === 1 ? '' : 's'} ${annotations}: several targets; only the first with a text selector is imported`;
      warnings.push(problem('several-targets', { file, count, annotations }, message));
    }
    if (this.replies > 0) {
      const count = this.replies;
      const message = `${file}: ${count} repl${count === 1 ? 'y' : 'ies'} left out: a reply answers an annotation and marks no passage`;
      warnings.push(problem('replies-left-out', { file, count }, message));
    }
    return warnings;
  }
}
