/**
 * A scheme as a file, from the scheme editor: exported as SKOS JSON-LD with its relation types
 * (skos-relations.ts), and a scheme file imported
 * the way the header's Import does (app/import/scheme-import.ts: the same parse, limits and merge),
 * without its summary. A refused file (not JSON, nested too deep, too many categories) is said in
 * the reader's language and changes nothing.
 */
import { msg, str } from '@lit/localize';
import type { Category, CategoryScheme } from '../../model/schemes/category.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { schemeWithRelationsToSkos } from '../../model/schemes/skos.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import { confirmSchemeImport, prepareSchemeImport } from '../../app/import/scheme-import.js';
import { download } from '../shared/download.js';
import { describeFailure } from '../shared/failure-message.js';
import { pickFiles } from '../shared/file-picker.js';
import { formatCount, plural } from '../shared/plural.js';
import { describeProblems } from '../shared/problem-messages.js';

/** What an import or export says: in the view's alert (`error`, '' for none) and live region (`status`); the scheme to show. */
export interface SchemeFileOutcome {
  readonly error: string;
  readonly status: string;
  readonly schemeId?: string;
}

/**
 * Downloads `scheme` with its `categories` and `relationTypes` as `scheme-<id>-<date>.jsonld`; what
 * the live region says of it.
 */
export function exportSchemeFile(scheme: CategoryScheme, categories: readonly Category[], relationTypes: readonly RelationType[]): string {
  const json = `${JSON.stringify(schemeWithRelationsToSkos(scheme, [...categories], relationTypes), null, 2)}\n`;
  const fileName = `scheme-${scheme.id}-${new Date().toISOString().slice(0, 10)}.jsonld`;
  download({ fileName, json });
  return msg(str`Exported as ${fileName}`);
}

/** Asks for a scheme file and imports it; undefined when the reader picked none. */
export async function pickAndImportScheme(store: CategoryStore): Promise<SchemeFileOutcome | undefined> {
  const [file] = await pickFiles({ accept: '.jsonld,.json,application/ld+json,application/json' });
  return file ? importSchemeFile(store, file) : undefined;
}

/** Imports a scheme file into `store`: the scheme it made or updated, or why nothing changed. */
export async function importSchemeFile(store: CategoryStore, file: Pick<File, 'name' | 'text'>): Promise<SchemeFileOutcome> {
  const prepared = prepareSchemeImport(await file.text(), file.name, store);
  if (!prepared.ok) return { error: describeProblems(prepared.problems).join(' '), status: '' };
  const { merge, warnings } = prepared.value;
  try {
    await confirmSchemeImport(prepared.value, store);
  } catch (error) {
    return { error: describeFailure(error), status: '' };
  }
  const added = plural(merge.added, { one: () => msg('1 category'), other: (count) => msg(str`${count} categories`) });
  const status = merge.created
    ? plural(merge.added, {
        one: () => msg('Imported the scheme with 1 category.'),
        other: (count) => msg(str`Imported the scheme with ${count} categories.`),
      })
    : msg(str`Updated the scheme: ${added} added, ${formatCount(merge.updated)} changed.`);
  return { error: describeProblems(warnings).join(' '), status, schemeId: merge.scheme.id };
}
