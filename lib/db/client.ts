// The database client. Only lib/ imports this module (ESLint boundary, docs/architecture.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { khuyenCongDb?: PrismaClient; khuyenCongReadDb?: PrismaClient };

/** Connections per server process. */
export const POOL_SIZE = 10;
/**
 * How long an interactive transaction waits for a pooled connection. A plain query waits in the
 * pool's queue without limit; Prisma's default of 2 s made transactions alone fail under load
 * (P2028: report pages and API answered 500 at 50 users, docs/decisions/054). A call may set its own.
 */
export const TRANSACTION_MAX_WAIT_MS = 30_000;

const urlOf = new WeakMap<PrismaClient, string>();
const peersOf = new WeakMap<PrismaClient, PrismaClient>();

export function createDb(connectionString: string): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: POOL_SIZE }), transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
  urlOf.set(client, connectionString);
  return client;
}

/**
 * The pool of `client`'s database that snapshot peers come from (lib/db/snapshot.ts), apart from
 * its own so that a transaction holding one of its connections never waits on its own pool.
 * Idle connections close after a minute and never keep the process alive. Null for a client not made
 * by createDb.
 */
export function peerPoolOf(client: PrismaClient): PrismaClient | null {
  const url = urlOf.get(client);
  if (!url) return null;
  let peers = peersOf.get(client);
  if (!peers) {
    peers = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: POOL_SIZE, idleTimeoutMillis: 60_000, allowExitOnIdle: true }) });
    peersOf.set(client, peers);
  }
  return peers;
}

/** Lazily created so that importing a module never needs DATABASE_URL (e.g. during `next build`). */
export function db(): PrismaClient {
  globalForDb.khuyenCongDb ??= createDb(env().DATABASE_URL);
  return globalForDb.khuyenCongDb;
}

/**
 * The client of the read-only paths that tolerate a replica's lag of a moment: reports (pages,
 * API, files), never a read that follows its own write. DATABASE_READ_URL names a hot standby;
 * unset, it is db().
 */
export function readDb(): PrismaClient {
  const { DATABASE_READ_URL: url, DATABASE_URL } = env();
  if (!url || url === DATABASE_URL) return db();
  globalForDb.khuyenCongReadDb ??= createDb(url);
  return globalForDb.khuyenCongReadDb;
}
