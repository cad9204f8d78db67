import "server-only";
// The health check load balancers and monitors poll (app/api/health): the database answers
// SELECT 1, and every committed migration folder is applied. It reports states, never error text,
// hosts or connection strings; the cause goes to the log. A database that cannot be reached, one
// whose applied migrations cannot be read, and pending migrations are three different answers.
import { readdir } from "node:fs/promises";
import { db, type Db } from "../db";
import { MIGRATIONS_DIR } from "../db/migrator";
import { log } from "../log";

export type HealthReport =
  | { status: "ok"; database: "ok"; migrations: { pending: number } | "unknown" }
  | { status: "error"; database: "ok" | "unreachable"; migrations: { pending: number } | "unknown" };

const TIMEOUT_MS = 3000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Folder names in prisma/migrations, or null when the deployment has no such folder to compare with. */
async function readCommitted(dir: string): Promise<string[] | null> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return null;
  }
}

// The committed migrations are the deployment's own and do not change while it runs: read once
// per directory, not on every poll.
const committedByDir = new Map<string, Promise<string[] | null>>();
function committedMigrations(dir: string): Promise<string[] | null> {
  let found = committedByDir.get(dir);
  if (!found) committedByDir.set(dir, (found = readCommitted(dir)));
  return found;
}

/** Applied migration names; none on a database never migrated (no bookkeeping table yet). */
async function appliedMigrations(client: Db): Promise<Set<string>> {
  const [table] = await within(TIMEOUT_MS, client.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS present`);
  if (!table?.present) return new Set();
  const rows = await within(TIMEOUT_MS, client.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
  return new Set(rows.map((r) => r.name));
}

export async function checkHealth(options: { client?: Db; migrationsDir?: string } = {}): Promise<HealthReport> {
  const committed = await committedMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  let client: Db;
  try {
    client = options.client ?? db();
    await within(TIMEOUT_MS, client.$queryRaw`SELECT 1`);
  } catch (error) {
    await log.error("Health check: database unreachable", { error });
    return { status: "error", database: "unreachable", migrations: "unknown" };
  }
  if (!committed) return { status: "ok", database: "ok", migrations: "unknown" };
  let applied: Set<string>;
  try {
    applied = await appliedMigrations(client);
  } catch (error) {
    // Not "pending": nobody knows, and a migration run would not be the fix.
    await log.error("Health check: applied migrations could not be read", { error });
    return { status: "error", database: "ok", migrations: "unknown" };
  }
  const pending = committed.filter((n) => !applied.has(n)).length;
  return pending === 0 ? { status: "ok", database: "ok", migrations: { pending } } : { status: "error", database: "ok", migrations: { pending } };
}
