// Physical base backup of the embedded cluster with the server's own low-level backup API, the way
// `pg_basebackup -X fetch` does it (the embedded package ships no pg_basebackup, and Debian's
// client 15 refuses an 18 server): pg_backup_start, copy the data directory, pg_backup_stop, write
// its backup_label, then copy the WAL written meanwhile. PostgreSQL replays that WAL on the first
// start after a restore, so the copy is consistent although the server kept running.
import { chmod, chown, copyFile, lstat, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Runtime state PostgreSQL's docs (and pg_basebackup) leave out of a base backup; directories keep existing, empty. */
const EMPTIED_DIRS = new Set(["pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans"]);
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "backup_label.old"]);

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** Copies a live directory; files that vanish while copying (temporary files) are skipped. */
async function copyTree(from: string, to: string, top: boolean): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  const entries = await readdir(from, { withFileTypes: true }).catch((e: unknown) => (isMissing(e) ? [] : Promise.reject(e)));
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && EMPTIED_DIRS.has(entry.name)) await mkdir(target, { mode: 0o700 });
      else await copyTree(source, target, false);
    } else if (entry.isFile() && !(top && SKIPPED_FILES.has(entry.name)) && !entry.name.startsWith("pgsql_tmp")) {
      await copyFile(source, target).catch((e: unknown) => (isMissing(e) ? undefined : Promise.reject(e)));
    }
  }
}

/** Copies the live cluster at `dataDir` (server reachable at `url`) into `target`. */
export async function takeBaseBackup(url: string, dataDir: string, target: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // fast => true: an immediate checkpoint instead of waiting for the next scheduled one.
    await client.query("SELECT pg_backup_start($1, true)", [`khuyen-cong ${path.basename(target)}`]);
    let stopped = false;
    try {
      await copyTree(dataDir, target, true);
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
      stopped = true;
      const { labelfile, spcmapfile } = rows[0]!;
      await writeFile(path.join(target, "backup_label"), labelfile);
      if (spcmapfile) await writeFile(path.join(target, "tablespace_map"), spcmapfile);
    } finally {
      if (!stopped) await client.query("SELECT pg_backup_stop(false)").catch(() => undefined);
    }
    // After pg_backup_stop the WAL up to the backup's end is complete on disk; take every segment.
    await mkdir(path.join(target, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
    for (const entry of await readdir(path.join(dataDir, "pg_wal"), { withFileTypes: true })) {
      if (entry.isFile()) await copyFile(path.join(dataDir, "pg_wal", entry.name), path.join(target, "pg_wal", entry.name));
    }
  } finally {
    await client.end();
  }
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(full, uid, gid);
    else await chown(full, uid, gid);
  }
}

/**
 * Replaces the stopped cluster's data directory with a copy of the backup. The previous directory is
 * kept beside it as `<dataDir>.truoc-khoi-phuc` until the next restore, in case the backup was the wrong one.
 */
export async function replaceDataDir(backupDataDir: string, dataDir: string): Promise<string> {
  const previous = `${dataDir}.truoc-khoi-phuc`;
  const owner = await stat(dataDir).catch(() => null);
  await rm(previous, { recursive: true, force: true });
  if (owner) await rename(dataDir, previous);
  await copyTree(backupDataDir, dataDir, false);
  // The server runs as the data directory's owner (user `postgres` when started by root) and refuses a group/world-readable directory.
  if (owner) await chownTree(dataDir, owner.uid, owner.gid);
  await chmod(dataDir, 0o700);
  return previous;
}

export async function isBaseBackup(dir: string): Promise<boolean> {
  return (await lstat(path.join(dir, "data", "backup_label")).catch(() => null)) !== null;
}
