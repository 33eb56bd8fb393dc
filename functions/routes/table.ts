/**
 * Every route of the API, as data: method, path, who may call it, and its contracts. The app
 * registers handlers from this table, the OpenAPI document is generated from it, and the auth
 * tests loop over it, so a new route cannot be added without a role, a schema and its tests.
 */
import * as z from 'zod';
import type { Role } from '../../shared/access';
import {
  ChunkListingSchema,
  ChunkResultSchema,
  ChunkUploadRequestSchema,
  CreateRosterRequestSchema,
  EXPORT_FORMATS,
  KpjImportRequestSchema,
  KpjImportResultSchema,
  NikLookupRequestSchema,
  NikLookupResultSchema,
  PageQuerySchema,
  RosterRowViewSchema,
  RosterSchema,
  RosterSummarySchema,
  RowsQuerySchema,
  SubmitResultSchema,
  pageOf,
} from '../../shared/contracts';

export type Method = 'get' | 'post' | 'put';

export interface RouteSpec {
  operationId: string;
  method: Method;
  /** Hono path syntax (`:id`); the OpenAPI document shows `{id}`. */
  path: string;
  summary: string;
  roles: readonly Role[];
  body?: z.ZodType;
  query?: z.ZodType;
  /** JSON response schema; absent for file downloads. */
  response?: z.ZodType;
  /** Status of a success. */
  status: 200 | 201 | 202;
  /** Content types of a file download. */
  produces?: readonly string[];
}

const READERS: readonly Role[] = ['operator', 'finance', 'admin'];
const WRITERS: readonly Role[] = ['operator', 'admin'];

export const ExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default('csv') });
export const RowsPageQuerySchema = PageQuerySchema.extend(RowsQuerySchema.shape);

export const ROUTES = [
  {
    operationId: 'createRoster',
    method: 'post',
    path: '/v1/rosters',
    summary: 'Create a draft roster',
    roles: WRITERS,
    body: CreateRosterRequestSchema,
    response: RosterSchema,
    status: 201,
  },
  {
    operationId: 'listRosters',
    method: 'get',
    path: '/v1/rosters',
    summary: "List your regency's rosters, newest first",
    roles: READERS,
    query: PageQuerySchema,
    response: pageOf(RosterSchema),
    status: 200,
  },
  {
    operationId: 'getRoster',
    method: 'get',
    path: '/v1/rosters/:id',
    summary: 'One roster',
    roles: READERS,
    response: RosterSchema,
    status: 200,
  },
  {
    operationId: 'uploadChunk',
    method: 'put',
    path: '/v1/rosters/:id/chunks/:chunk',
    summary: 'Upload one chunk of 1 to 2,000 rows (idempotent per chunk number)',
    roles: WRITERS,
    body: ChunkUploadRequestSchema,
    response: ChunkResultSchema,
    status: 200,
  },
  {
    operationId: 'submitRoster',
    method: 'post',
    path: '/v1/rosters/:id/submit',
    summary:
      'Lock the roster and start (or resume) the job that re-checks it and claims each NIK; 202, then poll the roster',
    roles: WRITERS,
    response: SubmitResultSchema,
    status: 202,
  },
  {
    operationId: 'withdrawRoster',
    method: 'post',
    path: '/v1/rosters/:id/withdraw',
    summary: 'Withdraw a draft, or an unfinished submission (202 while its claims are released)',
    roles: WRITERS,
    response: RosterSchema,
    status: 200,
  },
  {
    operationId: 'listChunks',
    method: 'get',
    path: '/v1/rosters/:id/chunks',
    summary: 'The chunks the server holds (to resume an upload)',
    roles: READERS,
    response: ChunkListingSchema,
    status: 200,
  },
  {
    operationId: 'rosterSummary',
    method: 'get',
    path: '/v1/rosters/:id/summary',
    summary: 'Counts by status and reason, and cost by village and funding source',
    roles: READERS,
    response: RosterSummarySchema,
    status: 200,
  },
  {
    operationId: 'listRows',
    method: 'get',
    path: '/v1/rosters/:id/rows',
    summary: 'Rows with their statuses (paginated, optionally one status)',
    roles: READERS,
    query: RowsPageQuerySchema,
    response: pageOf(RosterRowViewSchema),
    status: 200,
  },
  {
    operationId: 'exportRoster',
    method: 'get',
    path: '/v1/rosters/:id/export',
    summary: 'The covered rows for BPJS collective registration, as CSV or XLSX',
    roles: READERS,
    query: ExportQuerySchema,
    status: 200,
    produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  {
    operationId: 'importKpj',
    method: 'post',
    path: '/v1/rosters/:id/kpj',
    summary: 'Import BPJS participant numbers (KPJ); matched rows become registered',
    roles: ['admin'],
    body: KpjImportRequestSchema,
    response: KpjImportResultSchema,
    status: 200,
  },
  {
    operationId: 'lookupNiks',
    method: 'post',
    path: '/v1/niks/lookup',
    summary: 'Look up to 1,000 NIKs: claims by your regency, and whether another holds them',
    roles: READERS,
    body: NikLookupRequestSchema,
    response: NikLookupResultSchema,
    status: 200,
  },
  {
    operationId: 'rateTables',
    method: 'get',
    path: '/v1/rates',
    summary: 'The contribution rate tables, discounts and their sources',
    roles: READERS,
    status: 200,
  },
] as const satisfies readonly RouteSpec[];

export type OperationId = (typeof ROUTES)[number]['operationId'];
