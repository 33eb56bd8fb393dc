import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, '../../.ci/totals.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rentan-totals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Status = 'passed' | 'failed' | 'skipped';

/** A vitest JSON report with the given files, each a list of test statuses, in vitest's shape. */
function report(files: { name: string; status?: 'passed' | 'failed'; tests: Status[]; message?: string }[]) {
  const tests = files.flatMap((f) => f.tests);
  return {
    numTotalTests: tests.length,
    numPassedTests: tests.filter((t) => t === 'passed').length,
    numFailedTests: tests.filter((t) => t === 'failed').length,
    numPendingTests: tests.filter((t) => t === 'skipped').length,
    numTodoTests: 0,
    // As vitest counts it: the file and every describe around a failed test (here one each).
    numFailedTestSuites: files.filter((f) => f.status === 'failed' || f.tests.includes('failed')).length * 2,
    success: false,
    testResults: files.map((f) => ({
      name: f.name,
      status: f.status ?? (f.tests.includes('failed') ? 'failed' : 'passed'),
      message: f.message ?? '',
      assertionResults: f.tests.map((status, i) => ({ title: `test ${i}`, status, failureMessages: [] })),
    })),
  };
}

let n = 0;
function totals(content: unknown | string) {
  const file = join(dir, `report-${n++}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const result = spawnSync(process.execPath, [SCRIPT, file], { encoding: 'utf8' });
  return { line: result.stdout.trim(), status: result.status, stderr: result.stderr };
}

describe('.ci/totals.mjs', () => {
  it('counts one failed test once, however many suites around it failed', () => {
    const result = totals(
      report([
        { name: 'a.test.ts', tests: ['passed', 'passed', 'failed'] },
        { name: 'b.test.ts', tests: ['passed'] },
      ]),
    );
    expect(result.line).toBe('3 passed, 1 failed');
    expect(result.status).toBe(1);
  });

  it('counts a file that failed without running a test as one failure, and names it', () => {
    const result = totals(
      report([
        { name: 'broken.test.ts', status: 'failed', tests: [], message: 'Cannot find module x' },
        { name: 'b.test.ts', tests: ['passed', 'passed'] },
      ]),
    );
    expect(result.line).toBe('2 passed, 1 failed');
    expect(result.stderr).toContain('broken.test.ts failed outside any test: Cannot find module x');
    expect(result.status).toBe(1);
  });

  it('counts a file whose hook failed after passing tests as one failure', () => {
    const result = totals(report([{ name: 'hook.test.ts', status: 'failed', tests: ['passed'] }]));
    expect(result.line).toBe('1 passed, 1 failed');
    expect(result.status).toBe(1);
  });

  it('adds failed tests and failed files together', () => {
    const result = totals(
      report([
        { name: 'a.test.ts', tests: ['failed', 'failed', 'passed', 'skipped'] },
        { name: 'broken.test.ts', status: 'failed', tests: [] },
      ]),
    );
    expect(result.line).toBe('1 passed, 3 failed, 1 skipped');
  });

  it('passes a clean run and fails a run with no test', () => {
    expect(totals(report([{ name: 'a.test.ts', tests: ['passed', 'passed'] }]))).toMatchObject({
      line: '2 passed, 0 failed',
      status: 0,
    });
    expect(totals(report([]))).toMatchObject({ line: '0 passed, 0 failed', status: 1 });
  });

  it('reports a missing or half-written report as one failure', () => {
    expect(totals('{"numPassedTests": 3, "testRes')).toMatchObject({ line: '0 passed, 1 failed', status: 1 });
    const missing = spawnSync(process.execPath, [SCRIPT, join(dir, 'none.json')], { encoding: 'utf8' });
    expect(missing.stdout.trim()).toBe('0 passed, 1 failed');
    expect(missing.status).toBe(1);
  });
});
