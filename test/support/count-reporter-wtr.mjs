/**
 * A web-test-runner reporter that counts passed and failed tests after the run, prints
 * `N passed, M failed` on a line of its own (wtr's own summary sits inside its progress bar) and
 * writes the counts to a file for test/support/run-all.mjs. A test file that fails to load or throws
 * outside a test counts as one failed test, so a broken import can never pass silently.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** Creates the reporter; `outFile` receives `{ passed, failed, skipped }` as JSON. */
export function countReporter({ outFile }) {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed + counts.passed;
        countSuite(session.testResults, counts);
        const ran = counts.failed + counts.passed - before;
        if (session.errors.length > 0 || (ran === 0 && session.passed === false)) {
          counts.failed += 1;
          for (const error of session.errors) {
            console.error(`\n${session.testFile}: ${error.message}`);
          }
        }
      }
    },
    stop() {
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, JSON.stringify(counts));
      console.log(`\nbrowser tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
    },
  };
}
