/**
 * Random interleavings of two tabs' actions on one set of stored annotations, and the check of what
 * they end with (issue 12, "Two tabs"): the property tests of test/app/annotations and test/storage
 * run the same commands over an in-memory store and over IndexedDB.
 *
 * Each tab is an AnnotationStore over its own persistence of the one store (an IndexedDB connection,
 * or the one MemoryAnnotationPersistence), whose copy may be stale. Commands (tag, add or remove a
 * category, note, delete, undo, redo) start without waiting for each other, in bursts; every write
 * that commits is logged in commit order with what storage says it changed. The check then holds
 * each commit to the rule of model/annotations/annotation-write.ts:
 *
 * 1. it merged against the records as stored then (its `before` is what the commits before it left),
 *    and the records at the end are what the last commits left;
 * 2. it changed only fields its operations name (a category, the note, the range, the annotation's
 *    existence), and an undo or redo only fields its own step changed;
 * 3. its effect is there right after it (the category added, the note set, the annotation gone, the
 *    field an undo found as its step left it set back);
 * 4. so every confirmed operation's effect is there at the end unless a later commit changed the
 *    same field, which is checked field by field as well.
 */
import fc from 'fast-check';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import type { AnnotationPersistence } from '../../src/model/annotations/annotation-persistence.js';
import { normalNote, opId, type AnnotationOp, type AnnotationWrite, type AppliedWrite } from '../../src/model/annotations/annotation-write.js';
import type { AnnotationChange } from '../../src/model/annotations/undo-history.js';
import type { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import { quotedRange } from './annotations.js';

/** The document the runs write to, and its text. */
export const RUN_DOC = 'doc';
const TEXT = 'Bürgermeister Ed Lee sagte: "Wir sind und bleiben eine Sanctuary City." Der Stadtrat stimmte zu.';
// Two passages, so that the tabs meet on them often.
const PASSAGES = ['Ed Lee', 'Sanctuary City'].map((quote) => quotedRange(TEXT, quote));
const CATEGORIES = ['actor', 'policy', 'quote'];

/** One action of one tab; `wait` ends a burst: everything started so far is awaited. */
export interface TabCommand {
  readonly tab: 0 | 1;
  readonly kind: 'tag' | 'add' | 'remove' | 'note' | 'delete' | 'undo' | 'redo';
  readonly passage: number;
  readonly category: string;
  readonly note: string;
  readonly wait: boolean;
}

/** Random command lists. */
export const tabCommands = (maxLength: number): fc.Arbitrary<TabCommand[]> =>
  fc.array(
    fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      kind: fc.constantFrom('tag', 'tag', 'add', 'remove', 'note', 'note', 'delete', 'undo', 'undo', 'undo', 'redo'),
      passage: fc.integer({ min: 0, max: PASSAGES.length - 1 }),
      category: fc.constantFrom(...CATEGORIES),
      note: fc.constantFrom('', 'eins', 'zwei', 'drei'),
      // More often than not: the tabs hear of each other's writes between bursts.
      wait: fc.constantFrom(true, true, false),
    }),
    { minLength: 1, maxLength, size: 'max' },
  );

/** A write that committed, in commit order. */
interface Commit {
  readonly write: AnnotationWrite;
  readonly applied: AppliedWrite;
}

/** Wraps `persistence` so that every committed write is logged to `log`, in the order they commit. */
export function logged(persistence: AnnotationPersistence, log: Commit[]): AnnotationPersistence {
  return {
    listByDocument: (id) => persistence.listByDocument(id),
    listBySet: (id) => persistence.listBySet(id),
    listAll: () => persistence.listAll(),
    listRelationsBySet: (id) => persistence.listRelationsBySet(id),
    listAllRelations: () => persistence.listAllRelations(),
    allIds: () => persistence.allIds(),
    countsByDocument: () => persistence.countsByDocument(),
    importAll: (write) => persistence.importAll(write),
    apply: async (write) => {
      const applied = await persistence.apply(write);
      log.push({ write, applied });
      return applied;
    },
  };
}

/** A step an undo (`undo: true`) or redo took back or repeated. */
export interface TakenStep {
  readonly step: AnnotationChange;
  readonly undo: boolean;
}

/** Runs `commands` on the two tabs; resolves to the steps each undo or redo took. */
export async function runCommands(tabs: readonly [AnnotationStore, AnnotationStore], commands: readonly TabCommand[]): Promise<TakenStep[]> {
  const steps: TakenStep[] = [];
  let pending: Promise<unknown>[] = [];
  for (const command of commands) {
    pending.push(runCommand(tabs[command.tab], command, steps).catch(() => undefined));
    if (command.wait) {
      await Promise.all(pending);
      pending = [];
      // A task or two, so that what the tabs told each other over the channel may arrive.
      await nextTask();
      await nextTask();
    }
  }
  await Promise.all(pending);
  return steps;
}

/** Resolves in a later task (a message through a MessageChannel: no timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Starts one command the way the reader's screen would: from what the tab shows now. */
function runCommand(store: AnnotationStore, command: TabCommand, steps: TakenStep[]): Promise<unknown> {
  const range = PASSAGES[command.passage]!;
  const shown = store.annotations(RUN_DOC).find((a) => a.start === range.start && a.end === range.end);
  switch (command.kind) {
    case 'tag':
      return store.tag(RUN_DOC, range, command.category);
    case 'undo':
      return store.undo().then((step) => step && steps.push({ step, undo: true }));
    case 'redo':
      return store.redo().then((step) => step && steps.push({ step, undo: false }));
  }
  if (!shown) return Promise.resolve();
  switch (command.kind) {
    case 'add':
      return store.edit(RUN_DOC, shown.id, { categoryIds: [...shown.categoryIds, command.category] });
    case 'remove': {
      // The card offers no way to take away the last category.
      const categoryIds = shown.categoryIds.filter((id) => id !== command.category);
      return categoryIds.length > 0 ? store.edit(RUN_DOC, shown.id, { categoryIds }) : Promise.resolve();
    }
    case 'note':
      return store.edit(RUN_DOC, shown.id, { note: command.note }, { typingSession: `${command.tab}-${command.passage}` });
    case 'delete':
      return store.remove(RUN_DOC, shown.id);
  }
}

/** The fields of a record a write can change on its own. */
function fieldsOf(annotation: Annotation | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!annotation) return fields;
  const { id, documentId, created, creator, start, end, exact, prefix, suffix, note } = annotation;
  fields.set('exists', JSON.stringify({ id, documentId, created, creator }));
  for (const categoryId of annotation.categoryIds) fields.set(`category:${categoryId}`, 'yes');
  fields.set('note', note ?? '');
  fields.set('range', JSON.stringify([start, end, exact, prefix, suffix]));
  return fields;
}

/** The fields whose values differ between two versions of a record (a whole record made or deleted: all of them). */
function changedFields(before: Annotation | undefined, after: Annotation | undefined): Set<string> {
  const was = fieldsOf(before);
  const now = fieldsOf(after);
  if (!before || !after) return new Set([...was.keys(), ...now.keys()]);
  return new Set([...was.keys(), ...now.keys()].filter((field) => was.get(field) !== now.get(field)));
}

/** The fields (per id) an operation may change, given the records as stored before it (`tag` joins by range). */
function targets(op: AnnotationOp, stored: ReadonlyMap<string, Annotation>): Map<string, Set<string>> {
  const all = (annotation: Annotation) => new Set(['exists', 'note', 'range', ...annotation.categoryIds.map((c) => `category:${c}`)]);
  switch (op.kind) {
    case 'tag': {
      const fields = new Map([[op.annotation.id, all(op.annotation)]]);
      for (const other of stored.values()) {
        if (other.documentId === op.annotation.documentId && other.start === op.annotation.start && other.end === op.annotation.end) {
          fields.set(other.id, new Set(op.annotation.categoryIds.map((c) => `category:${c}`)));
        }
      }
      return fields;
    }
    case 'restore':
    case 'retract':
    case 'delete': {
      const record = 'annotation' in op ? op.annotation : stored.get(op.id);
      return new Map([[opId(op), record ? new Set([...all(record), ...all(stored.get(opId(op)) ?? record)]) : new Set(['exists'])]]);
    }
    case 'add-category':
      return new Map([[op.id, new Set([`category:${op.categoryId}`])]]);
    case 'remove-category':
      return new Map([[op.id, op.whenLast === 'delete' ? all(stored.get(op.id) ?? { categoryIds: [] } as unknown as Annotation) : new Set([`category:${op.categoryId}`])]]);
    case 'relate':
    case 'unrelate':
      // Relations change no annotation's fields (these runs make none).
      return new Map();
    case 'set-note':
      return new Map([[op.id, new Set(['note'])]]);
    case 'set-range':
      return new Map([[op.id, new Set(['range'])]]);
  }
}

/** Throws naming the first way the run broke the rule (see the module comment). */
export function checkRun(log: readonly Commit[], steps: readonly TakenStep[], final: readonly Annotation[]): void {
  const state = new Map<string, Annotation>();
  /** Per id and field, the index of the last commit that changed it. */
  const lastChange = new Map<string, number>();
  // The operations an undo or redo wrote are its step's `undo` or `redo`, the very list.
  const stepOf = new Map(steps.map((taken) => [taken.undo ? taken.step.undo : taken.step.redo, taken]));
  log.forEach(({ write, applied }, k) => {
    const stored = new Map(state);
    const allowed = new Map<string, Set<string>>();
    for (const op of write.ops) for (const [id, fields] of targets(op, stored)) allowed.set(id, new Set([...(allowed.get(id) ?? []), ...fields]));
    const taken = stepOf.get(write.ops);
    const step = taken?.step;
    for (const change of applied.changes) {
      // 1. Merged against what is stored.
      same(change.before, state.get(change.id), `commit ${k} read a stale ${change.id}`);
      // 2. Only what its operations name; an undo only what its step changed.
      const changed = changedFields(change.before, change.after);
      const stepFields = step && changedFields(step.before.find((a) => a.id === change.id), step.after.find((a) => a.id === change.id));
      for (const field of changed) {
        if (!allowed.get(change.id)?.has(field)) throw new Error(`commit ${k} changed ${field} of ${change.id}, which none of its operations names`);
        if (stepFields && !stepFields.has(field)) {
          throw new Error(`the undo or redo in commit ${k} changed ${field} of ${change.id}, which its step had not changed`);
        }
        lastChange.set(`${change.id} ${field}`, k);
      }
      if (change.after) state.set(change.id, change.after);
      else state.delete(change.id);
    }
    // 3. The effect of each unconditional operation is there right after it.
    for (const op of write.ops) checkEffect(op, stored, state, k);
    if (taken) checkRevert(taken, stored, state, k);
  });
  // 1. The end is what the last commits left.
  same(sortById(final), sortById([...state.values()]), 'the stored records are not what the commits left');
  // 4. Every confirmed effect is there at the end unless a later commit changed the same field.
  log.forEach(({ applied }, k) => {
    for (const change of applied.changes) {
      const now = fieldsOf(state.get(change.id));
      const then = fieldsOf(change.after);
      for (const field of changedFields(change.before, change.after)) {
        if (lastChange.get(`${change.id} ${field}`) === k && now.get(field) !== then.get(field)) {
          throw new Error(`${field} of ${change.id}, set by commit ${k}, was lost though no later commit changed it`);
        }
      }
    }
  });
}

/** 3. for one operation that applies whatever it finds. */
function checkEffect(op: AnnotationOp, before: ReadonlyMap<string, Annotation>, after: ReadonlyMap<string, Annotation>, k: number): void {
  if (op.kind === 'relate' || op.kind === 'unrelate') return;
  const now = after.get(opId(op));
  const fail = (what: string) => {
    throw new Error(`commit ${k}: ${what} (${JSON.stringify(op)})`);
  };
  if (op.kind === 'tag') {
    const { documentId, start, end, categoryIds } = op.annotation;
    const onRange = [...after.values()].filter((a) => a.documentId === documentId && a.start === start && a.end === end);
    if (!categoryIds.every((c) => onRange.some((a) => a.categoryIds.includes(c)))) fail('the tag is not there');
  } else if (op.kind === 'delete' && now) fail('the annotation is still there');
  else if (op.kind === 'add-category' && before.has(op.id) && !now?.categoryIds.includes(op.categoryId)) fail('the category is not there');
  else if (op.kind === 'remove-category' && now?.categoryIds.includes(op.categoryId) && now.categoryIds.length > 1) fail('the category is still there');
  else if (op.kind === 'set-note' && !op.ifStill && now && now.note !== normalNote(op.note)) fail('the note is not the one set');
}

/**
 * 3. for an undo or redo. An undo sets back each field it found as its step left it (the note; a
 * deleted annotation comes back; one that holds nothing but what its step made goes). Both leave
 * alone a note written since, and an annotation another write added a category to. (A redo repeats
 * only what its undo took back, which the checks of 2. and 4. hold it to.)
 */
function checkRevert({ step, undo }: TakenStep, before: ReadonlyMap<string, Annotation>, after: ReadonlyMap<string, Annotation>, k: number): void {
  for (const id of new Set([...step.before, ...step.after].map((a) => a.id))) {
    // `to` is what the side being reverted left, `from` what it goes back to.
    const from = (undo ? step.before : step.after).find((a) => a.id === id);
    const to = (undo ? step.after : step.before).find((a) => a.id === id);
    const found = before.get(id);
    const left = after.get(id);
    const fail = (what: string) => {
      throw new Error(`commit ${k}: the ${undo ? 'undo' : 'redo'} of "${step.label}" ${what} ${id}`);
    };
    if (to && found && found.note !== to.note && left && left.note !== found.note) fail('wrote over a later note of');
    if (!from && to && found && found.categoryIds.some((c) => !to.categoryIds.includes(c)) && !left) fail('deleted, though another write had added to it,');
    if (!undo) continue;
    if (from && to && found && found.note === to.note && from.note !== to.note && left && left.note !== from.note) fail('did not set back the note of');
    if (from && !to && !found && !left) fail('did not bring back');
    if (!from && to && found && same(found.categoryIds, to.categoryIds, '', false) && found.note === to.note && left) fail('left');
  }
}

function sortById(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether `a` and `b` are the same JSON; throws `message` when not, unless `strict` is false. */
function same(a: unknown, b: unknown, message: string, strict = true): boolean {
  const equal = JSON.stringify(a) === JSON.stringify(b);
  if (!equal && strict) throw new Error(`${message}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  return equal;
}
