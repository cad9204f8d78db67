import { mkdtemp, mkdir, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, test, vi } from "vitest";
import { GET } from "../../app/api/health/route";
import { createDb } from "../../lib/db/client";
import { MIGRATIONS_DIR } from "../../lib/db/migrator";
import { checkHealth } from "../../lib/health/queries";

const unreachable = createDb("postgresql://kc:s3cret-pass@127.0.0.1:1/nowhere");
afterAll(() => unreachable.$disconnect());

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
  const dir = await mkdtemp(path.join(os.tmpdir(), "kc-migrations-"));
  for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) if (entry.isDirectory()) await mkdir(path.join(dir, entry.name));
  await mkdir(path.join(dir, "29991231000000_not_applied_yet"));
  expect(await checkHealth({ migrationsDir: dir })).toEqual({ status: "error", database: "ok", migrations: { pending: 1 } });
});
