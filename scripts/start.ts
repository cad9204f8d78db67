// `npm start`: production server. Needs DATABASE_URL and an applied schema; it never migrates
// by itself (run `npm run db:migrate` as a deliberate step, see README).
import { spawn } from "node:child_process";
import { readMigrations } from "../lib/db/migrator";
import pg from "pg";
import { checkConnection, exitWithSetupError } from "./lib/database-url";
import { SetupError } from "./lib/embedded-postgres";

async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`);
    const applied = rows[0]?.exists
      ? new Set((await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)).rows.map((r) => r.migration_name))
      : new Set<string>();
    return (await readMigrations()).map((m) => m.name).filter((n) => !applied.has(n));
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new SetupError("DATABASE_URL chưa được đặt. Ví dụ: DATABASE_URL=postgresql://kc:matkhau@db:5432/khuyencong npm start");
  await checkConnection(url);
  const pending = await pendingMigrations(url);
  if (pending.length) throw new SetupError(`Cơ sở dữ liệu còn ${pending.length} migration chưa áp dụng (${pending.join(", ")}). Chạy: DATABASE_URL=… npm run db:migrate`);
  const args = ["next", "start", "-p", process.env.PORT ?? "3000"];
  if (process.env.HOST) args.push("-H", process.env.HOST);
  const server = spawn("npx", args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch(exitWithSetupError);
