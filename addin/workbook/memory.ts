/**
 * What Rentan remembers per workbook, kept in the workbook's own settings (they are saved with
 * the file, so they survive closing the pane, the workbook or Excel). Each part is one setting
 * holding JSON; a part that does not read back as expected is treated as absent, never trusted.
 */
import * as z from 'zod/mini';
import { ROSTER_FIELDS } from '../../shared/roster';
import type { WorkbookMemory } from './types';

const KEYS = {
  headerMapping: 'rentan.headerMapping',
  rosterId: 'rentan.rosterId',
  submission: 'rentan.submission',
} as const satisfies Record<keyof WorkbookMemory, string>;

const SHAPES = {
  headerMapping: z.object({
    sheet: z.string(),
    columns: z.partialRecord(z.enum(ROSTER_FIELDS), z.string()),
  }),
  rosterId: z.string().check(z.minLength(1)),
  submission: z.object({
    rosterId: z.string(),
    totalRows: z.number(),
    chunkRows: z.number(),
    chunksDone: z.number(),
    state: z.enum(['uploading', 'submitting', 'submitted']),
    updatedAt: z.string(),
  }),
};

function parse<K extends keyof WorkbookMemory>(part: K, stored: unknown): WorkbookMemory[K] {
  if (typeof stored !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const result = SHAPES[part].safeParse(value);
  return (result.success ? result.data : null) as WorkbookMemory[K];
}

export async function recallIn(context: Excel.RequestContext): Promise<WorkbookMemory> {
  const settings = context.workbook.settings;
  const items = (Object.keys(KEYS) as (keyof WorkbookMemory)[]).map((part) => {
    const item = settings.getItemOrNullObject(KEYS[part]);
    item.load('value');
    return [part, item] as const;
  });
  await context.sync();
  const stored = (part: keyof WorkbookMemory): unknown => {
    const item = items.find(([p]) => p === part)![1];
    return item.isNullObject ? null : item.value;
  };
  return {
    headerMapping: parse('headerMapping', stored('headerMapping')),
    rosterId: parse('rosterId', stored('rosterId')),
    submission: parse('submission', stored('submission')),
  };
}

export async function rememberIn(
  context: Excel.RequestContext,
  patch: Partial<WorkbookMemory>,
): Promise<void> {
  const settings = context.workbook.settings;
  for (const part of Object.keys(KEYS) as (keyof WorkbookMemory)[]) {
    if (!Object.hasOwn(patch, part)) continue;
    // `add` replaces an existing setting; "null" reads back as absent.
    settings.add(KEYS[part], JSON.stringify(patch[part] ?? null));
  }
  await context.sync();
}
