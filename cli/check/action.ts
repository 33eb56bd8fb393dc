/** What `rentan check FILE` does once its options are parsed. */
import type { CheckOptions } from '../commands/check';
import type { CliContext } from '../context';
import { EXIT } from '../exit-codes';
import { LABELS, formatCount } from './labels';
import { reportJson } from './report-json';
import { formatReport } from './report-text';
import { checkFile } from './run-check';
import { resolveAsOf, resolveCostLine, resolvePolicy } from './settings';

export async function runCheck(file: string, options: CheckOptions, context: CliContext): Promise<void> {
  const L = LABELS[options.lang];
  // Every option is checked before the file is read: a typo should not cost a long read.
  const policy = await resolvePolicy(options.policy, options.set);
  const cost = resolveCostLine(options);
  const asOf = resolveAsOf(options.asOf, options.start);
  const writer = options.out === undefined ? undefined : await import('./write-checked');
  if (writer && options.out !== undefined) writer.checkOutPath(options.out, file);

  // Progress on a terminal only: a line rewritten in place, gone before the report.
  const onRows = context.interactive
    ? (rows: number) => context.progress(`${L.reading(file)} ${formatCount(rows, options.lang)} ${L.rows} …`)
    : undefined;
  const checked = await checkFile({
    file,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(onRows === undefined ? {} : { onRows }),
    asOf,
    policy,
    cost,
  }).finally(() => context.progress(''));
  if (writer && options.out !== undefined) await writer.writeChecked(checked, options.out, options.lang);

  if (options.json) context.out(JSON.stringify(reportJson(checked)));
  else {
    context.out(formatReport(checked, options.lang));
    if (options.out !== undefined) context.out(`\n${L.written} ${options.out}`);
  }
  if (options.strict && checked.summary.rejected + checked.summary.waitlisted > 0) {
    context.exitCode = EXIT.ROSTER_PROBLEMS;
  }
}
