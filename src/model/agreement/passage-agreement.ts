/**
 * The per-passage view a teacher reads beside αU: for each passage of one category, how many
 * students found it. αU weighs disagreement by length, so a few long sentences nobody else tagged
 * can pull it near zero while everybody found the short quotes; this view shows the quotes.
 *
 * The passages are the model answer's, when there is one, and then the places the class tagged that
 * no model passage covers; without a model answer, only the latter. A class passage is a group of
 * students' spans, each overlapping another of the group by at least half of the shorter one (the
 * rule by which a student finds a model passage); it reaches from the group's first character to
 * its last, and its `peak` is where most of those students agree, so that a long sentence tagged by
 * one student does not hide the short quote the others tagged inside it.
 */
import { type Span, matchesByHalf, unionByCategory } from './spans.js';

/** Where a passage comes from: the model answer, or only the class's tags. */
export type PassageSource = 'model' | 'class';

/** The stretch of a passage the most of its students tagged, and how many they are. */
export interface PassagePeak extends Span {
  readonly students: number;
}

/** One passage and who found it: `students` indexes into the input's students, ascending. */
export interface PassageFinding extends Span {
  readonly source: PassageSource;
  readonly students: readonly number[];
  /** Undefined for a model passage nobody found. */
  readonly peak: PassagePeak | undefined;
}

/** The passages of one category, sorted by start, and how many students they were read from. */
export interface PassageAgreement {
  readonly studentCount: number;
  readonly passages: readonly PassageFinding[];
}

/** One student's span, tagged with the student's index. */
interface StudentSpan extends Span {
  readonly student: number;
}

/**
 * The passages of one category: `students` holds each student's spans of it (a student with none
 * tagged nothing of it), `model` the model answer's, if there is a model answer. A student's
 * overlapping spans count as their union.
 */
export function passageAgreement(students: readonly (readonly Span[])[], model?: readonly Span[]): PassageAgreement {
  const spans: StudentSpan[] = students.flatMap((list, student) =>
    merged(list).map((span) => ({ start: span.start, end: span.end, student })),
  );
  const passages: PassageFinding[] = [];
  const left = new Set(spans);
  for (const passage of merged(model ?? [])) {
    const hits = spans.filter((span) => matchesByHalf(span, passage));
    for (const hit of hits) left.delete(hit);
    passages.push({ start: passage.start, end: passage.end, source: 'model', students: studentsOf(hits), peak: peakOf(hits) });
  }
  for (const group of groups([...left])) {
    const start = Math.min(...group.map((span) => span.start));
    const end = Math.max(...group.map((span) => span.end));
    passages.push({ start, end, source: 'class', students: studentsOf(group), peak: peakOf(group) });
  }
  passages.sort((a, b) => a.start - b.start || a.end - b.end || (a.source === b.source ? 0 : a.source === 'model' ? -1 : 1));
  return { studentCount: students.length, passages };
}

function merged(spans: readonly Span[]): Span[] {
  return unionByCategory(spans.map(({ start, end }) => ({ category: '', start, end })));
}

function studentsOf(spans: readonly StudentSpan[]): number[] {
  return [...new Set(spans.map((span) => span.student))].sort((a, b) => a - b);
}

/** The spans joined, through any chain of half-overlaps, into groups (union–find). */
function groups(spans: readonly StudentSpan[]): StudentSpan[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const parent = sorted.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  for (let i = 0; i < sorted.length; i++) {
    // Sorted by start: once a span starts at or after this one's end, no later one overlaps it.
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < sorted[i]!.end; j++) {
      if (matchesByHalf(sorted[i]!, sorted[j]!)) parent[root(j)] = root(i);
    }
  }
  const byRoot = new Map<number, StudentSpan[]>();
  sorted.forEach((span, index) => {
    const key = root(index);
    const group = byRoot.get(key);
    if (group) group.push(span);
    else byRoot.set(key, [span]);
  });
  return [...byRoot.values()];
}

/**
 * The first stretch covered by the most students (neighbouring stretches with as many joined). Each student's spans are merged,
 * so the number of spans covering a character is the number of students who tagged it.
 */
function peakOf(spans: readonly StudentSpan[]): PassagePeak | undefined {
  if (spans.length === 0) return undefined;
  const changes = new Map<number, number>();
  for (const span of spans) {
    changes.set(span.start, (changes.get(span.start) ?? 0) + 1);
    changes.set(span.end, (changes.get(span.end) ?? 0) - 1);
  }
  const points = [...changes.keys()].sort((a, b) => a - b);
  let covering = 0;
  let best: PassagePeak | undefined;
  for (let k = 0; k < points.length - 1; k++) {
    covering += changes.get(points[k]!)!;
    const here = { start: points[k]!, end: points[k + 1]!, students: covering };
    if (best === undefined || here.students > best.students) best = here;
    else if (here.students === best.students && best.end === here.start) best = { ...best, end: here.end };
  }
  return best;
}
