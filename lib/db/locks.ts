import "server-only";
// The lock helpers; no `FOR UPDATE` or `pg_advisory…` is written outside lib/db/
// (tests/architecture.test.ts). Both hold until the transaction ends.
//
// Row locks serialise writers of the same record (a đề án's status, a plan's versions). Ids are
// deduplicated and sorted, and Postgres locks the rows in that order (LockRows sits above the
// sort), so two transactions locking overlapping sets cannot deadlock. Strings that are not uuids
// match no row: they are dropped instead of failing the cast, and the caller's scoped read then
// answers "not found" as for any missing id.
//
// The rule that keeps this deadlock-free: a transaction that needs several rows of one table locks
// them all in ONE lockRows call (the sort only orders within a call), before it locks any of them
// one by one; lockProject on a row already held is then just a re-read. Across tables, lock the
// AnnualPlan before its đề án (lockPlan first, as issuePlan and decideAdjustment do), and both
// before a Contract (the ledger locks one contract row per entry, docs/decisions/020).
//
// Advisory locks serialise work that has no row to lock yet (the next đề án code of a prefix, the
// first allocation of a year). Keys are typed: each kind names what it serialises.
import { z } from "zod";
import type { Tx } from "./client";
import { Prisma } from "./generated/client";

/** Tables whose rows are locked for update; the name is an identifier, never user input. */
export type LockableTable = "Project" | "AnnualPlan" | "Contract";
const TABLE_SQL: Record<LockableTable, Prisma.Sql> = { Project: Prisma.raw('"Project"'), AnnualPlan: Prisma.raw('"AnnualPlan"'), Contract: Prisma.raw('"Contract"') };

const isUuid = (value: string) => z.uuid().safeParse(value).success;

/** The ids lockRows locks, in lock order. */
export function lockOrder(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))].sort();
}

/** Locks the rows (SELECT … FOR UPDATE) of `table` with these ids, in id order. */
export async function lockRows(tx: Tx, table: LockableTable, ids: readonly string[]): Promise<void> {
  const ordered = lockOrder(ids);
  if (!ordered.length) return;
  await tx.$queryRaw`SELECT id FROM ${TABLE_SQL[table]} WHERE id = ANY(${ordered}::uuid[]) ORDER BY id FOR UPDATE`;
}

/**
 * lockRows inside a read of the caller's, one round trip fewer: a scalar subquery that locks the
 * rows of `table` whose ids `ids` gives (SQL, e.g. `c.id, c."parentId"`) in id order, as lockRows
 * does, and yields how many it locked. Put it last in the select list, so the rest is read before
 * the wait. Everything that statement reads comes from its snapshot, taken before the lock was
 * granted: only what needs no lock may be read beside it; what must be read under the lock needs a
 * statement of its own after it.
 */
export function lockRowsSql(table: LockableTable, ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT COUNT(*)::int FROM (SELECT l.id FROM ${TABLE_SQL[table]} l WHERE l.id IN (${ids}) ORDER BY l.id FOR UPDATE) locked)`;
}

export type AdvisoryLockKey =
  /** Numbering of đề án codes with this prefix (e.g. "KCQG-2027-15-"). */
  | { kind: "project-code"; prefix: string }
  /** Allocations (dự toán giao) of a plan year and funding source. */
  | { kind: "budget-allocation"; year: number; fundingSourceId: string }
  /** The daily email digest of one user. */
  | { kind: "notification-digest"; userId: string }
  /** One reminder threshold of one plan year's registration deadline. */
  | { kind: "deadline-sweep"; year: number; thresholdDays: number }
  /** Adding the next plan year (two admins must not both add the same year). */
  | { kind: "plan-year-add" };

/** The text hashed into the lock key. The project-code key stays the bare prefix it always was. */
export function advisoryKeyText(key: AdvisoryLockKey): string {
  switch (key.kind) {
    case "project-code":
      return key.prefix;
    case "budget-allocation":
      return `budget-allocation:${key.year}:${key.fundingSourceId}`;
    case "notification-digest":
      return `notification-digest:${key.userId}`;
    case "deadline-sweep":
      return `deadline-sweep:${key.year}:${key.thresholdDays}`;
    case "plan-year-add":
      return "plan-year-add";
  }
}

/** Takes a transaction-scoped advisory lock (released at commit or rollback). */
export async function lockAdvisory(tx: Tx, key: AdvisoryLockKey): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${advisoryKeyText(key)}))`;
}
