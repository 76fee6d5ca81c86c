/**
 * A node:test reporter that writes `{ passed, failed, skipped }` as JSON (to the destination given
 * with --test-reporter-destination) for test/support/run-all.mjs. Suites are not counted; a file
 * that fails to load shows up as a failed test and is counted.
 */
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield JSON.stringify(counts);
}
