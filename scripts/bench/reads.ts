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

  // A đề án with budget lines, appraised where the data has appraisals: a full detail page.
  const { rows: [some] } = await raw.query<{ id: string }>(
    `SELECT p.id FROM "Project" p WHERE EXISTS (SELECT 1 FROM "ProjectBudgetLine" l WHERE l."projectId" = p.id)
      ORDER BY EXISTS (SELECT 1 FROM "Appraisal" a WHERE a."projectId" = p.id) DESC, p.id DESC LIMIT 1`,
  );
  if (!some) throw new Error("Không có đề án nào có dự toán để đo trang chi tiết.");
  // The floor reads everything the detail page shows, in one statement: each relation as JSON.
  const detailFloor = async () => (await raw.query(DETAIL_FLOOR_SQL, [some.id])).rows[0] as DetailFloorRow;
  const core = (await queries.getProject(cuc, some.id)) as unknown as Record<keyof Omit<DetailFloorRow, "id">, unknown[] | null>;
  const floorRow = await detailFloor();
  for (const relation of DETAIL_RELATIONS) {
    const want = (core[relation] as unknown[] | undefined)?.length ?? 0;
    const got = floorRow[relation]?.length ?? 0;
    if (want !== got) throw new Error(`Sàn SQL của trang chi tiết không khớp: ${relation} ${got} / ${want}`);
  }
  rows.push({ name: "Đề án detail with budget and timeline", p50: await median(30, () => queries.getProject(cuc, some.id)), floor: await median(30, detailFloor), budgetMs: 300 });
  return rows;
}

const DETAIL_RELATIONS = ["contents", "beneficiaries", "budgetLines", "appraisals", "workItems", "partners", "transitions"] as const;
type DetailFloorRow = { id: string } & Record<(typeof DETAIL_RELATIONS)[number], unknown[] | null>;

/** Every field and relation of lib/projects/queries.ts detailSelect, in one query. */
const DETAIL_FLOOR_SQL = `
  SELECT p.id, p.code, p.title, p."planYear", p."endYear", p.kind, p.status, p."supportAmount", p."approvedAmount", p.version, p."implementerId", p."provinceId",
         p."multiProvince", p."locationText", p."needAndBasis", p.objectives, p.scale, p.arrangements, p."expectedEffects", p."totalCost", p."counterpartAmount", p."otherAmount",
         p."fundingSourceId", f.code AS source, pr.name AS province, o.kind AS "implementerKind",
    (SELECT json_agg(json_build_object('name', n.name, 'validFrom', n."validFrom", 'validTo', n."validTo")) FROM "OrganisationName" n WHERE n."organisationId" = p."implementerId") AS names,
    (SELECT json_agg(json_build_object('code', c.code, 'name', c.name)) FROM "ProjectContent" pc JOIN "ContentCategory" c ON c.id = pc."contentCategoryId" WHERE pc."projectId" = p.id) AS contents,
    (SELECT json_agg(json_build_object('supportAmount', b."supportAmount"::text, 'id', fa.id, 'name', fa.name, 'taxCode', fa."taxCode")) FROM "ProjectBeneficiary" b JOIN "Facility" fa ON fa.id = b."facilityId" WHERE b."projectId" = p.id) AS beneficiaries,
    (SELECT json_agg(json_build_object('lineNo', l."lineNo", 'item', l.item, 'unit', l.unit, 'quantity', l.quantity, 'totalCost', l."totalCost"::text, 'supportAmount', l."supportAmount"::text,
              'counterpartAmount', l."counterpartAmount"::text, 'otherAmount', l."otherAmount"::text, 'normJustification', l."normJustification", 'normCode', sn.code, 'costItem', sn."costItem") ORDER BY l."lineNo")
       FROM "ProjectBudgetLine" l LEFT JOIN "SupportNorm" sn ON sn.id = l."supportNormId" WHERE l."projectId" = p.id) AS "budgetLines",
    (SELECT json_agg(json_build_object('id', a.id, 'level', a.level, 'method', a.method, 'form', a.form, 'outcome', a.outcome, 'conclusion', a.conclusion, 'failedCriterionReason', a."failedCriterionReason", 'decidedAt', a."decidedAt",
              'members', (SELECT json_agg(json_build_object('name', m.name, 'role', m.role)) FROM "CouncilMember" m WHERE m."councilId" = a."councilId"),
              'scores', (SELECT json_agg(json_build_object('criterion', s.criterion, 'assessment', s.assessment, 'comment', s.comment)) FROM "CriterionScore" s WHERE s."appraisalId" = a.id)) ORDER BY a."createdAt")
       FROM "Appraisal" a WHERE a."projectId" = p.id) AS appraisals,
    (SELECT json_agg(json_build_object('seq', w.seq, 'description', w.description, 'responsible', w.responsible, 'startDate', w."startDate", 'endDate', w."endDate") ORDER BY w.seq) FROM "ProjectWorkItem" w WHERE w."projectId" = p.id) AS "workItems",
    (SELECT json_agg(json_build_object('name', x.name, 'role', x.role)) FROM "ProjectPartner" x WHERE x."projectId" = p.id) AS partners,
    (SELECT json_agg(json_build_object('id', t.id, 'fromStatus', t."fromStatus", 'toStatus', t."toStatus", 'comment', t.comment, 'at', t.at, 'actor', u.name) ORDER BY t.at)
       FROM "ProjectTransition" t LEFT JOIN "User" u ON u.id = t."actorId" WHERE t."projectId" = p.id) AS transitions
    FROM "Project" p JOIN "FundingSource" f ON f.id = p."fundingSourceId" LEFT JOIN "Province" pr ON pr.id = p."provinceId" JOIN "Organisation" o ON o.id = p."implementerId"
   WHERE p.id = $1`;

/** The national list's deep page through its cursor (decision 063), beside the two index ranges that are its floor. */
async function deepPage(client: Db, raw: pg.Client, cuc: Actor, median: Median, queries: Queries): Promise<ReadRow> {
  const { listCursor } = await import("../../lib/projects/list-order");
  const total = await client.project.count();
  const skip = Math.max(25, Math.min(DEEP_ROWS, Math.floor((total * 0.8) / 25) * 25));
  const last = await client.project.findFirstOrThrow({ orderBy: [{ planYear: "desc" }, { code: "asc" }], skip: skip - 1, select: { planYear: true, code: true, title: true, supportAmount: true, status: true } });
  // The cursor the list's "Sau" link carries after that row.
  const after = listCursor(last, "year", "desc");
  const floor = async () => {
    await raw.query(`SELECT count(*) FROM (SELECT 1 FROM "Project" LIMIT ${CAPPED}) s`);
    return raw.query<{ code: string }>(
      `WITH page AS ((SELECT id, "planYear", code FROM "Project" WHERE "planYear" = $1 AND code > $2 ORDER BY code LIMIT 26)
                     UNION ALL (SELECT id, "planYear", code FROM "Project" WHERE "planYear" < $1 ORDER BY "planYear" DESC, code LIMIT 26)
                     ORDER BY "planYear" DESC, code LIMIT 26)
       SELECT ${LIST_COLUMNS} FROM page JOIN "Project" p USING (id) ${LIST_JOINS} ORDER BY p."planYear" DESC, p.code`,
      [last.planYear, last.code],
    );
  };
  // A cursor the list did not take would time page 1: the pages must be the floor's.
  const [page, floorPage] = [(await queries.listProjects(cuc, { after })) as { rows: { code: string }[] }, await floor()];
  if (page.rows[0]?.code !== floorPage.rows[0]?.code) throw new Error(`Trang sâu của danh sách không phải trang của sàn SQL: ${page.rows[0]?.code} / ${floorPage.rows[0]?.code}`);
  return { name: "Đề án list, national, deep page (cursor)", p50: await median(30, () => queries.listProjects(cuc, { after })), floor: await median(30, floor), budgetMs: 300 };
}
