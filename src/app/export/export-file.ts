/**
 * What an export hands to the browser: a file name, its JSON text and its media type. Apart from
 * the export itself (annotation-export.ts) so that the download code, which every page has, does
 * not bring the export's code into the first load.
 */

/** The media type of an annotation export (W3C Web Annotation Protocol, section 4). */
export const EXPORT_MEDIA_TYPE = 'application/ld+json';

/** An export file: its name and its JSON text. */
export interface ExportFile {
  readonly fileName: string;
  readonly json: string;
}
