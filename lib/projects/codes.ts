import "server-only";
// Đề án codes: "<source>-<plan year>-<province code, or LT for inter-provincial>-NNN", numbered
// per prefix. The numbering is serialised per prefix by a transaction-scoped advisory lock; the
// unique index on Project.code is the final guard. The lock lasts until the caller's transaction
// ends, so callers reserve as late as they can (docs/decisions/015-bulk-mau-2-import.md).
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { lockAdvisory } from "../db/locks";
import { Prisma } from "../db/generated/client";
import { toSearchText } from "../search-text";

export function codePrefix(fundingSource: string, planYear: number, provinceCode: string | null): string {
  return `${fundingSource}-${planYear}-${provinceCode ?? "LT"}-`;
}

/** The next `count` codes of a prefix, in order, reserved until the caller's transaction ends. */
export async function reserveCodes(tx: Tx, prefix: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  await lockAdvisory(tx, { kind: "project-code", prefix });
  // The highest number in use, computed by the database (a prefix may already hold thousands).
  const [{ highest }] = await tx.$queryRaw<[{ highest: number }]>`
    SELECT coalesce(max(substring(code FROM ${prefix.length + 1}::int)::bigint), 0)::float8 AS highest
      FROM "Project" WHERE starts_with(code, ${prefix}) AND substring(code FROM ${prefix.length + 1}::int) ~ '^[0-9]{1,15}$'`;
  return Array.from({ length: count }, (_, i) => `${prefix}${String(highest + 1 + i).padStart(3, "0")}`);
}

/**
 * A unique stand-in code for a đề án inserted before it is numbered (bulk import): it can never
 * match a real prefix, and numberProjects replaces it before the transaction commits.
 */
export function provisionalCode(): string {
  return `~${randomUUID()}`;
}

export type ToNumber = { id: string; prefix: string; title: string };

/**
 * Gives each đề án the next code of its prefix, in the given order, in one UPDATE. Prefixes are
 * reserved in sorted order so two imports never wait on each other crosswise. Call it last in the
 * transaction: the prefix locks are held from here until commit.
 */
export async function numberProjects(tx: Tx, projects: readonly ToNumber[]): Promise<Map<string, string>> {
  const byPrefix = new Map<string, ToNumber[]>();
  for (const p of projects) byPrefix.set(p.prefix, [...(byPrefix.get(p.prefix) ?? []), p]);
  const assigned = new Map<string, string>();
  for (const prefix of [...byPrefix.keys()].sort()) {
    const group = byPrefix.get(prefix)!;
    const codes = await reserveCodes(tx, prefix, group.length);
    group.forEach((p, i) => assigned.set(p.id, codes[i]!));
  }
  const rows = projects.map((p) => Prisma.sql`(${p.id}::uuid, ${assigned.get(p.id)!}, ${toSearchText(assigned.get(p.id)!, p.title)})`);
  for (let i = 0; i < rows.length; i += UPDATE_CHUNK) {
    await tx.$executeRaw`UPDATE "Project" AS p SET code = v.code, "searchText" = v.search FROM (VALUES ${Prisma.join(rows.slice(i, i + UPDATE_CHUNK))}) AS v(id, code, search) WHERE p.id = v.id`;
  }
  return assigned;
}

/** Three parameters a row; well under PostgreSQL's 65.535 bind parameters per statement. */
const UPDATE_CHUNK = 5000;
