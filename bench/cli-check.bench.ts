/**
 * `rentan check` of a 100,000-row village workbook (title rows above the table, a signature block
 * under it) as a ratio to exceljs merely reading the same file (issue 9; aim: at most 1.5×).
 *
 * Both sides are whole processes started the same way, so both pay for starting Node and loading
 * exceljs: the floor is `node -e` streaming every row of the file with exceljs's WorkbookReader
 * (the fastest way exceljs reads), the measured side is the `rentan` bin as a user runs it (tsx,
 * reading, finding the header row, readRoster, checkRoster, the report). They run in turns, so a
 * burst of load on the shared machine falls on both alike.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { syntheticRoster } from '../test/support/synthetic';
import { compare, inTurns, type BenchContext, type BenchOutput } from './harness';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RENTAN = join(REPO, 'node_modules', '.bin', 'rentan');

/** Streams every row of the workbook and counts cells: what any reader of the file must do at least. */
const EXCELJS_READ = `
const ExcelJS = require('exceljs');
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], {
    sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) cells += row.values.length;
  console.log(cells);
})();`;

function runProcess(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/** A village workbook: a merged title block, a blank row, the roster, a blank row, the signature block. */
async function writeVillageWorkbook(path: string, values: readonly (readonly unknown[])[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('Kabupaten Kapuas');
  // Merges are declared before their rows are committed (the streaming writer forgets committed rows).
  sheet.addRow(['DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN']);
  sheet.addRow(['KABUPATEN KAPUAS TAHUN 2026']);
  sheet.mergeCells('A1:I1');
  sheet.mergeCells('A2:I2');
  sheet.addRow([]).commit();
  for (const row of values) sheet.addRow([...row] as ExcelJS.CellValue[]).commit();
  sheet.addRow([]).commit();
  for (const line of ['Kuala Kapuas, 5 Januari 2026', 'Kepala Dinas Sosial', '', '(NAMA KEPALA DINAS)']) {
    sheet.addRow([null, null, null, null, null, null, line]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

export async function run(context: BenchContext): Promise<BenchOutput> {
  const ROWS = context.quick ? 5_000 : 100_000;
  const RUNS = context.quick ? 1 : 3;
  const dir = await mkdtemp(join(tmpdir(), 'rentan-bench-cli-'));
  try {
    const file = join(dir, 'kapuas.xlsx');
    const { values } = syntheticRoster({
      rows: ROWS,
      seed: 2026,
      regency: '6203',
      villages: 200,
      asOf: '2026-01-01',
    });
    await writeVillageWorkbook(file, values);

    const check = () => runProcess(RENTAN, ['check', file, '--as-of', '2026-01-01', '--json']);
    const read = () => runProcess(process.execPath, ['-e', EXCELJS_READ, file]);
    // One run of each first: tsx's compile cache and the file cache warm for both sides.
    const json = JSON.parse(await check()) as {
      rows: number;
      headerRow: number;
      eligible: number;
      rejected: number;
    };
    await read();
    if (json.rows !== ROWS) throw new Error(`rentan check counted ${json.rows} rows, expected ${ROWS}.`);

    const m = await inTurns({ check, read }, RUNS, { warmup: 0 });
    const size = (await stat(file)).size;
    return {
      rows: [
        compare({
          name: `cli.check.${ROWS}`,
          what: `rentan check of a ${ROWS.toLocaleString('en')}-row xlsx (whole process)`,
          baseline: 'exceljs streaming every row of the same file (whole process)',
          measured: m.check,
          floor: m.read,
          target: 1.5,
        }),
      ],
      facts: [
        { name: 'file', value: `${(size / 1024 / 1024).toFixed(1)} MiB, headers on row ${json.headerRow}` },
        {
          name: 'verdicts',
          value: `${json.eligible} eligible, ${json.rejected} rejected of ${json.rows} rows`,
        },
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
