// Integration tests run against real PostgreSQL in a database of their own: a fresh database on
// the test cluster (never the development data), migrated from the committed migrations.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrator";
import { TEST_CLUSTER } from "../../scripts/lib/clusters";
import { dropDatabase, ensureDatabase, startCluster } from "../../scripts/lib/embedded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startCluster(TEST_CLUSTER);
  const database = `kc_it_${Date.now()}_${process.pid}`;
  await ensureDatabase(cluster.baseUrl, database);
  await applyMigrations(cluster.urlFor(database));
  project.provide("databaseUrl", cluster.urlFor(database));
  project.provide("baseUrl", cluster.baseUrl);
  return async () => {
    await dropDatabase(cluster.baseUrl, database).catch(() => undefined);
    await cluster.stop();
  };
}
