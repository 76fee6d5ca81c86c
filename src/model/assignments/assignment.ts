/**
 * An assignment (issue 15): what a teacher hands out to a class: a title, instructions in Markdown
 * (text/markdown-blocks.ts renders them, never as HTML), one article named by IRI and digest, one
 * category scheme named by IRI, dates and two rules. It travels in the hand-out file
 * (hand-out.ts); the model answer and the students' sets are annotation sets that name it by id.
 * shared/ARCHITECTURE.md, "Annotation sets".
 */
import { type Problem, problem } from '../result.js';
import { findMarkup } from '../text/markup.js';

/** The article an assignment is on, as every machine names it. */
export interface AssignmentDocument {
  /** The id in the teacher's library (a slug); a student's library may hold it under another. */
  readonly id: string;
  /** The stable IRI: the W3C target `source` of every annotation on it. */
  readonly iri: string;
  /** `sha256:` and the hex digest of its canonical text: the text every offset counts in. */
  readonly digest: string;
  readonly title: string;
}

/** What an assignment allows or hides. */
export interface AssignmentRules {
  /** The category list shows no definitions (the students work out the meaning themselves). */
  readonly hideDefinitions: boolean;
  /** Students may add categories of their own to the scheme (default: no). */
  readonly studentsMayAddCategories: boolean;
}

/** An assignment, as stored and handed out. */
export interface Assignment {
  /** A UUID; exported as `urn:uuid:<id>`. */
  readonly id: string;
  readonly title: string;
  /** Markdown source: headings, lists, emphasis, links (shown as text with their URL). */
  readonly instructions: string;
  readonly document: AssignmentDocument;
  /** The IRI of the category scheme (a skos:ConceptScheme) the class tags with. */
  readonly schemeIri: string;
  /** ISO 8601 in UTC. */
  readonly created: string;
  readonly modified: string;
  /** The day it is due, `YYYY-MM-DD`, if any. */
  readonly due?: string;
  readonly rules: AssignmentRules;
  /**
   * The teacher's hand-in box (issue 18), if the class hands in online: the absolute http(s) URL of
   * an LDP container (ends with '/') that anyone may append to and only the teacher may read
   * (app/sync/hand-in-box.ts). A student's "Hand in" offers to POST the hand-in file there.
   */
  readonly handInBox?: string;
}

/** The rules of a new assignment: definitions shown, no categories of the students' own. */
export const DEFAULT_RULES: AssignmentRules = { hideDefinitions: false, studentsMayAddCategories: false };

/** Longest title, in UTF-16 units: it names a file and a library entry. */
export const MAX_TITLE_LENGTH = 200;
/** Longest instructions, in UTF-16 units: some pages of Markdown. */
export const MAX_INSTRUCTIONS_LENGTH = 20_000;

/** The IRI of an assignment: `urn:uuid:<id>` (RFC 4122, section 3). */
export function assignmentIri(id: string): string {
  return `urn:uuid:${id}`;
}

/** The UUID of an `urn:uuid:` IRI (lower case), or undefined when it is no such IRI. */
export function assignmentIdOf(iri: string): string | undefined {
  const match = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(iri);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** What a teacher gives to make an assignment; the rest is given by {@link newAssignment}. */
export interface AssignmentDraft {
  readonly title: string;
  readonly instructions: string;
  readonly document: AssignmentDocument;
  readonly schemeIri: string;
  readonly due?: string;
  readonly rules?: Partial<AssignmentRules>;
}

/**
 * A new assignment with the id `id` (a fresh UUID from the caller) made at `now`: title and
 * instructions trimmed, rules defaulted ({@link DEFAULT_RULES}). Check it with
 * {@link assignmentProblems} before storing it: a hand-out refuses what it refuses.
 */
export function newAssignment(draft: AssignmentDraft, id: string, now: string): Assignment {
  return {
    id: id.toLowerCase(),
    title: draft.title.trim(),
    instructions: draft.instructions.trim(),
    document: draft.document,
    schemeIri: draft.schemeIri,
    created: now,
    modified: now,
    ...(draft.due ? { due: draft.due } : {}),
    rules: { ...DEFAULT_RULES, ...draft.rules },
  };
}

/**
 * What a hand-out, a hand-in and the assignment form refuse (issue 15, "Bad input"):
 * 'assignment-field-empty', 'assignment-field-too-long' (params: where, field, max),
 * 'markup-in-field' (a tag-like `<…>` in a title, instructions, a name or a category; params:
 * where, field, found), 'assignment-id-invalid' (not a `urn:uuid:`), 'assignment-date-invalid'
 * (params: where, field, found), 'hand-out-digest-differs', 'hand-out-article-unknown', 'hand-in-unknown-assignment',
 * 'not-an-assignment-file', 'assignment-format-unknown', 'assignment-scheme-mismatch',
 * 'assignment-box-invalid' (a hand-in box that is no absolute http(s) URL of a container; params: where, field, found).
 */
export type AssignmentCode =
  | 'assignment-field-empty' | 'assignment-field-too-long' | 'markup-in-field' | 'assignment-id-invalid' | 'assignment-date-invalid'
  | 'hand-out-digest-differs' | 'hand-out-article-unknown' | 'hand-in-unknown-assignment' | 'not-an-assignment-file' | 'assignment-format-unknown' | 'assignment-scheme-mismatch'
  | 'assignment-box-invalid';

/** The problem 'markup-in-field' when `text` holds something tag-like; `where` names file and field. */
export function markupProblem(text: string, where: string, field: string): Problem<AssignmentCode> | undefined {
  const found = findMarkup(text);
  if (found === undefined) return undefined;
  return problem('markup-in-field', { where, field, found }, `${where}: ${field} holds markup (${found}); Close Reader takes plain text here, never HTML`);
}

/** Whether `value` is an ISO 8601 date-time in UTC with `Z` (what we write) or an offset. */
export function isDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** Whether `value` is a calendar day `YYYY-MM-DD` that exists. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // 2026-13-01 is no date at all; 2026-02-30 is one Date would roll over to March.
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Every problem of an assignment's own fields (title, instructions, dates, the article's title),
 * each naming `where` (a file, or "assignment") and the field. Empty when it may be handed out.
 */
export function assignmentProblems(assignment: Assignment, where: string): Problem<AssignmentCode>[] {
  const problems: Problem<AssignmentCode>[] = [];
  const text = (field: string, value: string, max: number, required: boolean): void => {
    if (required && value.trim() === '') problems.push(problem('assignment-field-empty', { where, field }, `${where}: ${field} is empty`));
    else if (value.length > max) problems.push(problem('assignment-field-too-long', { where, field, max }, `${where}: ${field} is longer than ${max} characters`));
    const markup = markupProblem(value, where, field);
    if (markup) problems.push(markup);
  };
  text('title', assignment.title, MAX_TITLE_LENGTH, true);
  text('instructions', assignment.instructions, MAX_INSTRUCTIONS_LENGTH, false);
  const { document: article } = assignment;
  text('document title', article.title, MAX_TITLE_LENGTH, true);
  for (const field of ['created', 'modified'] as const) {
    if (!isDateTime(assignment[field])) problems.push(dateProblem(where, field, assignment[field]));
  }
  if (assignment.due !== undefined && !isDay(assignment.due)) problems.push(dateProblem(where, 'due', assignment.due));
  if (assignment.handInBox !== undefined && !isHandInBoxUrl(assignment.handInBox)) problems.push(handInBoxProblem(where, assignment.handInBox));
  return problems;
}

/** The problem 'assignment-date-invalid': `field` holds `found`, which is no date. */
export function dateProblem(where: string, field: string, found: string): Problem<AssignmentCode> {
  return problem('assignment-date-invalid', { where, field, found }, `${where}: ${field} "${found}" is not a date`);
}

/**
 * Whether `value` can be a hand-in box: an absolute `http:` or `https:` URL with a host (a name, an
 * IPv4 or a bracketed IPv6 address, an optional port), no user name or password, no query or
 * fragment, whose path ends with '/' (an LDP container), with nothing a URL may not hold unescaped
 * (whitespace, `<>"{}|\^` and the backtick). Checked by pattern: the model has no URL class.
 */
export function isHandInBoxUrl(value: string): boolean {
  return /^https?:\/\/(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?\/(?:[^\s?#<>"{}|\\^`]*\/)?$/iu.test(value);
}

/** The problem 'assignment-box-invalid': the hand-in box `found` (in `where`) is no URL a student could send to. */
export function handInBoxProblem(where: string, found: string): Problem<AssignmentCode> {
  return problem(
    'assignment-box-invalid',
    { where, field: 'handInBox', found },
    `${where}: handInBox "${found}" is not the http(s) address of a hand-in box (a container, ending with "/")`,
  );
}
