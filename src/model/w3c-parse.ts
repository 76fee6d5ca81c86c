/**
 * Parse: any annotation file Close Reader accepts, turned into what an import needs. Accepts W3C
 * Web Annotation JSON-LD (a collection with its first page embedded, a page, an array of
 * annotations, one annotation: ours, Recogito's and others') and the Hypothesis client's export.
 * Never throws: the result is the annotations with warnings, or every problem found, each naming
 * the file, the annotation (1-based, with its id) and the field. Whether a position fits the
 * article's text, and whether the article is in the library, the importer checks (import-plan.ts).
 */
import { ANNO_CONTEXT } from './w3c-types.js';

/** Longest file text accepted, checked before JSON.parse: 50 MB (UTF-16 units ≤ UTF-8 bytes). */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
/** Most annotations accepted from one file. */
export const MAX_IMPORT_ANNOTATIONS = 100_000;
/** Problems listed before the rest are only counted: a broken file should not flood the screen. */
const MAX_ERRORS = 50;

/** A tag of an incoming annotation: a category named by IRI, by label, or both. */
export interface IncomingTag {
  readonly iri?: string;
  readonly label?: string;
}

/** One annotation of a file, as far as the file can say it; the importer places and stores it. */
export interface IncomingAnnotation {
  /** Position in the file (0-based). */
  readonly index: number;
  /** Our UUID when the id is `urn:uuid:…`, else the id as it was (so a second import is recognised). */
  readonly id?: string;
  /** The target's source IRI or URL. */
  readonly source?: string;
  readonly quote?: { readonly exact: string; readonly prefix?: string; readonly suffix?: string };
  /** In code points, as in the file. */
  readonly position?: { readonly start: number; readonly end: number };
  readonly tags: readonly IncomingTag[];
  readonly note?: string;
  readonly creator?: string;
  readonly created?: string;
  readonly modified?: string;
}

/** A parsed file: what it was, its annotations, and what was read past. */
export interface ParsedImport {
  readonly format: 'w3c-collection' | 'w3c-page' | 'w3c-array' | 'w3c-annotation' | 'hypothesis';
  readonly annotations: readonly IncomingAnnotation[];
  readonly warnings: readonly string[];
}

/** The parsed file, or every problem with it. */
export type ParseResult = { readonly ok: true; readonly value: ParsedImport } | { readonly ok: false; readonly errors: readonly string[] };

type Json = Record<string, unknown>;
type Format = ParsedImport['format'];
type Found = { ok: true; format: Format; items: readonly unknown[]; warnings: string[] } | { ok: false; errors: string[] };

/** Reads an annotation file's text. `fileName` only goes into messages. */
export function parseAnnotationFile(text: string, fileName: string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, errors: [`${fileName}: the file is ${Math.ceil(text.length / 2 ** 20)} MB; Close Reader imports files up to 50 MB`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const found = findAnnotations(json, fileName);
  if (!found.ok) return found;
  if (found.items.length > MAX_IMPORT_ANNOTATIONS) {
    return { ok: false, errors: [`${fileName}: ${found.items.length.toLocaleString('en')} annotations; Close Reader imports at most 100,000 from one file`] };
  }
  const reader = new Reader(fileName, found.format);
  const annotations: IncomingAnnotation[] = [];
  found.items.forEach((item, index) => {
    const incoming = reader.annotation(item, index);
    if (incoming) annotations.push(incoming);
  });
  const errors = reader.errors();
  if (errors.length > 0) return { ok: false, errors };
  const warnings = [...found.warnings, ...reader.warnings()];
  if (found.items.length === 0) warnings.push(`${fileName}: the file holds no annotations`);
  return { ok: true, value: { format: found.format, annotations, warnings } };
}

/** Which format the file is in, and the list of its annotations (not yet read). */
function findAnnotations(json: unknown, file: string): Found {
  const fail = (message: string): Found => ({ ok: false, errors: [`${file}: ${message}`] });
  if (Array.isArray(json)) return { ok: true, format: 'w3c-array', items: json, warnings: [] };
  if (!isJson(json)) return fail(`expected a W3C Web Annotation document or a Hypothesis export, found ${describe(json)}`);
  // Hypothesis exports carry no @context and no type; they are known by their `annotations` list.
  if (json['@context'] === undefined && json.type === undefined && Array.isArray(json.annotations)) {
    return { ok: true, format: 'hypothesis', items: json.annotations, warnings: [] };
  }
  if (json['@context'] === undefined && json.type === undefined) {
    return fail('neither a W3C Web Annotation document (no "@context" and "type") nor a Hypothesis export (no "annotations" list)');
  }
  const contextProblem = checkContext(json['@context']);
  if (contextProblem) return fail(contextProblem);
  const types = asArray(json.type);
  if (types.includes('Annotation')) return { ok: true, format: 'w3c-annotation', items: [json], warnings: [] };
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(json.items)) return fail(`items: expected a list of annotations, found ${describe(json.items)}`);
    return { ok: true, format: 'w3c-page', items: json.items, warnings: morePages(json, 'next', file) };
  }
  if (!types.includes('AnnotationCollection')) {
    return fail(`type: expected "Annotation", "AnnotationPage" or "AnnotationCollection", found ${describe(json.type)}`);
  }
  const first = json.first;
  if (first === undefined) {
    // Not the model's shape, but some tools put the items on the collection itself.
    if (Array.isArray(json.items)) return { ok: true, format: 'w3c-collection', items: json.items, warnings: [] };
    if (typeof json.total === 'number' && json.total > 0) return fail(`first: missing, although total is ${json.total}`);
    return { ok: true, format: 'w3c-collection', items: [], warnings: [] };
  }
  if (typeof first === 'string') return fail(`first: the annotations are not in the file, only the address of their page ("${first}")`);
  if (!isJson(first) || !Array.isArray(first.items)) return fail(`first.items: expected a list of annotations`);
  return { ok: true, format: 'w3c-collection', items: first.items, warnings: morePages(first, 'first.next', file) };
}

/** A warning when the page names a next page: only the pages in the file can be read. */
function morePages(page: Json, field: string, file: string): string[] {
  if (page.next === undefined) return [];
  return [`${file}: ${field}: the collection has further pages that are not in the file; only this page's annotations are imported`];
}

/** Why a `@context` is not the Web Annotation one, or undefined when it is (model 3.1). */
function checkContext(context: unknown): string | undefined {
  if (context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT))) return undefined;
  if (context === undefined) return `@context is missing: expected "${ANNO_CONTEXT}"`;
  return `@context is ${describe(context)}: expected "${ANNO_CONTEXT}" or a list that contains it`;
}

/** Reads the annotations of one file, collecting problems and what it reads past. */
class Reader {
  private readonly problems: string[] = [];
  private moreProblems = 0;
  private readonly ignoredSelectors = new Map<string, number>();
  private readonly severalTargets: number[] = [];
  private replies = 0;
  private readonly otherWarnings: string[] = [];

  constructor(
    private readonly file: string,
    private readonly format: Format,
  ) {}

  /** The annotation at `index`, or undefined when it has problems (recorded) or is left out. */
  annotation(item: unknown, index: number): IncomingAnnotation | undefined {
    const before = this.problems.length + this.moreProblems;
    const rawId = isJson(item) && typeof item.id === 'string' ? item.id : undefined;
    const at = `${this.file}, annotation ${index + 1}${rawId ? ` (${rawId})` : ''}`;
    if (!isJson(item)) return this.problem(`${at}: expected an object, found ${describe(item)}`);
    const hypothesis = this.format === 'hypothesis';
    if (hypothesis && Array.isArray(item.references) && item.references.length > 0) {
      this.replies += 1; // a reply answers another annotation; it marks no passage
      return undefined;
    }
    if (!hypothesis) {
      // Items of a page or collection may leave out @context; an annotation standing alone may not.
      const problem = item['@context'] !== undefined || this.format === 'w3c-array' ? checkContext(item['@context']) : undefined;
      if (problem) this.problem(`${at}: ${problem}`);
      if (!asArray(item.type).includes('Annotation')) this.problem(`${at}: type: expected "Annotation", found ${describe(item.type)}`);
    }
    const target = this.target(item.target, at, index);
    const body = hypothesis ? hypothesisBody(item, at, this) : this.bodies(item, at);
    if (this.problems.length + this.moreProblems > before || !target) return undefined;
    const creator = hypothesis ? hypothesisUser(item) : (agentName(item.creator) ?? body.creator);
    const created = this.time(item.created, `${at}: created`) ?? body.created;
    const modified = this.time(hypothesis ? item.updated : item.modified, `${at}: ${hypothesis ? 'updated' : 'modified'}`) ?? body.modified;
    // Our ids are `urn:uuid:<uuid>`; other tools' ids ("#abc", "Jz8Ac…") are kept as they are, so
    // that the importer can derive the same stored id from them on every import.
    const id = rawId?.match(/^urn:uuid:(.+)$/i)?.[1] ?? rawId;
    const source = target.source ?? (hypothesis && typeof item.uri === 'string' && item.uri !== '' ? item.uri : undefined);
    return defined({ index, id, source, quote: target.quote, position: target.position, tags: body.tags, note: body.note, creator, created, modified });
  }

  /**
   * The target: a plain IRI, a SpecificResource (with or without `type`), or a list of targets, of
   * which the first with a text selector is read (a passage can only sit in one article here).
   */
  private target(value: unknown, at: string, index: number): Target | undefined {
    if (value === undefined || value === null) return this.problem(`${at}: target is missing`);
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) return this.problem(`${at}: target is an empty list`);
    if (list.length > 1) this.severalTargets.push(index + 1);
    const field = (i: number) => (Array.isArray(value) ? `target[${i}]` : 'target');
    const chosen = Math.max(0, list.findIndex((target) => isJson(target) && asArray(target.selector).some(isTextSelector)));
    const target: unknown = list[chosen];
    const where = `${at}: ${field(chosen)}`;
    let source: string | undefined;
    let selectors: readonly unknown[] = [];
    if (typeof target === 'string') source = target;
    else if (isJson(target)) {
      source = iriOf(target.source) ?? (target.source === undefined ? iriOf(target.id) : undefined);
      selectors = asArray(target.selector);
    } else return this.problem(`${where}: expected an IRI or an object, found ${describe(target)}`);
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
      this.problem(`${where}: no TextQuoteSelector and no TextPositionSelector, so no passage to mark`);
    }
    return defined({ source, quote, position });
  }

  private quote(selector: Json, where: string): Target['quote'] {
    const { exact, prefix, suffix } = selector;
    if (typeof exact !== 'string' || exact === '') return this.problem(`${where}.exact: expected the quoted text, found ${describe(exact)}`);
    for (const [name, value] of [['prefix', prefix], ['suffix', suffix]] as const) {
      if (value !== undefined && typeof value !== 'string') return this.problem(`${where}.${name}: expected text, found ${describe(value)}`);
    }
    return defined({ exact, prefix: prefix as string | undefined, suffix: suffix as string | undefined });
  }

  private position(selector: Json, where: string): Target['position'] {
    const start = this.offset(selector.start, `${where}.start`);
    const end = this.offset(selector.end, `${where}.end`);
    if (start === undefined || end === undefined) return undefined;
    if (end < start) return this.problem(`${where}: end ${end} is before start ${start}`);
    if (end === start) return this.problem(`${where}: start and end are both ${start}, which selects nothing`);
    return { start, end };
  }

  /** A TextPositionSelector offset: a whole number, not negative (4.2.5). */
  private offset(value: unknown, where: string): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.problem(`${where}: expected a whole number, found ${describe(value)}`);
    if (value < 0) return this.problem(`${where}: ${value} is negative`);
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
      else if (!isJson(body)) return this.problem(`${where}: expected an IRI or an object, found ${describe(body)}`);
      else if (body.value !== undefined || asArray(body.type).includes('TextualBody')) {
        first ??= body;
        if (typeof body.value !== 'string') return this.problem(`${where}.value: expected text, found ${describe(body.value)}`);
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
  time(value: unknown, where: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return value;
    this.otherWarnings.push(`${where}: ${describe(value)} is not a date; the time of the import is used`);
    return undefined;
  }

  /** Records a problem that refuses the file. Returns undefined, for `return this.problem(…)`. */
  problem(message: string): undefined {
    if (this.problems.length < MAX_ERRORS) this.problems.push(message);
    else this.moreProblems += 1;
    return undefined;
  }

  /** The problems found, at most MAX_ERRORS of them and a count of the rest. */
  errors(): string[] {
    return this.moreProblems > 0 ? [...this.problems, `${this.file}: and ${this.moreProblems} more problems`] : this.problems;
  }

  /** What was read past: one line per kind, for the whole file, so 5,000 RangeSelectors make one. */
  warnings(): string[] {
    const warnings = [...this.otherWarnings];
    if (this.ignoredSelectors.size > 0) {
      const total = [...this.ignoredSelectors.values()].reduce((a, b) => a + b, 0);
      const kinds = [...this.ignoredSelectors].map(([type, n]) => `${type} ×${n}`).join(', ');
      warnings.push(`${this.file}: ${total} selector${total === 1 ? '' : 's'} Close Reader does not use, read past: ${kinds}`);
    }
    if (this.severalTargets.length > 0) {
      const list = this.severalTargets.slice(0, 10).join(', ') + (this.severalTargets.length > 10 ? ', …' : '');
      warnings.push(`${this.file}: annotation${this.severalTargets.length === 1 ? '' : 's'} ${list}: several targets; only the first with a text selector is imported`);
    }
    if (this.replies > 0) warnings.push(`${this.file}: ${this.replies} repl${this.replies === 1 ? 'y' : 'ies'} left out: a reply answers an annotation and marks no passage`);
    return warnings;
  }
}

type Target = Pick<IncomingAnnotation, 'source' | 'quote' | 'position'>;
type Bodies = Pick<IncomingAnnotation, 'tags' | 'note' | 'creator' | 'created' | 'modified'>;

/** Hypothesis: `tags` are labels, `text` (Markdown, kept as plain text) is the note. */
function hypothesisBody(row: Json, at: string, reader: Reader): Bodies {
  const tags: IncomingTag[] = [];
  if (row.tags !== undefined && !Array.isArray(row.tags)) reader.problem(`${at}: tags: expected a list of text, found ${describe(row.tags)}`);
  asArray(row.tags).forEach((tag, i) => {
    if (typeof tag !== 'string') reader.problem(`${at}: tags[${i}]: expected text, found ${describe(tag)}`);
    else if (tag.trim() !== '') tags.push({ label: tag });
  });
  if (row.text !== undefined && typeof row.text !== 'string') reader.problem(`${at}: text: expected text, found ${describe(row.text)}`);
  return { tags, note: typeof row.text === 'string' && row.text !== '' ? row.text : undefined };
}

/** The name Hypothesis shows: `user_info.display_name`, else the account without `acct:` and `@hypothes.is`. */
function hypothesisUser(row: Json): string | undefined {
  const display = isJson(row.user_info) ? row.user_info.display_name : undefined;
  if (typeof display === 'string' && display !== '') return display;
  return typeof row.user === 'string' && row.user !== '' ? row.user.replace(/^acct:/, '').replace(/@hypothes\.is$/, '') : undefined;
}

/** An agent's name (3.3.2): its `name`, else `nickname`, else its IRI; the first of several. */
function agentName(agent: unknown): string | undefined {
  const first: unknown = Array.isArray(agent) ? agent[0] : agent;
  if (typeof first === 'string') return first || undefined;
  if (!isJson(first)) return undefined;
  for (const value of [first.name, first.nickname, first.id]) {
    const text: unknown = Array.isArray(value) ? value[0] : value;
    if (typeof text === 'string' && text !== '') return text;
  }
  return undefined;
}

/** An IRI given as a string or as an object's `id`. */
function iriOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  return isJson(value) && typeof value.id === 'string' ? value.id || undefined : undefined;
}

/** `fields` without its undefined values: optional properties are left out, not set to undefined. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function isTextSelector(selector: unknown): boolean {
  return isJson(selector) && (selector.type === 'TextQuoteSelector' || selector.type === 'TextPositionSelector');
}

function asArray(value: unknown): readonly unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a JSON value for messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
