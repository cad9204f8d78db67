import { mkdtemp, mkdir, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, test, vi } from "vitest";
import { GET } from "../../app/api/health/route";
import { createDb } from "../../lib/db/client";
import { MIGRATIONS_DIR } from "../../lib/db/migrator";
import { checkHealth } from "../../lib/health/queries";
import { ensureDatabase } from "../../scripts/lib/embedded-postgres";

const unreachable = createDb("postgresql://kc:s3cret-pass@127.0.0.1:1/nowhere");
const extra: ReturnType<typeof createDb>[] = [];
afterAll(() => Promise.all([unreachable, ...extra].map((c) => c.$disconnect())));

/** A database of its own, reachable, holding only what `setup` creates. */
async function otherDatabase(label: string, setup?: string) {
  const name = `kc_health_${label}_${Date.now()}_${process.pid}`;
  await ensureDatabase(inject("baseUrl"), name);
  const client = createDb(`${inject("baseUrl")}/${name}`);
  extra.push(client);
  if (setup) await client.$executeRawUnsafe(setup);
  return client;
}

async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kc-migrations-"));
  for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) if (entry.isDirectory()) await mkdir(path.join(dir, entry.name));
  return dir;
}

test("answers 200 ok when the database answers and every migration is applied", async () => {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: { pending: 0 } });
});

test("reports an unreachable database without its address or password", async () => {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const report = await checkHealth({ client: unreachable });
  const logged = stderr.mock.calls.map((c) => String(c[0])).join("");
  stderr.mockRestore();
  expect(report).toEqual({ status: "error", database: "unreachable", migrations: "unknown" });
  expect(JSON.stringify(report)).not.toMatch(/s3cret|127\.0\.0\.1|nowhere/);
  expect(logged).toContain("Health check: database unreachable");
  expect(logged).not.toContain("s3cret-pass");
});

test("is not ok while a committed migration is not applied", async () => {
  const dir = await copyOfMigrations();
  await mkdir(path.join(dir, "29991231000000_not_applied_yet"));
  expect(await checkHealth({ migrationsDir: dir })).toEqual({ status: "error", database: "ok", migrations: { pending: 1 } });
});

test("reads the migrations folder once, not on every poll", async () => {
  const dir = await copyOfMigrations();
  expect(await checkHealth({ migrationsDir: dir })).toEqual({ status: "ok", database: "ok", migrations: { pending: 0 } });
  // A folder appearing later is not read: the deployment's migrations are fixed when it starts.
  await mkdir(path.join(dir, "29991231000000_after_start"));
  expect(await checkHealth({ migrationsDir: dir })).toEqual({ status: "ok", database: "ok", migrations: { pending: 0 } });
});

test("counts every migration as pending on a reachable database never migrated", async () => {
  const committed = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).length;
  expect(await checkHealth({ client: await otherDatabase("empty") })).toEqual({ status: "error", database: "ok", migrations: { pending: committed } });
});

test("says the migrations are unknown, not pending, when the database answers but they cannot be read", async () => {
  const broken = await otherDatabase("broken", `CREATE TABLE "_prisma_migrations" (migration_name text)`);
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const report = await checkHealth({ client: broken });
  const logged = stderr.mock.calls.map((c) => String(c[0])).join("");
  stderr.mockRestore();
  expect(report).toEqual({ status: "error", database: "ok", migrations: "unknown" });
  expect(logged).toContain("Health check: applied migrations could not be read");
});
