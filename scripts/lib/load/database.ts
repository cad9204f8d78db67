// A fresh demo database in an embedded cluster: dropped, created, migrated and seeded, as the load
// test and the client bench both start from (the same figures every run).
import { createDb, type Db } from "../../../lib/db/client";
import { applyMigrations } from "../../../lib/db/migrator";
import { seed } from "../../../prisma/seed";
import { dropDatabase, ensureDatabase, type RunningCluster } from "../embedded-postgres";

export type DemoDatabase = { url: string; client: Db; seeded: { created: number; ms: number } };

export async function freshDemoDatabase(cluster: RunningCluster, database: string): Promise<DemoDatabase> {
  await dropDatabase(cluster.baseUrl, database);
  await ensureDatabase(cluster.baseUrl, database);
  const url = cluster.urlFor(database);
  await applyMigrations(url);
  const client = createDb(url);
  const seeded = await seed(client, { demo: true });
  return { url, client, seeded };
}
