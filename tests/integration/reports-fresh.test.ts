// The report aggregate is never stale (issue #9 item 8): an entry is in the next report at once,
// whether its month is read from LedgerEntry (the cut-off's partial month) or from
// LedgerMonthTotal (a month-end cut-off), and a reversal takes it out again. Province A's SCT
// cannot read province B's figures through the province filter, and sees them only in the
// national context total.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { calendarDay } from "../../lib/calendar";
import { recordLedgerEntry, reverseLedgerEntry } from "../../lib/disbursements/mutations";
import { NotFoundError } from "../../lib/errors";
import { buildReport } from "../../lib/reports/build";
import { parseReportQuery } from "../../lib/reports/query";
import { entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { toSearchText } from "../../lib/search-text";
import { testDb } from "./db";

let cuc: Actor;
let kcqg: string;
let kcdp: string;
let a: Awaited<ReturnType<typeof provinceWorld>>;
let b: Awaited<ReturnType<typeof provinceWorld>>;
const NOW = new Date("2026-12-02T03:00:00Z");

beforeAll(async () => {
  const basics = await referenceBasics(testDb());
  kcqg = basics.kcqg.id;
  kcdp = basics.kcdp.id;
  await ledgerRules(testDb());
  const catalog = await testDb().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await testDb().planYear.upsert({ where: { year: 2025 }, update: {}, create: { year: 2025, sctSubmissionDeadline: calendarDay(2024, 5, 20), registrationDeadline: calendarDay(2024, 6, 15), contentCatalogVersionId: catalog.id } });
  await testDb().planYear.upsert({ where: { year: 2026 }, update: {}, create: { year: 2026, sctSubmissionDeadline: calendarDay(2025, 5, 20), registrationDeadline: calendarDay(2025, 6, 15), contentCatalogVersionId: catalog.id } });
  a = await provinceWorld(testDb(), "Tỉnh Báo Cáo A");
  b = await provinceWorld(testDb(), "Tỉnh Báo Cáo B");
  cuc = await cucStaff(testDb());
});

const executed = async (actor: Actor, params: Record<string, string>) =>
  (await buildReport(actor, await parseReportQuery({ year: "2026", source: "KCQG", ...params }, NOW, testDb()), testDb())).total.current.executed;

describe("reports read the ledger as it is now", () => {
  it("show a new entry at once through the partial month and through the aggregate, and drop it when reversed", async () => {
    const projectId = await ledgerProject(testDb(), a, { fundingSourceId: kcqg, approved: 300n * TRIEU });
    await testDb().project.update({ where: { id: projectId }, data: { planYear: 2026, endYear: 2026 } });
    const contractId = await signedContract(testDb(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    const at = (date: string) => executed(cuc, { preset: "DATE", date, province: a.current.id });
    expect(await at("2026-11-15")).toBe(0n); // records with no payment yet: the ledger is complete, so 0, not "not reported"
    const advance = await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "40"));
    expect(await at("2026-11-15")).toBe(40n * TRIEU); // the partial month, from LedgerEntry
    expect(await at("2026-11-30")).toBe(40n * TRIEU); // a month end, from LedgerMonthTotal
    expect(await executed(cuc, { preset: "M11", province: a.current.id, by: "project" })).toBe(40n * TRIEU); // through the records
    expect(await at("2026-11-01")).toBe(0n); // dated 2/11: not yet at 1/11
    await reverseLedgerEntry(cuc, { entryId: advance.id, occurredOn: "2026-11-03", voucherRef: `DC-${randomUUID().slice(0, 6)}`, reason: "Ghi nhầm", idempotencyKey: randomUUID() });
    expect(await at("2026-11-15")).toBe(0n);
    expect(await at("2026-11-30")).toBe(0n);
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "25"));
  });

  it("never give province B's SCT the figures of province A, except inside the national total", async () => {
    await expect(executed(b.sct, { preset: "M11", province: a.current.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(executed(b.sct, { preset: "M11", province: a.old.id })).rejects.toBeInstanceOf(NotFoundError);
    // Naming province A's centre as the implementer is NotFound too (not an empty page); B's own centre and the Cục are fine.
    await expect(executed(b.sct, { preset: "M11", implementer: a.centreOrg.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await executed(b.sct, { preset: "M11", implementer: b.centreOrg.id })).toBeNull();
    expect(await executed(b.sct, { preset: "M11", implementer: cuc.organisationId })).toBeNull();
    const own = await buildReport(b.sct, await parseReportQuery({ year: "2026", preset: "M11", by: "province", basis: "34" }, NOW, testDb()), testDb());
    expect(own.lines.every((l) => l.key === b.current.id || l.key === b.old.id)).toBe(true);
    expect(own.total.current.executed).toBeNull();
    expect(own.context!.national.current.executed! >= 25n * TRIEU).toBe(true);
    expect(await executed(a.sct, { preset: "M11", province: a.current.id })).toBe(25n * TRIEU);
  });
});

describe("no payment yet is 0 on the records path", () => {
  it("shows a đề án of another year's plan, listed only for its payments, with plan 0: not in this year's plan, not 'not reported'", async () => {
    const c = await provinceWorld(testDb(), "Tỉnh Ngoài Kế Hoạch C");
    const projectId = await ledgerProject(testDb(), c, { fundingSourceId: kcqg, approved: 300n * TRIEU });
    await testDb().project.update({ where: { id: projectId }, data: { planYear: 2025, endYear: 2025 } });
    const contractId = await signedContract(testDb(), projectId, { partyAId: cuc.organisationId, partyBId: c.centreOrg.id, value: 200n * TRIEU, signedOn: "2025-06-01" });
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "30"));
    const r = await buildReport(cuc, await parseReportQuery({ year: "2026", preset: "M11", source: "KCQG", by: "project", province: c.current.id }, NOW, testDb()), testDb());
    const line = r.lines.find((l) => l.key === projectId)!;
    expect([line.disbursedOutsidePlan, line.current.planAdjusted, line.current.executed, line.percentOfPlan.bp]).toEqual([30n * TRIEU, 0n, 0n, null]);
    expect(r.notes.find((n) => n.key === "reports.notes.linesNotReported")).toBeUndefined();
  });
});

const TY = 1_000n * TRIEU;
const periodic = (provinceId: string, organisationId: string, year: number, period: "H1" | "M9", cutOffDate: Date, planTy: bigint, executedTy: bigint) =>
  testDb().provincialReport.create({ data: { provinceId, organisationId, year, period, cutOffDate, fundingSourceId: kcdp, planAmount: planTy * TY, executedAmount: executedTy * TY, projectCount: 1 } });
const kcdpReport = async (params: Record<string, string>) => buildReport(cuc, await parseReportQuery({ source: "KCDP", ...params }, NOW, testDb()), testDb());

describe("the data-path precedence follows the plan in force", () => {
  it("keeps a province on its periodic report until its provincial KCĐP plan is in force", async () => {
    const e = await provinceWorld(testDb(), "Tỉnh Kế Hoạch E");
    await periodic(e.current.id, e.sctOrg.id, 2026, "M9", calendarDay(2026, 9, 30), 40n, 10n);
    const plan = await testDb().annualPlan.create({ data: { planYear: 2026, fundingSourceId: kcdp, level: "PROVINCIAL", provinceId: e.current.id, envelope: 50n * TY, status: "ISSUED" } });
    await testDb().planVersion.create({ data: { planId: plan.id, versionNo: 1, effectiveOn: calendarDay(2026, 10, 15) } });
    const at = async (date: string) => (await kcdpReport({ year: "2026", preset: "DATE", date, province: e.current.id })).total;
    const before = await at("2026-10-01");
    expect([before.current.executed, before.path]).toEqual([10n * TY, "periodic"]);
    const after = await at("2026-10-31");
    expect([after.current.executed, after.path]).toEqual([null, "none"]); // records now, of which there are none (no plan items)
  });
});

describe("periodic reports across the 2025 merger", () => {
  it("counts the old provinces' H1 at 30/6 and only the successor's cumulative M9 at 30/9, never both", async () => {
    const d = await provinceWorld(testDb(), "Tỉnh Sáp Nhập D");
    const name = "Tỉnh Sáp Nhập D cũ hai";
    const second = await testDb().province.create({ data: { code: `T${randomUUID().slice(0, 6)}`, name, searchText: toSearchText(name), validFrom: calendarDay(2008, 8, 1), validTo: calendarDay(2025, 7, 1) }, select: { id: true } });
    await testDb().provinceSuccession.create({ data: { fromProvinceId: second.id, toProvinceId: d.current.id, effectiveDate: calendarDay(2025, 7, 1), legalBasis: "test" } });
    await periodic(d.old.id, d.sctOrg.id, 2025, "H1", calendarDay(2025, 6, 30), 10n, 3n);
    await periodic(second.id, d.sctOrg.id, 2025, "H1", calendarDay(2025, 6, 30), 20n, 5n);
    // Entered by the Cục for the province: still no implementer's money.
    await periodic(d.current.id, cuc.organisationId, 2025, "M9", calendarDay(2025, 9, 30), 30n, 12n);
    const lineOf = (r: Awaited<ReturnType<typeof kcdpReport>>) => r.lines.find((l) => l.key === d.current.id)!;
    const june = await kcdpReport({ year: "2025", preset: "DATE", date: "2025-06-30", basis: "34", by: "province" });
    expect([lineOf(june).current.executed, lineOf(june).current.planAdjusted]).toEqual([8n * TY, 30n * TY]);
    expect(june.periodsUsed.filter((p) => p.provinceId === d.old.id || p.provinceId === second.id)).toHaveLength(2);
    const sept = await kcdpReport({ year: "2025", preset: "DATE", date: "2025-09-30", basis: "34", by: "province" });
    expect([lineOf(sept).current.executed, lineOf(sept).current.planAdjusted, lineOf(sept).path]).toEqual([12n * TY, 30n * TY, "periodic"]);
    expect(sept.periodsUsed.filter((p) => [d.old.id, second.id, d.current.id].includes(p.provinceId)).map((p) => p.provinceId)).toEqual([d.current.id]);
    // Periodic reports are not by implementer: on the "no implementer" line, never on the Cục or the SCT.
    const byImplementer = await kcdpReport({ year: "2025", preset: "DATE", date: "2025-09-30", basis: "34", by: "implementer", province: d.current.id });
    expect(byImplementer.lines.map((l) => [l.key, l.current.executed])).toEqual([["_none", 12n * TY]]);
  });

  it("never puts an old province on records and its successor on the periodic path: the family has one path", async () => {
    const f = await provinceWorld(testDb(), "Tỉnh Sáp Nhập F");
    const plan = await testDb().annualPlan.create({ data: { planYear: 2025, fundingSourceId: kcdp, level: "PROVINCIAL", provinceId: f.old.id, envelope: 50n * TY, status: "ISSUED" } });
    await testDb().planVersion.create({ data: { planId: plan.id, versionNo: 1, effectiveOn: calendarDay(2025, 1, 15) } });
    await periodic(f.current.id, f.sctOrg.id, 2025, "M9", calendarDay(2025, 9, 30), 30n, 12n);
    const r = await kcdpReport({ year: "2025", preset: "DATE", date: "2025-09-30", basis: "34", by: "province" });
    expect(r.periodsUsed.some((p) => p.provinceId === f.current.id)).toBe(false);
    expect(r.lines.find((l) => l.key === f.current.id)?.current.executed ?? null).toBeNull();
  });
});
