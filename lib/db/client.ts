// The database client. Only lib/ imports this module (ESLint boundary, docs/architecture.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { khuyenCongDb?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

/** Lazily created so that importing a module never needs DATABASE_URL (e.g. during `next build`). */
export function db(): PrismaClient {
  globalForDb.khuyenCongDb ??= createDb(env().DATABASE_URL);
  return globalForDb.khuyenCongDb;
}
