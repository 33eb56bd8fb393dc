/**
 * Paginated lists. A cursor is opaque to clients: pass back `next` unchanged to get the next page.
 * (The server signs it and binds it to the caller's regency; a forged or foreign cursor is a 400.)
 */
import * as z from 'zod';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;

export const PageQuerySchema = z.object({
  cursor: z.string().min(1).max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** The cursor of the next page, or null on the last page. */
    next: z.string().nullable(),
  });
}

export type PageQuery = z.infer<typeof PageQuerySchema>;
export interface Page<T> {
  items: T[];
  next: string | null;
}
