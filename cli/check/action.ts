/** What `rentan check FILE` does once its options are parsed. */
import type { CheckOptions } from '../commands/check';
import type { CliContext } from '../context';
import { EXIT } from '../exit-codes';
import { LABELS } from './labels';
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

  if (context.interactive) context.err(`${L.file}: ${file} …`);
  const checked = await checkFile({
    file,
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    asOf,
    policy,
    cost,
  });
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
