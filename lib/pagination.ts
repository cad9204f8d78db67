import { z } from "zod";
import { text } from "./text";

export const PAGE_SIZE = 25;

export type Page<T> = { rows: T[]; total: number; page: number; pageCount: number };

/** Page numbers come from URLs: anything odd falls back to page 1. */
export const PageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export function pageArgs(page: number, size = PAGE_SIZE): { skip: number; take: number } {
  return { skip: (page - 1) * size, take: size };
}

export function toPage<T>(rows: T[], total: number, page: number, size = PAGE_SIZE): Page<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

/** Free-text search from a URL, trimmed and bounded. */
export const SearchSchema = text({ max: 200 }).optional().catch(undefined);
