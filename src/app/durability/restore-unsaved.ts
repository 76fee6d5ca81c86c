/**
 * At start, writes into the stores what the unsaved journal still holds: text a reader typed just
 * before the page went (reload, closed tab), which the page could not store in IndexedDB in time.
 * Each entry is settled by its own write; one that fails stays for the next start.
 */
import type { AnnotationStore } from '../annotations/annotation-store.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { UnsavedJournal } from './unsaved-journal.js';

/** Restores every entry of `journal`; resolves to how many were written. */
export async function restoreUnsaved(journal: UnsavedJournal, annotations: AnnotationStore, settings: SettingsStore): Promise<number> {
  let restored = 0;
  for (const entry of journal.entries()) {
    try {
      if (entry.kind === 'note') {
        if (await annotations.restoreNote(entry.documentId, entry.id, entry.note)) restored += 1;
      } else {
        await settings.setCreatorName(entry.name);
        restored += 1;
      }
    } catch (error) {
      console.error('could not restore what was typed before the page closed', error);
    }
  }
  return restored;
}
