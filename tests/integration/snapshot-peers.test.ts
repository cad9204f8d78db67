// lib/db/snapshot.ts (decision 073): the report's second connection reads the same instant as
// its first, and a peer that cannot start at once leaves its work to the main transaction.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createDb, peerPoolOf, POOL_SIZE, type Db, type Tx } from "../../lib/db/client";
import { inOneSnapshot } from "../../lib/db/snapshot";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";

const baseUrl = inject("baseUrl");
const name = `kc_snapshot_${process.pid}`;
const url = `${baseUrl}/${name}`;
let client: Db;
let writer: pg.Client;

const pid = async (tx: Tx) => (await tx.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`)[0].pid;
const probes = async (tx: Tx) => (await tx.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM snapshot_probe`)[0].n;

beforeAll(async () => {
  await ensureDatabase(baseUrl, name);
  writer = new pg.Client({ connectionString: url });
  await writer.connect();
  await writer.query("CREATE TABLE snapshot_probe (id int)");
  await writer.query("INSERT INTO snapshot_probe VALUES (1)");
  client = createDb(url);
});

afterAll(async () => {
  await writer?.end();
  await client?.$disconnect();
  await dropDatabase(baseUrl, name);
});

describe("reads of one instant on two connections", () => {
  it("the peer is another connection and sees neither a row committed after the export nor less than the main saw", async () => {
    const seen = await inOneSnapshot(client, 1, async (main, [peer]) => {
      const before = await probes(main);
      await writer.query("INSERT INTO snapshot_probe VALUES (2)");
      return { before, main: await probes(main), peer: await probes(peer!), pids: [await pid(main), await pid(peer!)] };
    });
    expect(seen.pids[0]).not.toBe(seen.pids[1]);
    expect(seen).toMatchObject({ before: 1, main: 1, peer: 1 });
    expect((await writer.query("SELECT count(*)::int AS n FROM snapshot_probe")).rows[0].n).toBe(2);
  });

  it("a peer the pool cannot give at once is the main transaction itself, with the same figures", async () => {
    // Every connection of the peer pool held by a transaction of its own.
    const pool = peerPoolOf(client)!;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holding: Promise<unknown>[] = [];
    const opened = Array.from({ length: POOL_SIZE }, () => new Promise<void>((ready) => {
      holding.push(pool.$transaction(async () => { ready(); await held; }, { maxWait: 30_000, timeout: 60_000 }));
    }));
    await Promise.all(opened);
    try {
      const seen = await inOneSnapshot(client, 1, async (main, [peer]) => ({ same: (await pid(main)) === (await pid(peer!)), n: await probes(peer!) }));
      expect(seen).toEqual({ same: true, n: 2 });
    } finally {
      release();
      await Promise.all(holding);
    }
  });

  it("ends every peer when the work fails, and the error is the work's", async () => {
    await expect(inOneSnapshot(client, 2, async () => { throw new Error("the work failed"); })).rejects.toThrow("the work failed");
    const open = (await writer.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state LIKE 'idle in transaction%'", [name])).rows[0].n;
    expect(open).toBe(0);
  });
});
