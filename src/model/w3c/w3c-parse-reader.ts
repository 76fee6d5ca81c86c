/**
 * Reads the annotations of one file, once w3c-parse.ts has found them, annotation by annotation:
 * each item becomes an IncomingAnnotation or a SkippedAnnotation with its reason and where, so one
 * annotation Close Reader cannot use never costs the others. The target is read by
 * w3c-parse-target.ts, the bodies by w3c-parse-bodies.ts, a Hypothesis row's own fields by
 * w3c-parse-hypothesis.ts; this file adds id, `via`, creator and times, and collects what it reads
 * past as warnings, one line per kind for the whole file (5,000 RangeSelectors make one line).
 */
import { type Problem, problem } from '../result.js';
import { toUtcTime } from '../text/utc-time.js';
import { type FileRelation, readRelation } from './relation-parse.js';
import { readBodies } from './w3c-parse-bodies.js';
import { HYPOTHESIS_MODIFIED, hypothesisFields, hypothesisUri, isHypothesisReply } from './w3c-parse-hypothesis.js';
import { agentOf, asArray, defined, describe, isAbsoluteIri, isAnnoContext, isJson, type Json } from './w3c-parse-json.js';
import { readTarget, type TargetNotices } from './w3c-parse-target.js';
import type { IncomingAnnotation, ParsedImport, SkippedAnnotation, SkipReason, W3cParseCode } from './w3c-parse.js';

/** Reads the annotations of one file, collecting the skipped ones and what it reads past. */
export class AnnotationReader implements TargetNotices {
  /** The annotations read, in file order. */
  readonly annotations: IncomingAnnotation[] = [];
  /** The items left out, in file order. */
  readonly skipped: SkippedAnnotation[] = [];
  /** The skipped relations that read as one (relation-parse.ts), in file order. */
  readonly relations: FileRelation[] = [];
  private readonly ignoredSelectors = new Map<string, number>();
  private readonly severalTargetsAt: number[] = [];
  private positionsIgnored = 0;
  private datesWithoutOffset = 0;
  private readonly otherWarnings: Problem<W3cParseCode>[] = [];

  /**
   * `file` only goes into messages; `format` is what w3c-parse.ts found the file to be;
   * `annotationIds` are the ids of all its items (a target naming one makes a relation).
   */
  constructor(
    private readonly file: string,
    private readonly format: ParsedImport['format'],
    private readonly annotationIds: ReadonlySet<string>,
  ) {}

  /** Reads the item at `index` into {@link annotations} or {@link skipped}. */
  read(item: unknown, index: number): void {
    const rawId = isJson(item) && typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
    const at = `${this.file}, annotation ${index + 1}${rawId ? ` (${rawId})` : ''}`;
    const skip = (reason: SkipReason, field?: string, source?: string): void => {
      this.skipped.push(defined({ index, reason, id: rawId, source, where: field ? `${at}: ${field}` : at }));
    };
    if (!isJson(item)) return skip('not-an-annotation');
    const hypothesis = this.format === 'hypothesis' || this.format === 'hypothesis-api';
    if (hypothesis && isHypothesisReply(item)) return skip('reply', 'references', hypothesisUri(item));
    if (!hypothesis) {
      if (!asArray(item.type).includes('Annotation')) return skip('not-an-annotation', 'type');
      if (item['@context'] !== undefined && !isAnnoContext(item['@context'])) return skip('not-an-annotation', '@context');
      if (asArray(item.motivation).includes('replying')) return skip('reply', 'motivation');
    }
    const outcome = readTarget(item.target, index, this.annotationIds, this);
    // `linking` without a passage links annotations (Recogito's relations); with one it links the
    // passage to the resources in its bodies, which are kept as links.
    const linking = !hypothesis && asArray(item.motivation).includes('linking');
    if (!outcome.ok && linking && outcome.reason !== 'bad-selector') {
      const relation = readRelation(item, at);
      if (relation.ok) this.relations.push({ index, ...relation.value });
      return skip('relation', 'motivation', outcome.source);
    }
    if (!outcome.ok) return skip(outcome.reason, outcome.field, outcome.source ?? (hypothesis ? hypothesisUri(item) : undefined));
    const { target } = outcome;
    // Our ids are `urn:uuid:<uuid>`; other tools' ids ("#abc", "Jz8Ac…") are kept as they are, so
    // that the importer can derive the same stored id from them on every import.
    const ours = rawId?.match(/^urn:uuid:(.+)$/i)?.[1];
    const id = ours ?? rawId;
    const source = target.source ?? (hypothesis ? hypothesisUri(item) : undefined);
    const fields = hypothesis ? this.hypothesisRow(item) : this.w3cAnnotation(item, at);
    // The IRI in the tool it came from: the annotation's own `via` (3.3.7; ours write it for an
    // imported annotation), a Hypothesis row's page, else an id that is an IRI but not ours.
    const ownVia = asArray(item.via).find((value): value is string => typeof value === 'string' && isAbsoluteIri(value));
    const via = ownVia ?? fields.via ?? (!ours && rawId !== undefined && isAbsoluteIri(rawId) ? rawId : undefined);
    const created = this.time(item.created, `${at}: created`) ?? fields.created;
    const modifiedField = hypothesis ? HYPOTHESIS_MODIFIED : 'modified';
    const modified = this.time(item[modifiedField], `${at}: ${modifiedField}`) ?? fields.modified;
    this.annotations.push(defined({ index, id, via, ...target, source, ...fields, created, modified }));
  }

  /** Tags, note, creator and IRI of a Hypothesis row. */
  private hypothesisRow(item: Json): Partial<IncomingAnnotation> & Pick<IncomingAnnotation, 'tags'> {
    return hypothesisFields(item);
  }

  /** Tags, note, links, creator (the annotation's, else its first text body's, as Recogito writes) and the first body's times. */
  private w3cAnnotation(item: Json, at: string): Partial<IncomingAnnotation> & Pick<IncomingAnnotation, 'tags'> {
    const { tags, note, links, first } = readBodies(item, (field, chars) => {
      const where = `${at}: ${field}`;
      this.otherWarnings.push(problem('link-too-large', { where, chars }, `${where}: the link's description is ${chars} characters long; only its address is kept`));
    });
    const agent = agentOf(item.creator !== undefined ? item.creator : first?.creator);
    return defined({
      tags,
      note,
      links,
      creator: agent.name,
      creatorId: agent.id,
      created: this.time(first?.created, `${at}: body created`),
      modified: this.time(first?.modified, `${at}: body modified`),
    });
  }

  /**
   * A timestamp (3.3.1: xsd:dateTime) in UTC with `Z` (utc-time.ts); one without a time zone is
   * taken as UTC and counted; anything else gives a warning and is dropped (the importer uses its clock).
   */
  private time(value: unknown, where: string): string | undefined {
    if (value === undefined) return undefined;
    const time = typeof value === 'string' ? toUtcTime(value) : undefined;
    if (time) {
      if (!time.hadOffset) this.datesWithoutOffset += 1;
      return time.iso;
    }
    const found = describe(value);
    this.otherWarnings.push(problem('not-a-date', { where, found }, `${where}: ${found} is not a date; the time of the import is used`));
    return undefined;
  }

  /** Counts a selector read past (TargetNotices). */
  selectorIgnored(type: string): void {
    this.ignoredSelectors.set(type, (this.ignoredSelectors.get(type) ?? 0) + 1);
  }

  /** Counts a TextPositionSelector dropped (TargetNotices). */
  positionIgnored(): void {
    this.positionsIgnored += 1;
  }

  /** Notes an annotation with several targets (TargetNotices). */
  severalTargets(annotation: number): void {
    this.severalTargetsAt.push(annotation);
  }

  /** What was read past: one line per kind, for the whole file. */
  warnings(): Problem<W3cParseCode>[] {
    const { file } = this;
    const warnings = [...this.otherWarnings];
    if (this.ignoredSelectors.size > 0) {
      const count = [...this.ignoredSelectors.values()].reduce((a, b) => a + b, 0);
      const kinds = [...this.ignoredSelectors].map(([type, n]) => `${type} ×${n}`).join(', ');
      const message = `${file}: ${count} selector${count === 1 ? '' : 's'} Close Reader does not use, read past: ${kinds}`;
      warnings.push(problem('selectors-ignored', { file, count, kinds }, message));
    }
    if (this.positionsIgnored > 0) {
      const count = this.positionsIgnored;
      const message = `${file}: ${count} TextPositionSelector${count === 1 ? '' : 's'} with start or end not a whole number ≥ 0, or end before start, ignored; the quote places the passage`;
      warnings.push(problem('position-ignored', { file, count }, message));
    }
    if (this.datesWithoutOffset > 0) {
      const count = this.datesWithoutOffset;
      const message = `${file}: ${count} date${count === 1 ? '' : 's'} without a time zone, taken as UTC`;
      warnings.push(problem('date-without-offset', { file, count }, message));
    }
    if (this.severalTargetsAt.length > 0) {
      const count = this.severalTargetsAt.length;
      const annotations = this.severalTargetsAt.slice(0, 10).join(', ') + (count > 10 ? ', …' : '');
      const message = `${file}: annotation${count === 1 ? '' : 's'} ${annotations}: several targets; only the first with a text selector is imported`;
      warnings.push(problem('several-targets', { file, count, annotations }, message));
    }
    return warnings;
  }
}
