// The year-end forecast against real PostgreSQL, through the reporting core: plan and executed
// from the report (here the KCĐP periodic path), the previous year's monthly curve from
// LedgerMonthTotal (kept by the trigger), unpaid schedules from the contracts (KCQG here: a
// province's KCĐP ledger is not read where its KCĐP figure is periodic); scoped like the reports
// (an SCT of A sees no row of B and no zone or national sums).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { buildForecast } from "../../lib/forecast/queries";
import { parseReportQuery } from "../../lib/reports/query";
import { ledgerProject, signedContract, TRIEU } from "../fixtures/ledger-world";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;

let cuc: Actor;
let a: World;
let b: World;
let c: World;
let empty: World;

const query = () => parseReportQuery({ year: "2027", date: "2027-06-30", source: "ALL", basis: "recorded" });
const voucher = () => `CT-${randomUUID().slice(0, 8)}`;

async function halfYearReport(w: World, kcdpId: string, plan: bigint, executed: bigint) {
  await db().provincialReport.create({
    data: { provinceId: w.current.id, organisationId: w.sctOrg.id, year: 2027, period: "H1", cutOffDate: day("2027-06-30"), fundingSourceId: kcdpId, planAmount: plan, executedAmount: executed, projectCount: 1 },
  });
}

beforeAll(async () => {
  const { kcqg, kcdp } = await referenceBasics(db());
  cuc = await cucStaff(db());
  a = await provinceWorld(db(), "Tỉnh Dự báo A");
  b = await provinceWorld(db(), "Tỉnh Dự báo B");
  await halfYearReport(a, kcdp.id, 1000n * TRIEU, 200n * TRIEU);
  await halfYearReport(b, kcdp.id, 1000n * TRIEU, 900n * TRIEU);
  // C: nothing executed by 30/6, no earlier year and nothing scheduled: no forecast at all.
  c = await provinceWorld(db(), "Tỉnh Dự báo C");
  empty = await provinceWorld(db(), "Tỉnh Dự báo trống");
  await halfYearReport(c, kcdp.id, 700n * TRIEU, 0n);
  // A's 2026: 10 triệu paid every month on a KCQG đề án of 2026 (half the year reached by 30/6).
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({ where: { year: 2026 }, update: {}, create: { year: 2026, sctSubmissionDeadline: day("2025-05-20"), registrationDeadline: day("2025-06-15"), contentCatalogVersionId: catalog.id } });
  const projectA = await ledgerProject(db(), a, { fundingSourceId: kcqg.id });
  await db().project.update({ where: { id: projectA }, data: { planYear: 2026, endYear: 2026 } });
  for (let m = 1; m <= 12; m++) {
    const occurredOn = day(`2026-${String(m).padStart(2, "0")}-15`);
    await db().ledgerEntry.create({ data: { projectId: projectA, fundingSourceId: kcqg.id, kind: "PAYMENT", amount: 10n * TRIEU, occurredOn, voucherRef: voucher() } });
  }
  // A's KCĐP is on the periodic path: its 2026 KCĐP ledger (all paid in December) is not its curve.
  const kcdpA = await ledgerProject(db(), a, { fundingSourceId: kcdp.id });
  await db().project.update({ where: { id: kcdpA }, data: { planYear: 2026, endYear: 2026 } });
  await db().ledgerEntry.create({ data: { projectId: kcdpA, fundingSourceId: kcdp.id, kind: "PAYMENT", amount: 120n * TRIEU, occurredOn: day("2026-12-15"), voucherRef: voucher() } });
  // B: 2 000 triệu still due on a signed KCQG contract before the year ends, nothing paid on it yet.
  const projectB = await ledgerProject(db(), b, { fundingSourceId: kcqg.id });
  const contract = await signedContract(db(), projectB, { partyAId: b.sctOrg.id, partyBId: b.centreOrg.id, value: 2000n * TRIEU, signedOn: "2027-03-01" });
  // Paid in 2026 on B's đề án of 2027: not part of any 2026 curve.
  await db().ledgerEntry.create({ data: { projectId: projectB, fundingSourceId: kcqg.id, kind: "PAYMENT", amount: 50n * TRIEU, occurredOn: day("2026-03-15"), voucherRef: voucher() } });
  await db().paymentScheduleItem.create({ data: { contractId: contract, seq: 1, kind: "PAYMENT", shareBp: 10000, amount: 2000n * TRIEU, dueOn: day("2027-12-01") } });
  // B's KCĐP figure is its periodic report: a KCĐP contract's schedule would count its payments twice.
  const kcdpB = await ledgerProject(db(), b, { fundingSourceId: kcdp.id });
  const kcdpContract = await signedContract(db(), kcdpB, { partyAId: b.sctOrg.id, partyBId: b.centreOrg.id, value: 5000n * TRIEU, signedOn: "2027-02-01" });
  await db().paymentScheduleItem.create({ data: { contractId: kcdpContract, seq: 1, kind: "PAYMENT", shareBp: 10000, amount: 5000n * TRIEU, dueOn: day("2027-11-01") } });
});

describe("year-end forecast", () => {
  it("uses the previous year's curve, the run-rate or the schedule, and names the method", async () => {
    const view = await buildForecast(cuc, await query(), 8000);
    const rowA = view.provinces.find((r) => r.key === a.current.id)!;
    const rowB = view.provinces.find((r) => r.key === b.current.id)!;
    // A: 200 executed ÷ the half reached by 30/6 in 2026 = 400 (curve) and 200 × 365 / 181 days
    // (run-rate): central their median, 40 % of plan; even the high end is under 80 %.
    const runRateA = (200n * TRIEU * 365n) / 181n;
    expect(rowA).toMatchObject({ plan: 1000n * TRIEU, executed: 200n * TRIEU, central: (400n * TRIEU + runRateA) / 2n, method: "MEDIAN", ranged: true, historyYears: [2026], flag: "BELOW_EVEN_HIGH" });
    expect(rowA.low).toBe(400n * TRIEU);
    expect(rowA.high).toBe(runRateA);
    // B: the run-rate and executed 900 + 2 000 still due on the schedule; the schedule is the high.
    const runRateB = (900n * TRIEU * 365n) / 181n;
    expect(rowB).toMatchObject({ scheduledUnpaid: 2000n * TRIEU, central: (runRateB + 2900n * TRIEU) / 2n, low: runRateB, high: 2900n * TRIEU, method: "MEDIAN", flag: "NONE", scheduleAbovePlan: true });
    expect(rowB.historyYears).toEqual([]);
    expect(view.national).toBe(true);
    expect(view.zones.reduce((s, z) => s + z.central, 0n)).toBe(view.total.central);
  });

  it("lists only provinces with a plan or money, and gives no share without a forecast", async () => {
    const view = await buildForecast(cuc, await query(), 8000);
    expect(view.provinces.find((r) => r.key === empty.current.id)).toBeUndefined();
    expect(view.provinces.find((r) => r.key === c.current.id)!.shareBp).toBeNull();
  });

  it("sums plan and share over the provinces with a forecast and counts the others", async () => {
    const view = await buildForecast(cuc, await query(), 8000);
    const rowC = view.provinces.find((r) => r.key === c.current.id)!;
    expect(rowC).toMatchObject({ plan: 700n * TRIEU, method: "INSUFFICIENT", central: 0n });
    const forecast = view.provinces.filter((r) => r.method !== "INSUFFICIENT");
    // C's 700 of plan with a central of 0 would pull the share down and flag the sum.
    expect(view.total.plan).toBe(forecast.reduce((s, r) => s + (r.plan ?? 0n), 0n));
    expect(view.total.unforecast).toBe(view.provinces.length - forecast.length);
    expect(view.total.unforecast).toBeGreaterThanOrEqual(1);
    expect(view.zones.reduce((s, z) => s + z.unforecast, 0)).toBe(view.total.unforecast);
    expect(view.zones.reduce((s, z) => s + (z.plan ?? 0n), 0n)).toBe(view.total.plan);
  });

  it("takes the threshold as a parameter", async () => {
    const flagOf = async (bp: number) => (await buildForecast(cuc, await query(), bp)).provinces.find((r) => r.key === a.current.id)!.flag;
    expect(await flagOf(5000)).toBe("BELOW_EVEN_HIGH");
    // Central 40 % is below 40,3 %, the high end (≈ 40,33 %) is not.
    expect(await flagOf(4030)).toBe("BELOW");
    expect(await flagOf(3000)).toBe("NONE");
  });

  it("shows an SCT its provinces only, without zone or national sums", async () => {
    const view = await buildForecast(a.sct, await query(), 8000);
    expect(view.provinces.map((r) => r.key)).toContain(a.current.id);
    expect(view.provinces.every((r) => r.key === a.current.id || r.key === a.old.id)).toBe(true);
    expect(view.national).toBe(false);
    expect(view.zones).toEqual([]);
    expect(view.total.central).toBe(view.provinces.reduce((s, r) => s + r.central, 0n));
  });
});
