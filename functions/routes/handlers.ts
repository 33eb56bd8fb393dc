/** One handler per operation of the route table: read input, call a roster service, answer. */
import type { Context } from 'hono';
import { rateTables } from '../../shared/rates';
import {
  ChunkNumberSchema,
  ChunkUploadRequestSchema,
  CreateRosterRequestSchema,
  KpjImportRequestSchema,
  NikLookupRequestSchema,
  PageQuerySchema,
  RosterIdSchema,
} from '../../shared/contracts';
import type { Caller } from '../http/auth';
import { chunkRowLabel, jsonBody, validated } from '../http/validate';
import { publicRoster } from '../store';
import type { Deps } from '../rosters/deps';
import { createRoster } from '../rosters/create';
import { uploadChunk } from '../rosters/upload-chunk';
import { submitRoster, withdrawRoster } from '../rosters/submit';
import { rosterSummary } from '../rosters/summary';
import { exportRoster } from '../rosters/export';
import { importKpj } from '../rosters/import-kpj';
import { listChunks, listRows, lookupNiks } from '../rosters/reads';
// The same schema objects the route table (and so the OpenAPI document) names.
import { ExportQuerySchema, RowsPageQuerySchema, type OperationId } from './table';

export type Handler = (c: Context, caller: Caller) => Promise<Response>;

const rosterId = (c: Context) => validated(RosterIdSchema, c.req.param('id'), 'path', 'id');

export function handlers(deps: Deps): Record<OperationId, Handler> {
  return {
    async createRoster(c, caller) {
      const request = await jsonBody(c, CreateRosterRequestSchema);
      return c.json(await createRoster(deps, caller, request), 201);
    },
    async listRosters(c, caller) {
      const query = validated(PageQuerySchema, c.req.query(), 'query');
      return c.json(await deps.store.rosters.list(caller, query.limit, query.cursor));
    },
    async getRoster(c, caller) {
      return c.json(publicRoster(await deps.store.rosters.get(caller, rosterId(c))));
    },
    async uploadChunk(c, caller) {
      const id = rosterId(c);
      const chunk = validated(ChunkNumberSchema, c.req.param('chunk'), 'path', 'chunk');
      const body = await jsonBody(c, ChunkUploadRequestSchema, chunkRowLabel);
      const { result, replayed } = await uploadChunk(deps, caller, id, chunk, body);
      c.header('Idempotent-Replayed', replayed ? 'true' : 'false');
      return c.json(result);
    },
    async submitRoster(c, caller) {
      const { roster, accepted } = await submitRoster(deps, caller, rosterId(c));
      if (accepted) c.header('Location', `/v1/rosters/${roster.id}`);
      return c.json({ roster }, accepted ? 202 : 200);
    },
    async withdrawRoster(c, caller) {
      const { roster, accepted } = await withdrawRoster(deps, caller, rosterId(c));
      return c.json(roster, accepted ? 202 : 200);
    },
    async listChunks(c, caller) {
      return c.json(await listChunks(deps, caller, rosterId(c)));
    },
    async rosterSummary(c, caller) {
      return c.json(await rosterSummary(deps, caller, rosterId(c)));
    },
    async listRows(c, caller) {
      const query = validated(RowsPageQuerySchema, c.req.query(), 'query');
      return c.json(await listRows(deps, caller, rosterId(c), query));
    },
    async exportRoster(c, caller) {
      const { format } = validated(ExportQuerySchema, c.req.query(), 'query');
      const file = await exportRoster(deps, caller, rosterId(c), format);
      return c.body(file.body as never, 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
      });
    },
    async importKpj(c, caller) {
      const request = await jsonBody(c, KpjImportRequestSchema);
      return c.json(await importKpj(deps, caller, rosterId(c), request));
    },
    async lookupNiks(c, caller) {
      const request = await jsonBody(c, NikLookupRequestSchema);
      return c.json(await lookupNiks(deps, caller, request.niks));
    },
    async rateTables(c) {
      return c.json(rateTables());
    },
  };
}
