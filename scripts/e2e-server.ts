// The server Playwright drives: a production build (`next start`) on a freshly created, migrated
// and demo-seeded database of its own cluster.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { applyMigrations } from "../lib/db/migrator";
import { createDb } from "../lib/db/client";
import { seed } from "../prisma/seed";
import { E2E_APP_PORT, E2E_CLUSTER } from "./lib/clusters";
import { exitWithSetupError } from "./lib/database-url";
import { dropDatabase, ensureDatabase, startCluster } from "./lib/embedded-postgres";

const E2E_PORT = E2E_APP_PORT;

async function main(): Promise<void> {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("Chưa có bản build production. Chạy `npm run build` trước (npm test tự làm việc này).");
    process.exit(1);
  }
  const cluster = await startCluster(E2E_CLUSTER);
  const database = "kc_e2e";
  await dropDatabase(cluster.baseUrl, database);
  await ensureDatabase(cluster.baseUrl, database);
  const url = cluster.urlFor(database);
  await applyMigrations(url);
  const client = createDb(url);
  await seed(client, { demo: true });
  await client.$disconnect();
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(E2E_PORT)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, DATABASE_READ_URL: "", NEXTAUTH_URL: `http://127.0.0.1:${E2E_PORT}`, NEXTAUTH_SECRET: "e2e-only-secret-not-for-production", NODE_ENV: "production" },
  });
  const stop = async () => {
    server.kill("SIGTERM");
    await cluster.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  server.on("exit", async (code) => {
    await cluster.stop().catch(() => undefined);
    process.exit(code ?? 0);
  });
}

main().catch(exitWithSetupError);
