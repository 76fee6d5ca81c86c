/**
 * Two tabs on one IndexedDB database, at random (issue 12, "Two tabs"): two annotation stores, each
 * over its own connection to one real database and talking over a BroadcastChannel, run random
 * interleavings of tag, recategorise, note, delete, undo and redo; every confirmed operation's
 * effect is there at the end unless a later operation on the same field replaced it
 * (test/support/two-tab-runs.ts says what is checked). Fewer runs than the in-memory twin in
 * test/app/annotations, each on a fresh database.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { checkRun, logged, RUN_DOC, runCommands, tabCommands } from '../support/two-tab-runs.js';
import { TestDatabases } from '../support/test-database.js';

const RUNS = 60;

describe('two tabs on one IndexedDB database, at random', () => {
  const databases = new TestDatabases();

  afterEach(() => databases.cleanUp());

  it('keep every confirmed effect unless a later operation on the same field replaced it', async function () {
    this.timeout(180_000);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(tabCommands(30), async (commands) => {
        const first = await databases.open();
        const second = await databases.open(first.name);
        const log: Parameters<typeof logged>[1] = [];
        const channel = `test-${crypto.randomUUID()}`;
        const tabs = [first, second].map((db, tab) => {
          let n = 0;
          const clock = { now: () => `2026-11-23T12:${String(n).padStart(4, '0')}.00${tab}Z`, newId: () => `t${tab}-${++n}` };
          return new AnnotationStore(logged(new AnnotationRepository(db), log), clock, channel);
        }) as [AnnotationStore, AnnotationStore];
        try {
          await Promise.all(tabs.map((tab) => tab.load(RUN_DOC)));
          const steps = await runCommands(tabs, commands);
          checkRun(log, steps, await first.getAll('annotations'));
          runs += 1;
        } finally {
          for (const tab of tabs) tab.close();
          await databases.cleanUp();
        }
      }),
      { numRuns: RUNS },
    );
    expect(runs).to.equal(RUNS);
  });
});
