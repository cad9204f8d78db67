// Issue #10 §2–3 against real PostgreSQL: the home card's awaiting count and the list it links to
// agree; an admin adds the next plan year (never a gap or twice, nobody else may); the deadline is
// extended only for open years; Mẫu 2 leaves out drafts and rejected đề án unless asked; the
// national disbursed figure is the ledger's up to today (aggregate + today's month, decision 061).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { nationalYearFigures } from "../../lib/dashboard/figures";
import { recordLedgerEntry, reverseLedgerEntry } from "../../lib/disbursements/mutations";
import { getHomeSummary } from "../../lib/dashboard/queries";
import { listProjects } from "../../lib/projects/queries";
import { addNextPlanYear, extendRegistrationDeadline } from "../../lib/plan-years/mutations";
import { mau2RowBatches } from "../../lib/mau-2/queries";
import { Mau2ExportInputSchema } from "../../lib/mau-2/schemas";
import { parseCalendarDate as day } from "../../lib/calendar";
import { adminUser, cucStaff, draftProject, provinceWorld, referenceBasics } from "../fixtures/world";
import { failure } from "../fixtures/failure";
import { confirmedProgress, entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { testDb } from "./db";

const db = testDb;
let w: Awaited<ReturnType<typeof provinceWorld>>;
let codes: Record<string, string>;

beforeAll(async () => {
  const { kcqg } = await referenceBasics(db());
  w = await provinceWorld(db(), "Tỉnh Trang Chủ");
  const base = { implementerId: w.centreOrg.id, provinceId: w.current.id, fundingSourceId: kcqg.id };
  const draft = await draftProject(db(), base);
  const submitted = await draftProject(db(), { ...base, status: "SUBMITTED_TO_SCT" });
  const rejected = await draftProject(db(), base);
  await db().project.update({ where: { id: rejected.id }, data: { status: "REJECTED_BY_SCT" } });
  const rows = await db().project.findMany({ where: { id: { in: [draft.id, submitted.id, rejected.id] } }, select: { id: true, code: true } });
  const code = (id: string) => rows.find((r) => r.id === id)!.code;
  codes = { draft: code(draft.id), submitted: code(submitted.id), rejected: code(rejected.id) };
});

describe("the home card links to exactly what it counts", () => {
  it("gives the SCT the submitted đề án, and the centre its draft, on both sides", async () => {
    for (const actor of [w.sct, w.centre]) {
      const summary = await getHomeSummary(actor);
      const list = await listProjects(actor, { awaiting: "1" });
      expect(list.total).toBe(summary.awaitingCount);
      expect(list.rows.every((r) => summary.awaitingStatuses.includes(r.status))).toBe(true);
    }
    expect((await listProjects(w.sct, { awaiting: "1" })).rows.map((r) => r.code)).toEqual([codes.submitted]);
    expect((await listProjects(w.centre, { awaiting: "1" })).rows.map((r) => r.code)).toEqual([codes.draft]);
  });
});

describe("plan years", () => {
  it("lets an admin add the year after the last, with the default deadlines, and nobody else", async () => {
    const admin = await adminUser(db());
    expect((await failure(addNextPlanYear(w.sct))).code).toBe("FORBIDDEN");
    expect((await failure(addNextPlanYear(await cucStaff(db())))).code).toBe("FORBIDDEN");
    // Start far beyond the years other test files create, so the added years never collide with theirs.
    const catalog = (await db().planYear.findUniqueOrThrow({ where: { year: 2027 } })).contentCatalogVersionId;
    await db().planYear.upsert({ where: { year: 2090 }, update: {}, create: { year: 2090, sctSubmissionDeadline: day("2089-05-20"), registrationDeadline: day("2089-06-15"), contentCatalogVersionId: catalog } });
    const last = (await db().planYear.findFirst({ orderBy: { year: "desc" } }))!.year;
    const { year } = await addNextPlanYear(admin);
    expect(year).toBe(last + 1);
    const row = await db().planYear.findUniqueOrThrow({ where: { year } });
    expect(row.sctSubmissionDeadline).toEqual(day(`${year - 1}-05-20`));
    expect(row.registrationDeadline).toEqual(day(`${year - 1}-06-15`));
    expect((await addNextPlanYear(admin)).year).toBe(year + 1);
    expect(await db().auditLog.count({ where: { action: "planYear.add", entityId: String(year) } })).toBe(1);
  });

  it("extends only a year still being planned", async () => {
    const cuc = await cucStaff(db());
    const catalog = (await db().planYear.findUniqueOrThrow({ where: { year: 2027 } })).contentCatalogVersionId;
    await db().planYear.upsert({ where: { year: 2026 }, update: {}, create: { year: 2026, sctSubmissionDeadline: day("2025-05-20"), registrationDeadline: day("2025-06-15"), contentCatalogVersionId: catalog } });
    const closed = await failure(extendRegistrationDeadline(cuc, { year: 2026, until: "2026-12-31", reason: "Xin gia hạn muộn" }));
    expect(closed.code).toBe("VALIDATION");
    expect(closed.message).toContain("không còn mở");
  });
});

describe("Mẫu 2 (đề nghị đăng ký)", () => {
  it("leaves out drafts and rejected đề án unless asked", async () => {
    const label = (s: string) => s;
    const codesOf = async (query: object) => {
      const codes: string[] = [];
      for await (const batch of mau2RowBatches(w.centre, Mau2ExportInputSchema.parse({ year: 2027, ...query }), label)) codes.push(...batch.map((r) => r.code));
      return codes;
    };
    expect(await codesOf({})).toEqual([codes.submitted]);
    expect((await codesOf({ includeDraftsAndRejected: true })).sort()).toEqual([codes.draft, codes.submitted, codes.rejected].sort());
  });
});

describe("the home page's national disbursed figure", () => {
  // Decision 061: the months before today's come from LedgerMonthTotal, today's month from the entries.
  it("adds the aggregate's earlier months and the entries of today's month up to today, as the ledger has them", async () => {
    const { kcqg } = await referenceBasics(db());
    await ledgerRules(db());
    const cuc = await cucStaff(db());
    // A plan year of this test's own: no other file's entries count in it.
    const YEAR = 2061;
    const catalog = (await db().planYear.findUniqueOrThrow({ where: { year: 2027 } })).contentCatalogVersionId;
    await db().planYear.upsert({ where: { year: YEAR }, update: {}, create: { year: YEAR, sctSubmissionDeadline: day("2060-05-20"), registrationDeadline: day("2060-06-15"), contentCatalogVersionId: catalog } });
    const projectId = await ledgerProject(db(), w, { fundingSourceId: kcqg.id, approved: 300n * TRIEU });
    await db().project.update({ where: { id: projectId }, data: { planYear: YEAR, endYear: YEAR } });
    const contractId = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: w.centreOrg.id, value: 200n * TRIEU });
    await confirmedProgress(db(), projectId, cuc.userId, 150n * TRIEU);
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "40", { occurredOn: "2026-10-05" }));
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "30", { occurredOn: "2026-11-02" }));
    const refund = await recordLedgerEntry(cuc, entry(contractId, "REFUND", "10", { occurredOn: "2026-11-03" }));
    await reverseLedgerEntry(cuc, { entryId: refund.id, occurredOn: "2026-11-04", voucherRef: `DC-${randomUUID().slice(0, 6)}`, reason: "Ghi nhầm", idempotencyKey: randomUUID() });
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "5", { occurredOn: "2026-11-25" }));
    // 20/11/2026 in Vietnam: October from the aggregate, 1–20 November from the entries, the 25th not yet.
    const [figures] = (await nationalYearFigures(cuc, [YEAR], new Date("2026-11-20T05:00:00Z")))!;
    expect(figures!.disbursed).toBe(70n * TRIEU);
    const [later] = (await nationalYearFigures(cuc, [YEAR], new Date("2026-12-02T05:00:00Z")))!;
    expect(later!.disbursed).toBe(75n * TRIEU);
  });
});
