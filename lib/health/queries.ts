import "server-only";
// The health check load balancers and monitors poll (app/api/health): the database answers
// SELECT 1, and every committed migration folder is applied. It reports states, never error text,
// hosts or connection strings; the cause goes to the log.
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
async function committedMigrations(dir: string): Promise<string[] | null> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return null;
  }
}

export async function checkHealth(options: { client?: Db; migrationsDir?: string } = {}): Promise<HealthReport> {
  const committed = await committedMigrations(options.migrationsDir ?? MIGRATIONS_DIR);
  try {
    const client = options.client ?? db();
    await within(TIMEOUT_MS, client.$queryRaw`SELECT 1`);
    if (!committed) return { status: "ok", database: "ok", migrations: "unknown" };
    const applied = await within(TIMEOUT_MS, client.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).catch(() => []);
    const done = new Set(applied.map((r) => r.name));
    const pending = committed.filter((name) => !done.has(name)).length;
    return pending === 0 ? { status: "ok", database: "ok", migrations: { pending } } : { status: "error", database: "ok", migrations: { pending } };
  } catch (error) {
    await log.error("Health check: database unreachable", { error });
    return { status: "error", database: "unreachable", migrations: "unknown" };
  }
}
