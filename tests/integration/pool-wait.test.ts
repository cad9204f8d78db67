// Under load every pooled connection can be busy (`npm run load`, docs/decisions/054). A plain
// query then waits its turn in the pool; an interactive transaction used to give up after Prisma's
// default maxWait of 2 s (P2028 "Unable to start a transaction in the given time"), so the report
// pages and the reports API, which read in one REPEATABLE READ snapshot, answered 500.
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { POOL_SIZE } from "../../lib/db/client";
import { testDb } from "./db";

let watcher: pg.Client;

beforeAll(async () => {
  watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await watcher.connect();
});
afterAll(() => watcher.end());

async function sleepersRunning(): Promise<number> {
  const { rows } = await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(4)%' AND state = 'active' AND pid <> pg_backend_pid()`);
  return rows[0]!.n;
}

it("a transaction waits for a pooled connection while all of them are busy, as a plain query does", async () => {
  // Every connection of the pool held for 4 s: longer than the old 2 s wait, by a margin.
  const busy = Promise.all(Array.from({ length: POOL_SIZE }, () => testDb().$queryRawUnsafe("SELECT pg_sleep(4)::text AS slept")));
  while ((await sleepersRunning()) < POOL_SIZE) await new Promise((r) => setTimeout(r, 20));
  const snapshot = testDb().$transaction(async (tx) => (await tx.$queryRaw<[{ one: number }]>`SELECT 1::int AS one`)[0].one, { isolationLevel: "RepeatableRead" });
  const plain = testDb().$queryRaw<[{ one: number }]>`SELECT 1::int AS one`;
  const [, one, [row]] = await Promise.all([busy, snapshot, plain]);
  expect(one).toBe(1);
  expect(row.one).toBe(1);
});
