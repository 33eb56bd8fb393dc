// Prints vitest's totals from its JSON report as "N passed, M failed" on a line of its own.
// Each failed test counts once. A test file that failed without a failed test of its own (it did
// not load, or a hook failed) counts as one failure. vitest's numFailedTestSuites is not used: it
// counts every describe block around a failed test as well, so one failure read as three.
// Exits non-zero when the report is missing, names a failure, or ran no test.
import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${file}: the type-check or the runner failed before tests ran.`);
  process.exit(1);
}
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(
    `The test report at ${file} is not JSON (${error.message}): the runner stopped while writing it.`,
  );
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failedFiles = (report.testResults ?? []).filter(
  (result) =>
    result.status === 'failed' && !(result.assertionResults ?? []).some((test) => test.status === 'failed'),
);
for (const result of failedFiles) {
  console.error(`${result.name} failed outside any test: ${result.message || 'no message'}`);
}
const failed = (report.numFailedTests ?? 0) + failedFiles.length;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
