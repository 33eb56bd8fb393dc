/**
 * BENCHMARKS.md from one bench run: the machine, then each bench's rows as ratios to their
 * baselines (median, min–max over turns), the raw medians beside them, and the facts.
 */
import type { BenchOutput, BenchRow } from './harness';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly java: string;
  readonly platform: string;
  /** The 1-minute load average when the run started and when it ended (other work on the machine). */
  readonly load?: { readonly start: number; readonly end: number };
}

export interface BenchSection {
  /** The file name without .bench.ts. */
  readonly name: string;
  readonly seconds: number;
  readonly output?: BenchOutput;
  /** Set when the bench threw. */
  readonly error?: string;
}

export interface PropertyRun {
  readonly runs: number;
  readonly files: number;
  readonly passed: boolean;
  /** vitest's test count line, e.g. "87 passed". */
  readonly tests: string;
  readonly seconds: number;
}

export interface Report {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: Machine;
  readonly sections: readonly BenchSection[];
  readonly properties?: PropertyRun;
  readonly seconds: number;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function figure(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  if (x >= 0.1) return x.toFixed(2);
  return x.toPrecision(2);
}

function rawFigure(row: BenchRow): string {
  const unit = row.raw.unit ?? 'ms';
  return `${figure(row.raw.measured)} / ${figure(row.raw.baseline)} ${unit}`;
}

function target(row: BenchRow): string {
  if (row.target === undefined) return '';
  return `≤ ${row.target}× ${row.ratio.median <= row.target ? 'met' : '**missed**'}`;
}

export function renderReport(report: Report): string {
  const { machine } = report;
  const lines = [
    '# Benchmarks',
    '',
    `The figures of the last \`npm run bench${report.quick ? ' -- --quick' : ''}\`, written by bench/run.ts; rerun it to`,
    'refresh this file. Every figure is a ratio to a baseline measured in the same run, turn by turn',
    '(each turn times the measured code and its baseline one after the other), so load from the rest',
    'of a shared machine falls on both. The ratio is the median over the turns, with the smallest and',
    'largest in brackets; the raw medians are given for reference only: they vary from machine to',
    'machine and from minute to minute.',
    '',
    `- Date: ${report.date}${report.quick ? ' (quick run: small inputs, few turns)' : ''}`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.platform}`,
    `- Node ${machine.node}; Java: ${machine.java}`,
    ...(machine.load
      ? [
          `- Load average (1 min) at start and end: ${machine.load.start.toFixed(1)}, ${machine.load.end.toFixed(1)} on ${machine.cores} cores` +
            (Math.max(machine.load.start, machine.load.end) > machine.cores
              ? ' (above the core count: other work competed with the run, so the spreads are wide)'
              : ''),
        ]
      : []),
    `- Whole run: ${report.seconds.toFixed(0)} s`,
    '',
  ];
  for (const section of report.sections) {
    lines.push(`## ${section.name}`, '');
    if (section.error !== undefined || section.output === undefined) {
      lines.push(`**Failed:** ${cell(section.error ?? 'no output')}`, '');
      continue;
    }
    lines.push(
      '| Figure | Measured | Baseline | Ratio (min–max) | Raw medians | Turns | Target |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const row of section.output.rows) {
      lines.push(
        `| \`${cell(row.name)}\` | ${cell(row.what)} | ${cell(row.baseline)} | **${figure(row.ratio.median)}×** (${figure(row.ratio.min)}–${figure(row.ratio.max)}) | ${rawFigure(row)} | ${row.turns} | ${target(row)} |`,
      );
    }
    lines.push('');
    for (const fact of section.output.facts ?? []) lines.push(`- ${cell(fact.name)}: ${cell(fact.value)}`);
    if (section.output.facts?.length) lines.push('');
    lines.push(`_${section.seconds.toFixed(1)} s_`, '');
  }
  lines.push('## Property tests', '');
  const p = report.properties;
  if (p === undefined) {
    lines.push('Not run in this run (`npm run bench` without --quick runs them with 10,000 cases each).', '');
  } else {
    lines.push(
      `Every fast-check property of test/shared (${p.files} files) with RENTAN_PROPERTY_RUNS=${p.runs}: ` +
        `**${p.passed ? 'passed' : 'FAILED'}** (${p.tests}) in ${p.seconds.toFixed(0)} s.`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
