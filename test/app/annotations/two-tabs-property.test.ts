/**
 * Two tabs on one store, at random (issue 12, "Two tabs"): two annotation stores over one in-memory
 * store, which merges exactly as IndexedDB does, run random interleavings of tag, recategorise,
 * note, delete, undo and redo; every confirmed operation's effect is there at the end unless a later
 * operation on the same field replaced it (test/support/two-tab-runs.ts says what is checked).
 * In memory, so that many runs fit; test/storage/two-tabs-property.test.ts runs fewer on IndexedDB.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { checkRun, logged, RUN_DOC, runCommands, tabCommands } from '../../support/two-tab-runs.js';

describe('two tabs on one store, at random', () => {
  it('keep every confirmed effect unless a later operation on the same field replaced it', async function () {
    this.timeout(120_000);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(tabCommands(40), fc.boolean(), async (commands, hear) => {
        const memory = new MemoryAnnotationPersistence();
        const log: Parameters<typeof logged>[1] = [];
        // With `hear`, the tabs tell each other over a channel; without, each copy stays as stale as it gets.
        const channel = hear ? `test-${crypto.randomUUID()}` : undefined;
        const tabs = [0, 1].map((tab) => {
          let n = 0;
          const clock = { now: () => `2026-11-23T12:${String(n).padStart(4, '0')}.00${tab}Z`, newId: () => `t${tab}-${++n}` };
          return new AnnotationStore(logged(memory, log), clock, channel);
        }) as [AnnotationStore, AnnotationStore];
        try {
          await Promise.all(tabs.map((tab) => tab.load(RUN_DOC)));
          const steps = await runCommands(tabs, commands);
          checkRun(log, steps, await memory.listAll());
          runs += 1;
        } finally {
          for (const tab of tabs) tab.close();
        }
      }),
      { numRuns: 500 },
    );
    expect(runs).to.equal(500);
  });
});
