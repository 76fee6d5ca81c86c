/**
 * The library's storage line and export reminder as facts: the reminder rule (a reader with
 * annotations who never exported, or last exported 14 days ago or more) and what the browser's
 * storage manager says. The browser's part is a stand-in with fixed answers, passed in as the
 * app receives `navigator.storage`.
 */
import { expect } from '@open-wc/testing';
import type { BrowserStorage } from '../../../src/app/durability/browser-storage.js';
import { storageReport } from '../../../src/app/durability/storage-report.js';

const NOW = '2026-11-23T12:00:00.000Z';

/** A storage manager that answers `usage` and `persisted`, and says when it was asked to persist. */
function browserSaying(usage: number, persisted: boolean): BrowserStorage & { persistCalls: number } {
  return {
    persistCalls: 0,
    persist() {
      this.persistCalls += 1;
      return Promise.resolve(persisted);
    },
    persisted: () => Promise.resolve(persisted),
    estimate: () => Promise.resolve({ usage, quota: 10 ** 9 }),
  };
}

describe('the export reminder', () => {
  const cases: { name: string; annotationCount: number; lastExport: string | undefined; remind: boolean }[] = [
    { name: 'never exported, with annotations', annotationCount: 3, lastExport: undefined, remind: true },
    { name: 'exported 10 days ago', annotationCount: 3, lastExport: '2026-11-13T12:00:00.000Z', remind: false },
    { name: 'exported 15 days ago', annotationCount: 3, lastExport: '2026-11-08T12:00:00.000Z', remind: true },
    { name: 'exported exactly 14 days ago', annotationCount: 3, lastExport: '2026-11-09T12:00:00.000Z', remind: true },
    { name: 'exported 13 days and 23 hours ago', annotationCount: 3, lastExport: '2026-11-09T13:00:00.000Z', remind: false },
    { name: 'no annotations, never exported', annotationCount: 0, lastExport: undefined, remind: false },
    { name: 'no annotations, exported 15 days ago', annotationCount: 0, lastExport: '2026-11-08T12:00:00.000Z', remind: false },
    { name: 'an export dated in the future (a clock set back)', annotationCount: 3, lastExport: '2026-12-01T12:00:00.000Z', remind: false },
  ];
  for (const { name, annotationCount, lastExport, remind } of cases) {
    it(`${remind ? 'reminds' : 'does not remind'}: ${name}`, async () => {
      const report = await storageReport(browserSaying(1, false), {
        safekeeping: { storageAsked: false, lastExport },
        annotationCount,
        now: NOW,
      });
      expect(report.remindToExport).to.equal(remind);
      expect(report.lastExport).to.equal(lastExport);
    });
  }
});

describe('the storage report', () => {
  it('gives what the browser says: bytes stored and whether it keeps them, without asking it to', async () => {
    const browser = browserSaying(35_000, true);
    const report = await storageReport(browser, { safekeeping: { storageAsked: true, lastExport: NOW }, annotationCount: 3, now: NOW });
    expect(report).to.deep.equal({ usage: 35_000, persisted: true, asked: true, remindToExport: false, lastExport: NOW });
    expect(browser.persistCalls).to.equal(0);
  });

  it('still reminds where the browser has no storage manager or its answers fail', async () => {
    const failing: BrowserStorage = {
      persist: () => Promise.reject(new Error('no')),
      persisted: () => Promise.reject(new Error('no')),
      estimate: () => Promise.reject(new Error('no')),
    };
    const facts = { safekeeping: { storageAsked: false, lastExport: undefined }, annotationCount: 1, now: NOW };
    const expected = { usage: undefined, persisted: undefined, asked: false, remindToExport: true, lastExport: undefined };
    expect(await storageReport(undefined, facts)).to.deep.equal(expected);
    expect(await storageReport(failing, facts)).to.deep.equal(expected);
  });
});
