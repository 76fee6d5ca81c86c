/**
 * Hands a file the app made (an export, a scheme) to the browser as a download: the one place that
 * makes an object URL and a link for it.
 */
import { EXPORT_MEDIA_TYPE, type ExportFile } from '../../app/export/export-file.js';

/** Hands a file to the browser as a download. */
export function download(file: ExportFile, mediaType = EXPORT_MEDIA_TYPE): void {
  downloadBlob(new Blob([file.json], { type: mediaType }), file.fileName);
}

/** Hands binary data (a picture) to the browser as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
