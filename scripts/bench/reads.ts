// The reads `npm run bench` times against their raw-SQL floor: the đề án list (national, a search,
// page 1) and a đề án's detail, each beside the hand-written queries fetching the same rows through
// pg, and the national list's deep page by its cursor. Shared by the demo-scale run (scripts/bench.ts) and the national-scale runs
// (scripts/bench-scale.ts), so the figures of both mean the same thing.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { Actor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db/client";

export type ReadRow = { name: string; p50: number; floor: number | null; budgetMs: number };
export type Median = (runs: number, fn: () => Promise<unknown>) => Promise<number>;

export const timedMedian: Median = async (runs, fn) => {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
};

type Queries = { listProjects: (actor: Actor, input: { q?: string; page?: number; after?: string }) => Promise<unknown>; getProject: (actor: Actor, id: string) => Promise<unknown> };

const LIST_COLUMNS = `p.id, p.code, p.title, p."planYear", p."endYear", p.kind, p.status, p."supportAmount", f.code AS source, pr.name AS province,
  (SELECT json_agg(json_build_object('name', n.name, 'validFrom', n."validFrom", 'validTo', n."validTo")) FROM "OrganisationName" n WHERE n."organisationId" = p."implementerId") AS names`;
const LIST_JOINS = `JOIN "FundingSource" f ON f.id = p."fundingSourceId" LEFT JOIN "Province" pr ON pr.id = p."provinceId"`;
/** The list counts at most this many rows (lib/keyset COUNT_CAP + 1), so its floor does too. */
const CAPPED = 10_001;
/** The deep page: page 801 (after 20 000 rows) where there are that many, else the page at 80 % of the list. */
const DEEP_ROWS = 20_000;

export async function projectReads(client: Db, raw: pg.Client, cuc: Actor, median: Median, queries: Queries, search = "may"): Promise<ReadRow[]> {
  const q = `%${search}%`;
  // One pg client runs one query at a time, so the floor's queries run in sequence.
  const listFloor = async () => {
    await raw.query(`SELECT count(*) FROM (SELECT 1 FROM "Project" WHERE "searchText" LIKE $1 LIMIT ${CAPPED}) s`, [q]);
    await raw.query(`SELECT ${LIST_COLUMNS} FROM "Project" p ${LIST_JOINS} WHERE p."searchText" LIKE $1 ORDER BY p."planYear" DESC, p.code LIMIT 25`, [q]);
  };
  const rows: ReadRow[] = [{ name: "Đề án list, national, search, page 1", p50: await median(30, () => queries.listProjects(cuc, { q: search, page: 1 })), floor: await median(30, listFloor), budgetMs: 300 }];
  rows.push(await deepPage(client, raw, cuc, median, queries));
  const some = await client.project.findFirstOrThrow({ where: { budgetLines: { some: {} } }, orderBy: { id: "desc" }, select: { id: true } });
  const detailFloor = async () => {
    await raw.query(`SELECT * FROM "Project" WHERE id = $1`, [some.id]);
    await raw.query(`SELECT * FROM "ProjectBudgetLine" WHERE "projectId" = $1 ORDER BY "lineNo"`, [some.id]);
    await raw.query(`SELECT t.*, u.name FROM "ProjectTransition" t LEFT JOIN "User" u ON u.id = t."actorId" WHERE t."projectId" = $1 ORDER BY t.at`, [some.id]);
  };
  rows.push({ name: "Đề án detail with budget and timeline", p50: await median(30, () => queries.getProject(cuc, some.id)), floor: await median(30, detailFloor), budgetMs: 300 });
  return rows;
}

/** The national list's deep page through its cursor (decision 063), beside the two index ranges that are its floor. */
async function deepPage(client: Db, raw: pg.Client, cuc: Actor, median: Median, queries: Queries): Promise<ReadRow> {
  const { encodeCursor } = await import("../../lib/keyset");
  const total = await client.project.count();
  const skip = Math.max(25, Math.min(DEEP_ROWS, Math.floor((total * 0.8) / 25) * 25));
  const last = await client.project.findFirstOrThrow({ orderBy: [{ planYear: "desc" }, { code: "asc" }], skip: skip - 1, select: { planYear: true, code: true } });
  // The cursor the list's "Sau" link carries after that row (lib/projects/list-order).
  const after = encodeCursor({ s: "year", d: "desc", k: [last.planYear, last.code] });
  const floor = async () => {
    await raw.query(`SELECT count(*) FROM (SELECT 1 FROM "Project" LIMIT ${CAPPED}) s`);
    await raw.query(
      `WITH page AS ((SELECT id, "planYear", code FROM "Project" WHERE "planYear" = $1 AND code > $2 ORDER BY code LIMIT 26)
                     UNION ALL (SELECT id, "planYear", code FROM "Project" WHERE "planYear" < $1 ORDER BY "planYear" DESC, code LIMIT 26)
                     ORDER BY "planYear" DESC, code LIMIT 26)
       SELECT ${LIST_COLUMNS} FROM page JOIN "Project" p USING (id) ${LIST_JOINS} ORDER BY p."planYear" DESC, p.code`,
      [last.planYear, last.code],
    );
  };
  return { name: "Đề án list, national, deep page (cursor)", p50: await median(30, () => queries.listProjects(cuc, { after })), floor: await median(30, floor), budgetMs: 300 };
}
