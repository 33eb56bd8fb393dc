/** The report a person reads after `rentan check`: counts, reasons with sentences, first rows, cost. */
import { REASONS } from '../../shared/reasons';
import { LABELS, formatCount, formatRupiah, type Lang } from './labels';
import { groupFindings } from './findings';
import { sheetRowOf, type CheckedRoster } from './run-check';

/** How many rows of each reason are listed by name. */
const FIRST_ROWS = 5;

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/** The cell as the user typed it, for showing beside a row number (a NIK number as Excel would show it). */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Math.abs(value) >= 1e15) return value.toExponential(5).replace('e+', 'E+');
  return String(value).trim();
}

export function formatReport(checked: CheckedRoster, lang: Lang): string {
  const L = LABELS[lang];
  const n = (value: number): string => formatCount(value, lang);
  const { summary, kinds, located, request } = checked;
  const out: string[] = [];

  const where = located.sheet === null ? request.file : `${request.file}, ${L.sheet} "${located.sheet}"`;
  out.push(`${L.file}: ${where}; ${L.headersOnRow} ${checked.headerRow}`);
  const firstRow = sheetRowOf(checked, kinds.workers[0]!);
  const lastRow = sheetRowOf(checked, kinds.workers[kinds.workers.length - 1]!);
  const aside = [
    kinds.ignored.length > 0 ? L.ignored(n(kinds.ignored.length)) : '',
    kinds.blank > 0 ? L.blank(n(kinds.blank)) : '',
  ].filter(Boolean);
  out.push(
    `${L.workers}: ${n(kinds.workers.length)} ${L.rows} (${L.row} ${firstRow}–${lastRow})` +
      (aside.length > 0 ? `; ${aside.join(', ')}` : ''),
  );
  const policy = request.policy;
  out.push(`${L.asOf} ${request.asOf}; ${L.age} ${policy.minAge}–${policy.maxAge} ${L.years}`);
  out.push('');

  const counts: [string, number][] = [
    [L.eligible, summary.eligible],
    [L.waitlisted, summary.waitlisted],
    [L.rejected, summary.rejected],
  ];
  const countWidth = Math.max(...counts.map(([, c]) => n(c).length));
  for (const [label, count] of counts) out.push(`  ${pad(label, 16)}${padStart(n(count), countWidth)}`);
  out.push('');

  const groups = groupFindings(checked, lang, FIRST_ROWS);
  if (groups.length === 0) out.push(L.noReasons);
  else {
    const names = groups.map((g) => (g.warning ? `${g.code} (${L.warning})` : g.code));
    const nameWidth = Math.max(L.reason.length, ...names.map((s) => s.length));
    const numWidth = Math.max(L.count.length, ...groups.map((g) => n(g.count).length));
    out.push(`${pad(L.reason, nameWidth)}  ${padStart(L.count, numWidth)}  ${L.sentence}`);
    groups.forEach((g, i) => {
      out.push(`${pad(names[i]!, nameWidth)}  ${padStart(n(g.count), numWidth)}  ${g.summary}`);
    });
    out.push('');
    out.push(`${L.firstRows}:`);
    for (const g of groups) {
      out.push(`  ${g.code}`);
      g.firstRows.forEach((index, k) => {
        const row = checked.read.rows[index]!;
        const cells = located.grid[located.headerIndex + 1 + index] ?? [];
        const nikColumn = checked.read.header.columns.nik;
        const nik = nikColumn === undefined ? '' : shown(cells[nikColumn]);
        const who = [row.name ?? '', nik !== '' ? `NIK ${nik}` : ''].filter(Boolean).join(', ');
        // The sentence again only when it says something about this row (an age, a first row).
        const own = /\{\w+\}/.test(REASONS[g.code][lang]) ? ` — ${g.sentences[k]}` : '';
        out.push(`    ${pad(`${L.row} ${sheetRowOf(checked, index)}`, 11)}${who}${own}`);
      });
      if (g.count > g.firstRows.length) out.push(`    … ${L.more(n(g.count - g.firstRows.length))}`);
    }
  }

  out.push('');
  if (checked.cost === null) out.push(L.noCost);
  else {
    const { line, workers, runs, total } = checked.cost;
    out.push(
      `${L.cost}: ${L.costFor(n(workers))}, ${line.program}, ${line.funding}, ${line.sector}, ` +
        `${line.startMonth}, ${n(line.months)} ${L.months}`,
    );
    for (const run of runs) {
      const span = run.from === run.to ? `${run.from}` : `${run.from} – ${run.to}`;
      out.push(
        `  ${pad(span, 20)}${padStart(n(run.months), 3)} ${L.months} × ${formatRupiah(run.rate, lang)} × ${n(workers)} = ${formatRupiah(run.amount, lang)}`,
      );
    }
    out.push(`  ${L.total} ${formatRupiah(total, lang)}`);
  }
  return out.join('\n');
}
