/**
 * Reading the text of a file someone gave the app as JSON, once for every importer (annotation
 * files, hand-outs and hand-ins): refused with a problem before anything is read into the app when
 * it is over 50 MB, not JSON, or nested too deep (json-depth.ts).
 */
import { type JsonDepthCode, tooDeep } from './json-depth.js';
import { type Result, fail, failAll, ok } from './result.js';

/** The largest file an import reads, in bytes (and in UTF-16 units of its text). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Why a file was not read: 'too-large' (params: file, megabytes), 'not-json' (file, reason), 'too-deep' (file, max). */
export type JsonFileCode = 'too-large' | 'not-json' | JsonDepthCode;

/** The parsed JSON of `text`; `bytes` is the file's size when known (the text's length otherwise). */
export function parseJsonFile(text: string, fileName: string, bytes: number = text.length): Result<unknown, JsonFileCode> {
  if (bytes > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) {
    const megabytes = Math.ceil(Math.max(bytes, text.length) / 2 ** 20);
    return fail('too-large', { file: fileName, megabytes }, `${fileName}: the file is ${megabytes} MB; Close Reader imports files up to 50 MB`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('not-json', { file: fileName, reason }, `${fileName}: not JSON: ${reason}`);
  }
  const deep = tooDeep(json, fileName);
  return deep ? failAll([deep]) : ok(json);
}
