// `npm run db:backup` / `db:restore` round trip on a cluster of its own (a physical restore replaces
// the whole cluster, so it must not share the integration cluster): seed, back up, damage, restore,
// and every table's row count and checksum must be what they were at backup time.
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { applyMigrations } from "../../lib/db/migrator";
import { createDb } from "../../lib/db/client";
import { seed } from "../../prisma/seed";
import { createBackup, restoreBackup, type BackupTarget } from "../../scripts/lib/backup/backup";
import { ensureDatabase, startCluster, stopPostmaster } from "../../scripts/lib/embedded-postgres";
import { recordFigures } from "../security/figures";

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);
const cluster = { dataDir: ".data/postgres-backup-test", port: 54349 + offset };
const backupsDir = ".data/backups-test";
const database = "kc_backup";
const target: BackupTarget = { kind: "embedded", cluster, database };

afterAll(async () => {
  await stopPostmaster(path.resolve(cluster.dataDir));
  for (const dir of [cluster.dataDir, `${cluster.dataDir}.truoc-khoi-phuc`, backupsDir]) await rm(dir, { recursive: true, force: true });
});

/** Row count and md5 of the ordered rows of every table in the public schema. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; sum: string | null }>(`SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS sum FROM "${name}" t`);
      result[name] = `${rows[0]!.n}:${rows[0]!.sum ?? "-"}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function damage(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    await client.query(`CREATE TABLE "written_after_backup" (id int)`);
    await client.query(`INSERT INTO "written_after_backup" VALUES (1)`);
  } finally {
    await client.end();
  }
}

test("a restored backup brings back every table exactly as it was when backed up", async () => {
  for (const dir of [cluster.dataDir, backupsDir]) await rm(dir, { recursive: true, force: true });
  const running = await startCluster(cluster);
  await ensureDatabase(running.baseUrl, database);
  const url = running.urlFor(database);
  await applyMigrations(url);
  const prisma = createDb(url);
  await seed(prisma, { demo: false });
  await prisma.$disconnect();
  const before = await fingerprint(url);
  expect(Object.keys(before).length).toBeGreaterThan(10);

  // Backed up while the server runs, as under `npm run dev`.
  const { dir, method } = await createBackup(target, backupsDir);
  expect(method).toBe("base-backup");
  await damage(url);
  expect(await fingerprint(url)).not.toEqual(before);

  // Restore stops the running server itself.
  await restoreBackup(target, dir);
  const again = await startCluster(cluster);
  try {
    const after = await fingerprint(again.urlFor(database));
    expect(after).toEqual(before);
    const rows = Object.values(before).reduce((sum, v) => sum + Number(v.split(":")[0]), 0);
    recordFigures("backup-restore", { method, tables: Object.keys(before).length, rows, tablesMatching: Object.keys(before).filter((t) => after[t] === before[t]).length });
  } finally {
    await again.stop();
  }
  void running;
});
