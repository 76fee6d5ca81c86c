/**
 * Every end-to-end file (test/e2e/*.test.ts, or the ones CR_E2E_FILES names, comma-separated) in one
 * test process, so that the whole suite shares one Chromium and one server of the built app
 * (start-app.ts): node --test would start both once per file, and start-up is most of an
 * end-to-end file's time. Each file still runs alone as before. A file that fails to load is one
 * failed test named for it; the others run.
 */
import { readdirSync } from 'node:fs';
import { it } from 'node:test';

const e2e = new URL('../e2e/', import.meta.url);
const wanted = process.env['CR_E2E_FILES'];
const files = wanted
  ? wanted.split(',').map((file) => file.trim().replace(/^test\/e2e\//, ''))
  : readdirSync(e2e)
      .filter((file) => file.endsWith('.test.ts'))
      .sort();

for (const file of files) {
  try {
    await import(new URL(file, e2e).href);
  } catch (error) {
    it(`loads test/e2e/${file}`, () => {
      throw error;
    });
  }
}
