// Which PostgreSQL tool makes the backup (docs/decisions/050-backup-health-logs.md): pg_dump and
// pg_restore from PATH when their major version is at least the server's (pg_dump refuses a newer
// server); otherwise, for the embedded cluster only, a physical base backup made with the server's
// own pg_backup_start/pg_backup_stop.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { SetupError } from "../embedded-postgres";

export type BackupMethod = "pg_dump" | "base-backup";

/** The major version printed by `tool --version` ("pg_dump (PostgreSQL) 15.14" → 15), or null when absent. */
export function toolMajor(tool: string): number | null {
  const result = spawnSync(tool, ["--version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return null;
  return parseToolMajor(result.stdout);
}

export function parseToolMajor(versionLine: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionLine) ?? /\b(\d+)\.\d+/.exec(versionLine);
  return match ? Number(match[1]) : null;
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10000);
  } finally {
    await client.end();
  }
}

export function chooseMethod(input: { dumpMajor: number | null; serverMajor: number; embedded: boolean }): BackupMethod {
  if (input.dumpMajor !== null && input.dumpMajor >= input.serverMajor) return "pg_dump";
  if (input.embedded) return "base-backup";
  const found = input.dumpMajor === null ? "không tìm thấy pg_dump trên PATH" : `pg_dump trên PATH là bản ${input.dumpMajor}`;
  throw new SetupError(
    `Không sao lưu/khôi phục được cơ sở dữ liệu theo DATABASE_URL: máy chủ là PostgreSQL ${input.serverMajor} nhưng ${found}.\n` +
      `Hãy cài gói client PostgreSQL ${input.serverMajor} trở lên (pg_dump, pg_restore), ví dụ "apt-get install postgresql-client-${input.serverMajor}" ` +
      `từ kho apt.postgresql.org, rồi chạy lại. Sao lưu vật lý chỉ dùng cho PostgreSQL nhúng khi phát triển.`,
  );
}

export function runTool(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new SetupError(`${tool} thất bại (mã ${result.status ?? "?"}): ${result.stderr?.trim() || result.error?.message || "không rõ lỗi"}`);
  }
}
