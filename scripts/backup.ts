// `npm run db:backup [-- --out <thư mục>]`: backs up DATABASE_URL, or the embedded development
// cluster when DATABASE_URL is unset, into a new directory named by the UTC time (default .data/backups).
import { parseArgs } from "node:util";
import { DEV_CLUSTER, DEV_DATABASE } from "./lib/clusters";
import { exitWithSetupError, redact } from "./lib/database-url";
import { createBackup, DEFAULT_BACKUPS_DIR, type BackupTarget } from "./lib/backup/backup";

const { values } = parseArgs({ options: { out: { type: "string", default: DEFAULT_BACKUPS_DIR } } });

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const target: BackupTarget = url ? { kind: "url", url } : { kind: "embedded", cluster: DEV_CLUSTER, database: DEV_DATABASE };
  const { dir, method } = await createBackup(target, values.out);
  const what = method === "pg_dump" ? "pg_dump, định dạng custom" : "sao lưu vật lý toàn cụm PostgreSQL nhúng";
  console.log(`Đã sao lưu ${url ? redact(url) : `${DEV_CLUSTER.dataDir} (${DEV_DATABASE})`} vào ${dir} (${what}).`);
}

main().catch(exitWithSetupError);
