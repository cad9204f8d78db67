// Resolves the database for dev and scripts: DATABASE_URL when set (checked, with a clear message
// when it is malformed or unreachable), else the embedded development cluster.
import pg from "pg";
import { DEV_CLUSTER, DEV_DATABASE } from "./clusters";
import { ensureDatabase, SetupError, startCluster, type RunningCluster } from "./embedded-postgres";

export type ResolvedDatabase = { url: string; embedded: RunningCluster | null };

export async function checkConnection(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SetupError(`DATABASE_URL không hợp lệ ("${redact(url)}"). Dạng đúng: postgresql://người_dùng:mật_khẩu@máy:5432/tên_csdl`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new SetupError(`DATABASE_URL phải bắt đầu bằng postgresql:// (đang là "${parsed.protocol}").`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SetupError(
      `Không kết nối được PostgreSQL tại ${redact(url)}: ${reason}.\n` +
        `Hãy kiểm tra máy chủ đang chạy, tên người dùng, mật khẩu và tên cơ sở dữ liệu; hoặc bỏ DATABASE_URL để dùng PostgreSQL nhúng khi phát triển.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export function isLocalUrl(url: string): boolean {
  try {
    return ["127.0.0.1", "localhost", "::1", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function resolveDevDatabase(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await checkConnection(configured);
    return { url: configured, embedded: null };
  }
  const cluster = await startCluster(DEV_CLUSTER);
  await ensureDatabase(cluster.baseUrl, DEV_DATABASE);
  return { url: cluster.urlFor(DEV_DATABASE), embedded: cluster };
}

/** Prints a SetupError's message without a stack trace, and exits. */
export function exitWithSetupError(error: unknown): never {
  if (error instanceof SetupError || (error instanceof Error && error.name === "MigrationError")) {
    console.error(`\n✖ ${error.message}\n`);
  } else {
    console.error("\n✖ Lỗi không mong đợi:", error);
  }
  process.exit(1);
}
