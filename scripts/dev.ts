// `npm run dev`: database (embedded when DATABASE_URL is unset), migrations, reference and demo
// data (idempotent), then `next dev` on http://localhost:3000.
import { spawn } from "node:child_process";
import { applyMigrations } from "../lib/db/migrator";
import { createDb } from "../lib/db/client";
import { seed } from "../prisma/seed";
import { exitWithSetupError, isLocalUrl, redact, resolveDevDatabase } from "./lib/database-url";
import { DEV_APP_PORT } from "./lib/clusters";
import { isPortFree, SetupError } from "./lib/embedded-postgres";

const port = Number(process.env.PORT ?? DEV_APP_PORT);

async function main(): Promise<void> {
  if (!(await isPortFree(port, "0.0.0.0"))) {
    throw new SetupError(`Cổng ${port} đang được dùng (có thể là một lần chạy \`npm run dev\` khác). Hãy dừng chương trình đó, hoặc chạy PORT=3001 npm run dev.`);
  }
  const database = await resolveDevDatabase();
  console.log(`Cơ sở dữ liệu: ${redact(database.url)}${database.embedded ? " (PostgreSQL nhúng, .data/postgres)" : ""}`);
  const report = await applyMigrations(database.url);
  console.log(`Migration: áp dụng ${report.applied.length} mới, ${report.alreadyApplied} đã có.`);
  if (isLocalUrl(database.url)) {
    const client = createDb(database.url);
    try {
      const summary = await seed(client, { demo: true });
      console.log(`Dữ liệu mẫu: ${summary.created} dòng mới, ${summary.updated} dòng cập nhật (${(summary.ms / 1000).toFixed(1)} giây).`);
    } finally {
      await client.$disconnect();
    }
  } else {
    console.log("DATABASE_URL không phải máy cục bộ: bỏ qua dữ liệu mẫu.");
  }
  const next = spawn("npx", ["next", "dev", "-p", String(port)], { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url, ...(database.embedded ? { DATABASE_READ_URL: "" } : {}), NEXT_TELEMETRY_DISABLED: "1" } });
  const shutdown = async (code: number) => {
    await database.embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(exitWithSetupError);
