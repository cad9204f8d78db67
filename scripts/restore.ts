// `npm run db:restore -- --yes [thư mục sao lưu]`: restores a backup (default: the newest in
// .data/backups) into DATABASE_URL, or into the embedded development cluster when it is unset.
// It replaces the current data, so it refuses to run without --yes.
import { parseArgs } from "node:util";
import { DEV_CLUSTER, DEV_DATABASE } from "./lib/clusters";
import { exitWithSetupError, redact } from "./lib/database-url";
import { SetupError } from "./lib/embedded-postgres";
import { DEFAULT_BACKUPS_DIR, latestBackup, restoreBackup, type BackupTarget } from "./lib/backup/backup";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { yes: { type: "boolean", default: false }, from: { type: "string", default: DEFAULT_BACKUPS_DIR } } });

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const where = url ? redact(url) : `PostgreSQL nhúng ${DEV_CLUSTER.dataDir}`;
  const dir = positionals[0] ?? (await latestBackup(values.from));
  if (!values.yes) {
    throw new SetupError(`Khôi phục sẽ thay toàn bộ dữ liệu hiện có trong ${where} bằng bản sao lưu ${dir}.\nNếu chắc chắn, chạy lại với --yes: npm run db:restore -- --yes ${positionals[0] ?? ""}`.trimEnd());
  }
  const target: BackupTarget = url ? { kind: "url", url } : { kind: "embedded", cluster: DEV_CLUSTER, database: DEV_DATABASE };
  const { keptPrevious } = await restoreBackup(target, dir);
  console.log(`Đã khôi phục ${dir} vào ${where}.`);
  if (keptPrevious) console.log(`Dữ liệu trước khi khôi phục được giữ ở ${keptPrevious} (xóa đi khi không cần). Nếu "npm run dev" đang chạy, hãy khởi động lại nó.`);
}

main().catch(exitWithSetupError);
