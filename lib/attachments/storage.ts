import "server-only";
// Attachment bytes on disk, outside the web root, under env().STORAGE_DIR. Files are named by a
// random key, never by the user's file name, and only keys of our own shape are ever opened, so
// no request can steer a read or write to another path.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "../env";

const KEY_PATTERN = /^attachments\/[0-9a-f]{2}\/[0-9a-f]{32}$/;

/** Read on every call (not at import) so tests can point STORAGE_DIR at a temporary directory. */
function storageRoot(): string {
  return path.resolve(env().STORAGE_DIR);
}

/** "attachments/ab/ab12…": two-character fan-out keeps directories small. */
export function newStorageKey(): string {
  const id = randomUUID().replaceAll("-", "");
  return `attachments/${id.slice(0, 2)}/${id}`;
}

export function storagePath(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`Refusing a storage key of unexpected shape: ${JSON.stringify(key)}`);
  return path.join(storageRoot(), ...key.split("/"));
}

/**
 * Writes to a temporary file next to the target, flushes it, then renames: a reader (or a crash)
 * sees either no file or the whole file, never a partial one. Returns the SHA-256 of the bytes.
 */
export async function writeStoredFile(key: string, bytes: Uint8Array): Promise<{ sha256: string }> {
  const target = storagePath(key);
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true, mode: 0o750 });
  const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    const file = await open(temp, "wx", 0o640);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
  return { sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Makes the rename itself durable before the database row that points at it commits. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic there.
  }
}

export async function removeStoredFile(key: string): Promise<void> {
  await rm(storagePath(key), { force: true });
}

/** The file as a web stream with its size, or null when it is missing on disk. */
export async function openStoredFile(key: string): Promise<{ size: number; stream: ReadableStream<Uint8Array> } | null> {
  const file = storagePath(key);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return { size: info.size, stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> };
}
