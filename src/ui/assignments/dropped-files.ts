/**
 * The files of a drop, as hand-ins to collect (issue 16): loose files as they are, a dropped folder
 * walked to its files at any depth (`webkitGetAsEntry`, the one way browsers give a folder's
 * files), each named with its folder path. Nothing is read until its turn comes.
 */
import type { CollectSource } from '../../app/assignments/collect-hand-ins.js';

/** A File as a source to collect, named `name` (its path in a dropped folder). */
export function fileSource(file: File, name = file.name): CollectSource {
  return { name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** The files of `data` (a drop), folders walked; the plain file list where entries are not offered. */
export async function droppedFiles(data: DataTransfer): Promise<CollectSource[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((entry) => !entry)) return [...data.files].map((file) => fileSource(file));
  const sources: CollectSource[] = [];
  for (const entry of entries) await walk(entry!, '', sources);
  return sources;
}

/** Adds the files under `entry` to `sources`, depth first, in the order the browser lists them. */
async function walk(entry: FileSystemEntry, folder: string, sources: CollectSource[]): Promise<void> {
  const path = `${folder}${entry.name}`;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    sources.push(fileSource(file, path));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a folder's entries in batches (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, `${path}/`, sources);
  }
}
