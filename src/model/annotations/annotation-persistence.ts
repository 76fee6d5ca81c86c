/**
 * What the annotation store needs of storage, declared once: src/storage's AnnotationRepository
 * implements it over IndexedDB, src/app's MemoryAnnotationPersistence over a Map (when the browser
 * stores nothing). Pure types, so that src/app depends on storage only through this.
 */
import type { Annotation } from './annotation.js';
import type { AnnotationCounts } from './annotation-counts.js';
import type { AnnotationWrite, AppliedWrite } from './annotation-write.js';
import type { Category } from '../schemes/category.js';
import type { OwnDocument } from '../documents/own-documents.js';
import type { SourceAlias } from '../documents/source-alias.js';
import type { AnnotationSet } from '../sets/annotation-set.js';
import type { Relation } from '../relations/relation.js';

/** What a confirmed import writes, in one transaction. */
export interface ImportWrite {
  readonly categories: readonly Category[];
  readonly annotations: readonly Annotation[];
  /** Own documents the file carried that this library does not have yet. */
  readonly documents?: readonly OwnDocument[];
  /** Sources the reader assigned to articles in the import dialog, remembered for the next file. */
  readonly aliases?: readonly SourceAlias[];
  /** The set records of the sets the annotations go into (a 'shared' set made for the file, the reader's own reading). */
  readonly sets?: readonly AnnotationSet[];
  /**
   * Sets whose annotations are deleted first, in the same transaction (a teacher's newer hand-in of a
   * student replaces the older: app/assignments/receive-hand-in.ts).
   */
  readonly replaceSets?: readonly string[];
  /**
   * Relations between the annotations (issue 17), written after them; one whose two annotations
   * are not both stored once the annotations are written is left out (the plan should have said so).
   */
  readonly relations?: readonly Relation[];
}

/** Reads and writes annotations; every write resolves once it is kept (one transaction), or rejects having changed nothing. */
export interface AnnotationPersistence {
  /** The annotations of one document, of every set, in any order. */
  listByDocument(documentId: string): Promise<Annotation[]>;
  /** The annotations of one set (model/sets/annotation-set.ts), in any order. */
  listBySet(setId: string): Promise<Annotation[]>;
  /** Every stored annotation, of all documents. */
  listAll(): Promise<Annotation[]>;
  /** The relations of one set, in any order. */
  listRelationsBySet(setId: string): Promise<Relation[]>;
  /** Every stored relation, of all sets. */
  listAllRelations(): Promise<Relation[]>;
  /** The ids of every stored annotation: what an import checks "already here" against. */
  allIds(): Promise<Set<string>>;
  /**
   * Merges `write`'s operations into the records as stored and writes the result, in one
   * transaction (annotation-write.ts); resolves to what it changed and how to revert that.
   */
  apply(write: AnnotationWrite): Promise<AppliedWrite>;
  /** Per document, annotations per category and in total (model/annotations/annotation-counts.ts). */
  countsByDocument(): Promise<AnnotationCounts>;
  /** Writes an import's categories, annotations and carried documents in one transaction. */
  importAll(write: ImportWrite): Promise<void>;
}
