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

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: POOL_SIZE }), transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
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
