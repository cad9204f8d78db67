// `npm run db:backup` / `npm run db:restore` (docs/decisions/050-backup-health-logs.md). A backup is
// a directory under .data/backups named by its UTC time, holding backup.json (how it was made) and
// either database.dump (pg_dump custom format) or data/ (a physical base backup of the cluster).
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { takeBaseBackup, replaceDataDir } from "./base-backup";
import { chooseMethod, runTool, serverMajor, toolMajor, type BackupMethod } from "./pg-tools";
import { checkConnection } from "../database-url";
import { clusterBaseUrl, ensureDatabase, runningPostmaster, SetupError, startCluster, stopPostmaster, type ClusterOptions } from "../embedded-postgres";

export const DEFAULT_BACKUPS_DIR = ".data/backups";

export type BackupTarget = { kind: "embedded"; cluster: ClusterOptions; database: string } | { kind: "url"; url: string };
type Manifest = { method: BackupMethod; createdAt: string; serverMajor: number; database: string };

/** Runs `work` against the target's database: on the embedded cluster already running (e.g. under `npm run dev`) or one started for it. */
async function withDatabase<T>(target: BackupTarget, work: (url: string) => Promise<T>): Promise<T> {
  if (target.kind === "url") {
    await checkConnection(target.url);
    return work(target.url);
  }
  const { cluster, database } = target;
  if (runningPostmaster(path.resolve(cluster.dataDir)) !== null) {
    await ensureDatabase(clusterBaseUrl(cluster.port), database);
    return work(`${clusterBaseUrl(cluster.port)}/${database}`);
  }
  const running = await startCluster(cluster);
  try {
    await ensureDatabase(running.baseUrl, database);
    return await work(running.urlFor(database));
  } finally {
    await running.stop();
  }
}

function databaseName(target: BackupTarget): string {
  return target.kind === "embedded" ? target.database : decodeURIComponent(new URL(target.url).pathname.slice(1));
}

async function pickMethod(url: string, embedded: boolean, tools: string[]): Promise<{ method: BackupMethod; major: number }> {
  const major = await serverMajor(url);
  const majors = tools.map(toolMajor);
  const fitting = majors.every((m) => m !== null) ? Math.min(...(majors as number[])) : null;
  return { method: chooseMethod({ dumpMajor: fitting, serverMajor: major, embedded }), major };
}

function stamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
}

export async function createBackup(target: BackupTarget, backupsDir = DEFAULT_BACKUPS_DIR): Promise<{ dir: string; method: BackupMethod }> {
  const run = async (url: string) => {
    const { method, major } = await pickMethod(url, target.kind === "embedded", ["pg_dump"]);
    const dir = path.resolve(backupsDir, stamp(new Date()));
    await mkdir(dir, { recursive: true });
    try {
      if (method === "pg_dump") runTool("pg_dump", ["--format=custom", "--no-owner", `--file=${path.join(dir, "database.dump")}`, `--dbname=${url}`]);
      else if (target.kind === "embedded") await takeBaseBackup(url, path.resolve(target.cluster.dataDir), path.join(dir, "data"));
      const manifest: Manifest = { method, createdAt: new Date().toISOString(), serverMajor: major, database: databaseName(target) };
      await writeFile(path.join(dir, "backup.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return { dir, method };
  };
  return withDatabase(target, run);
}

async function readManifest(dir: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(path.join(dir, "backup.json"), "utf8")) as Manifest;
  } catch {
    throw new SetupError(`${dir} không phải một bản sao lưu (thiếu backup.json). Hãy chỉ đúng thư mục do "npm run db:backup" tạo ra.`);
  }
}

/** The newest backup directory in `backupsDir` (names are sortable UTC times). */
export async function latestBackup(backupsDir = DEFAULT_BACKUPS_DIR): Promise<string> {
  const names = (await readdir(backupsDir).catch(() => [] as string[])).sort();
  if (!names.length) throw new SetupError(`Chưa có bản sao lưu nào trong ${path.resolve(backupsDir)}. Hãy chạy "npm run db:backup" trước.`);
  return path.resolve(backupsDir, names[names.length - 1]!);
}

export async function restoreBackup(target: BackupTarget, dir: string): Promise<{ method: BackupMethod; keptPrevious?: string }> {
  const manifest = await readManifest(dir);
  if (manifest.method === "pg_dump") {
    const restoreInto = async (url: string) => {
      await pickMethod(url, false, ["pg_restore"]);
      runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, path.join(dir, "database.dump")]);
      return { method: manifest.method };
    };
    return withDatabase(target, restoreInto);
  }
  if (target.kind === "url") {
    throw new SetupError(`${dir} là bản sao lưu vật lý của PostgreSQL nhúng; chỉ khôi phục được vào cụm nhúng khi phát triển (bỏ DATABASE_URL).`);
  }
  const dataDir = path.resolve(target.cluster.dataDir);
  await stopPostmaster(dataDir);
  const keptPrevious = await replaceDataDir(path.join(dir, "data"), dataDir);
  // The first start replays the WAL in the backup; checking the database proves the restore worked.
  const running = await startCluster(target.cluster);
  try {
    await serverMajor(running.urlFor(target.database));
  } finally {
    await running.stop();
  }
  return { method: manifest.method, keptPrevious };
}
