// Reads of one instant on more than one connection: a REPEATABLE READ transaction exports its
// snapshot (pg_export_snapshot) and peer transactions import it (SET TRANSACTION SNAPSHOT), so
// every read sees the same committed data whichever connection runs it (decision 073). Works on a
// hot standby too (PostgreSQL ≥ 10).
import { peerPoolOf, type Db, type Tx } from "./client";

/** How long a peer may wait for a connection before its work runs on the main transaction instead. */
export const PEER_MAX_WAIT_MS = 100;

const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i;

/**
 * Runs `fn` with a REPEATABLE READ transaction on `client` and `peers` transactions of the same
 * snapshot. A peer that cannot start at once (its pool busy, the import refused) is the main
 * transaction itself: the reads then run one after another, as one instant all the same.
 */
export async function inOneSnapshot<T>(client: Db, peers: number, fn: (main: Tx, peers: Tx[]) => Promise<T>, timeout = 60_000): Promise<T> {
  return client.$transaction(async (main) => {
    const pool = peerPoolOf(client);
    if (!pool || peers === 0) return fn(main, Array<Tx>(peers).fill(main));
    const [{ id }] = await main.$queryRaw<[{ id: string }]>`SELECT pg_export_snapshot() AS id`;
    if (!SNAPSHOT_ID.test(id)) throw new Error(`pg_export_snapshot: unexpected id ${id}`);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const running: Promise<unknown>[] = [];
    const started = Array.from({ length: peers }, () => new Promise<Tx>((ready) => {
      running.push(pool.$transaction(async (peer) => {
        // A setting of this transaction, not a write: it changes no row.
        await peer.$queryRawUnsafe(`SET TRANSACTION SNAPSHOT '${id}'`);
        ready(peer);
        await released;
      }, { isolationLevel: "RepeatableRead", maxWait: PEER_MAX_WAIT_MS, timeout }).catch(() => ready(main)));
    }));
    try {
      return await fn(main, await Promise.all(started));
    } finally {
      release();
      await Promise.allSettled(running);
    }
  }, { isolationLevel: "RepeatableRead", timeout });
}
