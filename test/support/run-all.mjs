/**
 * `npm test` after the build: runs the browser suite (web-test-runner: model, editor, storage, ui)
 * and the node suite (end-to-end flows with playwright-core against the built app, and the
 * *.node.test.ts files such as the W3C schema checks), then prints one
 * combined `N passed, M failed` line last. Exits non-zero when any test failed or a runner failed
 * to report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, readdirSync } from 'node:fs';

const resultsDir = '.wtr-results';
rmSync(resultsDir, { recursive: true, force: true });

function run(label, command, args, countsFile) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(countsFile)) {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } else {
    console.error(`${label}: no results were written (${countsFile}); counting the suite as one failure`);
    counts.failed = 1;
  }
  if (result.status !== 0 && counts.failed === 0) {
    console.error(`${label}: runner exited with ${result.status ?? result.signal} but reported no failure; counting one`);
    counts.failed = 1;
  }
  return counts;
}

/** Node-side tests besides the end-to-end flows: *.node.test.ts anywhere under test/. */
function nodeTestFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : nodeTestFiles(path);
    return path.endsWith('.node.test.ts') ? [path] : [];
  });
}
// The end-to-end files (test/e2e/*.test.ts) run in one process through e2e-suite.ts, which imports
// them all: one Chromium and one server for the whole suite instead of one per file.
const nodeFiles = [...nodeTestFiles('test').sort(), 'test/support/e2e-suite.ts'];

const suites = [
  run('browser tests (web-test-runner, Chromium)', 'npx', ['web-test-runner'], `${resultsDir}/browser.json`),
  run(
    'node tests: end to end (playwright-core, built app) and *.node.test.ts',
    'node',
    [
      '--import', 'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/count-reporter-node.mjs', `--test-reporter-destination=${resultsDir}/e2e.json`,
      ...nodeFiles,
    ],
    `${resultsDir}/e2e.json`,
  ),
];

const total = suites.reduce(
  (sum, counts) => ({
    passed: sum.passed + counts.passed,
    failed: sum.failed + counts.failed,
    skipped: sum.skipped + (counts.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
