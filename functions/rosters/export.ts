/** Exporting a submitted roster's covered rows (eligible or registered) for BPJS registration. */
import { BPJS_COLLECTIVE_COLUMNS, allows, refusal, type ExportFormat } from '../../shared/contracts';
import { publicRoster, type Tenant } from '../store';
import { HttpProblem } from '../http/problem';
import { exportCsv } from '../export/csv';
import { exportXlsx } from '../export/xlsx';
import type { Deps } from './deps';

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}

export async function exportRoster(
  deps: Deps,
  tenant: Tenant,
  rosterId: string,
  format: ExportFormat,
): Promise<ExportFile> {
  const stored = await deps.store.rosters.get(tenant, rosterId);
  if (!allows(stored.status, 'export'))
    throw new HttpProblem('conflict', refusal(rosterId, stored.status, 'export'));
  const roster = publicRoster(stored);
  const chunks = await deps.store.chunks.list(tenant, rosterId);
  const rows = (await deps.store.rows.readAll(tenant, rosterId, chunks))
    .filter((r) => r.status === 'eligible' || r.status === 'registered')
    .sort((a, b) => a.row - b.row)
    .map((r) => r.data);
  const base = `rentan-${roster.regency}-${roster.id}`;
  if (format === 'csv') {
    return {
      body: exportCsv(BPJS_COLLECTIVE_COLUMNS, roster, rows),
      contentType: 'text/csv; charset=utf-8',
      fileName: `${base}.csv`,
    };
  }
  return {
    body: await exportXlsx(BPJS_COLLECTIVE_COLUMNS, roster, rows),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${base}.xlsx`,
  };
}
