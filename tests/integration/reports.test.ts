// The reporting core on the seeded demo data (issue #9 items 3, 7, 8, 9): the published figures
// through buildReport, drill-down consistency on every dimension and basis, the data-path
// precedence, the SCT scope, and the aggregate rebuild. Runs on a database of its own.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { calendarDay } from "../../lib/calendar";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { DomainError, NotFoundError } from "../../lib/errors";
import { buildReport } from "../../lib/reports/build";
import { defaultDimensionOf } from "../../lib/reports/policy";
import { errorText } from "../../lib/i18n/error-text";
import { renderMessage } from "../../lib/i18n/messages";
import { lineRatio, MEASURE_KEYS, monthlyCurve, OUTPUT_KEYS } from "../../lib/reports/lines";
import { parseReportQuery, reportSearchParams } from "../../lib/reports/query";
import { compareLedgerMonthTotals, rebuildLedgerMonthTotals } from "../../lib/reports/rebuild";
import type { Dimension, Report, ReportLine } from "../../lib/reports/types";
import { seed } from "../../prisma/seed";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";

const baseUrl = inject("baseUrl");
const name = `kc_reports_${process.pid}`;
const url = `${baseUrl}/${name}`;
let client: Db;
let leadership: Actor;
let sctThanhHoa: Actor;
// A fixed clock: "today" is 2026-12-02 in Vietnam, as in the demo data.
const NOW = new Date("2026-12-02T03:00:00Z");

const actorOf = async (email: string) => (await loadActor(client, (await client.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id))!;
const report = async (actor: Actor, params: Record<string, string | undefined>) => buildReport(actor, await parseReportQuery(params, NOW, client), client);

beforeAll(async () => {
  await ensureDatabase(baseUrl, name);
  await applyMigrations(url);
  client = createDb(url);
  await seed(client, { demo: true });
  leadership = await actorOf("lanhdao@khuyencong.local");
  sctThanhHoa = await actorOf("sct.thanhhoa@khuyencong.local");
}, 180_000);

afterAll(async () => {
  await client?.$disconnect();
  await dropDatabase(baseUrl, name);
});

const line = (r: Report, key: string) => r.lines.find((l) => l.key === key)!;

describe("the published figures (issue #9 item 7, docs/demo-data.md)", () => {
  it("North zone 2021: 130,4 of 142,1 tỷ (91,7 %); KCQG 50,3 of 50,6 (99,4 %); KCĐP 80,1 of 91,5 (87,6 %)", async () => {
    const r = await report(leadership, { year: "2021", preset: "YEAR", zone: "BAC", by: "source" });
    expect([r.total.current.executed, r.total.current.planAdjusted]).toEqual([130_396_000_000n, 142_121_000_000n]);
    // 91,74999 %: 9 175 bp to two decimals, 91,7 % to one (docs/demo-data.md, "last digit" 2).
    expect(r.total.percentOfPlan).toEqual({ bp: 9175n, numerator: "executed", denominator: "planAdjusted" });
    expect(130_396_000_000 / 142_121_000_000).toBeLessThan(0.9175);
    const kcqg = line(r, "KCQG");
    expect([kcqg.current.executed, kcqg.current.planAdjusted, kcqg.percentOfPlan.bp, kcqg.path]).toEqual([50_250_000_000n, 50_578_000_000n, 9935n, "records"]);
    const kcdp = line(r, "KCDP");
    expect([kcdp.current.executed, kcdp.current.planAdjusted, kcdp.percentOfPlan.bp, kcdp.path]).toEqual([80_146_000_000n, 91_543_000_000n, 8755n, "periodic"]);
    const thisYear = r.periodsUsed.filter((p) => p.year === 2021);
    expect(thisYear).toHaveLength(28);
    expect(thisYear.every((p) => p.period === "YEAR")).toBe(true);
    expect(r.periodsUsed).toEqual(thisYear); // no periodic reports of 2020 in the seed
    expect(r.notes.map((n) => n.key)).toEqual(expect.arrayContaining(["reports.notes.percentOfPlan", "reports.notes.periodicOnlyPlanExecuted", "reports.notes.basis.recorded"]));
  });

  it("gives the year-over-year curve by month from records only: North 2022 at 30/9 12 tỷ against 28 tỷ; the periodic line holds the rest of 73,7 / 65,34", async () => {
    const r = await report(leadership, { year: "2022", preset: "M9", zone: "BAC", by: "month" });
    const curve = monthlyCurve(r.lines, 9);
    expect([curve[8]!.current, curve[8]!.lastYear, curve[9]!.current]).toEqual([12_000_000_000n, 28_000_000_000n, null]);
    expect([r.total.current.executed, r.total.lastYear.executed]).toEqual([73_700_000_000n, 65_340_000_000n]);
  });

  it("by status reads each đề án's status at the cut-off: at 30/9/2022 no 2022 đề án is liquidated yet", async () => {
    const r = await report(leadership, { year: "2022", preset: "M9", source: "KCQG", by: "status" });
    expect(r.lines.map((l) => l.key)).not.toContain("LIQUIDATED");
    expect(r.total.current.planAdjusted).toBe(140_000_000_000n);
    expect(r.notes).toContainEqual({ key: "reports.notes.statusAtCutOff", params: { date: "30/09/2022" } });
    const filtered = await report(leadership, { year: "2022", preset: "M9", source: "KCQG", status: "LIQUIDATED", by: "province" });
    expect(filtered.total.current.planAdjusted).toBeNull();
  });

  it("by month: months carry records only, every month to the cut-off is shown (0, never empty), periodic cumulatives are a line of their own", async () => {
    const r = await report(leadership, { year: "2022", preset: "M9", by: "month" });
    const months = r.lines.filter((l) => /^\d\d$/.test(l.key));
    expect(months.map((l) => l.key)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    expect(months.every((l) => l.current.executed !== null && l.lastYear.executed !== null && l.path === "records")).toBe(true);
    const periodic = line(r, "_periodic");
    expect(periodic.path).toBe("periodic");
    expect(periodic.label).toBe("Báo cáo định kỳ (lũy kế đến 30/09/2022)");
    expect(periodic.current.executed).toBeGreaterThan(0n);
    const sum = r.lines.reduce((a, l) => a + (l.current.executed ?? 0n), 0n);
    expect(sum).toBe(r.total.current.executed);
    const curve = monthlyCurve(r.lines, 9);
    expect(curve[8]!.current).toBe(r.total.current.executed! - periodic.current.executed!);
  });

  it("on the 63 a figure on a province of the 34 stays on it, labelled \"(sau 01/07/2025)\": never two lines with one label", async () => {
    for (const basis of ["63", "recorded"]) {
      const r = await report(leadership, { year: "2022", preset: "YEAR", by: "province", basis });
      const labels = r.lines.map((l) => l.label);
      expect(new Set(labels).size).toBe(labels.length);
      if (basis === "63") expect(labels).toContain("Đà Nẵng (sau 01/07/2025)");
    }
    const after = await report(leadership, { year: "2026", preset: "YEAR", by: "province", basis: "34" });
    expect(after.lines.some((l) => l.label.includes("(sau "))).toBe(false);
  });

  it("allocated % is over the KCQG plan only (allocations are KCQG only), with a note whenever the source includes KCĐP", async () => {
    const all = await report(leadership, { year: "2022", preset: "M9", zone: "BAC", by: "source" });
    const kcqg = await report(leadership, { year: "2022", preset: "M9", zone: "BAC", source: "KCQG", by: "source" });
    expect(all.total.current.allocated).toBe(kcqg.total.current.allocated);
    expect(all.total.allocatedOfKcqgPlan.kcqgPlanAdjusted).toBe(kcqg.total.current.planAdjusted);
    expect(all.total.allocatedOfKcqgPlan.bp).toBe(lineRatio(kcqg.total, "allocated", "planAdjusted").bp);
    expect(all.total.allocatedOfKcqgPlan.bp).not.toBe(lineRatio(all.total, "allocated", "planAdjusted").bp);
    expect(all.notes.map((n) => n.key)).toContain("reports.notes.allocatedKcqgOnly");
    expect(kcqg.notes.map((n) => n.key)).not.toContain("reports.notes.allocatedKcqgOnly");
  });

  it("a count is 0 only when every source reported it: partial sums say how many provinces' reports left it out", async () => {
    const year = await report(leadership, { year: "2022", preset: "YEAR", by: "source" });
    const kcdpProvinces = new Set(year.periodsUsed.filter((p) => p.year === 2022).map((p) => p.provinceId)).size;
    expect(kcdpProvinces).toBeGreaterThan(0);
    expect(year.total.outputs.trainees).not.toBeNull();
    expect(year.total.outputsNotReported.trainees).toBe(kcdpProvinces);
    expect(year.total.outputsNotReported.projects).toBe(0);
    const kcqg = line(year, "KCQG");
    expect(kcqg.outputsNotReported.trainees).toBe(0);
    // At 30/9 no đề án is accepted yet: records give 0 (complete), never "not reported".
    const m9 = await report(leadership, { year: "2022", preset: "M9", source: "KCQG", by: "source" });
    expect(OUTPUT_KEYS.every((k) => m9.total.outputs[k] !== null)).toBe(true);
  });

  it("every note renders in both catalogues with its parameters", async () => {
    const reports = [
      await report(leadership, { year: "2022", preset: "DATE", date: "2022-11-15", by: "province", basis: "63" }),
      await report(leadership, { year: "2024", preset: "YEAR", by: "content", basis: "34" }),
      await report(sctThanhHoa, { year: "2026", by: "implementer" }),
      await report(leadership, { year: "2026", preset: "YEAR", by: "status" }),
    ];
    const keys = new Set<string>();
    for (const r of reports) {
      for (const n of r.notes) {
        keys.add(n.key);
        for (const locale of ["vi", "en"] as const) expect(renderMessage(locale, n.key as never, n.params)).not.toMatch(/[{}]|reports\./);
      }
    }
    expect([...keys]).toEqual(expect.arrayContaining(["reports.notes.periodBefore", "reports.notes.outputNotDerived", "reports.notes.outcomesNotReported", "reports.notes.basis.63", "reports.notes.basis.34", "reports.notes.statusAtCutOff"]));
  });

  it("North zone 2022: plan 174,3 tỷ, +22,6 %; 73,7 tỷ executed at 30/9 (42,3 %), 112,8 % of the same period of 2021", async () => {
    const r = await report(leadership, { year: "2022", preset: "M9", zone: "BAC", by: "province" });
    expect(r.total.current.planAdjusted).toBe(174_280_000_000n);
    expect(r.total.planGrowth).toEqual({ bp: 2263n, numerator: "planAdjusted", denominator: "lastYearPlanAdjusted" });
    expect(r.total.current.executed).toBe(73_700_000_000n);
    expect(r.total.percentOfPlan.bp).toBe(4229n);
    expect(r.total.lastYear.executed).toBe(65_340_000_000n);
    expect(r.total.vsSamePeriod).toEqual({ bp: 11279n, numerator: "executed", denominator: "lastYearExecuted" });
    expect(r.total.path).toBe("mixed");
  });

  it("KCQG 2022: about 29 tỷ allocated of the 140 tỷ plan (20,7 %)", async () => {
    const r = await report(leadership, { year: "2022", preset: "YEAR", source: "KCQG", by: "zone" });
    expect([r.total.current.allocated, r.total.current.planAdjusted]).toEqual([28_980_000_000n, 140_000_000_000n]);
    expect(lineRatio(r.total, "allocated", "planAdjusted").bp).toBe(2070n);
  });

  it("Centre 1 (TTKC1) 2022: 1,4 tỷ disbursed on 4 đề án, 5,74 % of its 24,39 tỷ", async () => {
    const ttkc1 = (await client.organisation.findUniqueOrThrow({ where: { code: "TTKC1" }, select: { id: true } })).id;
    const r = await report(leadership, { year: "2022", preset: "YEAR", source: "KCQG", by: "implementer" });
    const centre = line(r, ttkc1);
    expect([centre.current.executed, centre.current.planAdjusted, centre.percentOfPlan.bp]).toEqual([1_400_000_000n, 24_390_000_000n, 574n]);
    expect(centre.href).toBe(`/bao-cao/don-vi/${ttkc1}?${reportSearchParams(r.query, { by: "project", filter: {} })}`);
    const projects = await report(leadership, { year: "2022", preset: "YEAR", source: "KCQG", by: "project", implementer: "TTKC1" });
    const paid = projects.lines.filter((l) => (l.current.executed ?? 0n) > 0n);
    expect(paid).toHaveLength(4);
    // The đề án page offers the way back to this implementer's report, filters kept.
    const back = `/bao-cao/don-vi/${ttkc1}?${reportSearchParams(projects.query, { filter: {} })}`;
    expect(paid.every((l) => l.href === `/de-an/${l.key}?${new URLSearchParams({ from: back })}`)).toBe(true);
  });
});

describe("a province page (docs/demo-data.md, Yên Bái 2019)", () => {
  it("KCĐP plan 3.000 triệu including the 405 triệu task of the provincial plan, 2.595 triệu on 20 đề án; KCQG 900 triệu", async () => {
    const r = await report(leadership, { year: "2019", preset: "YEAR", province: "15", by: "source" });
    expect([line(r, "KCDP").current.planAdjusted, line(r, "KCDP").current.executed, line(r, "KCDP").outputs.projects]).toEqual([3_000_000_000n, 2_595_000_000n, 20]);
    expect([line(r, "KCQG").current.planAdjusted, line(r, "KCQG").current.executed]).toEqual([900_000_000n, 900_000_000n]);
    const sct = await actorOf("sct.laocai@khuyencong.local"); // new Lào Cai covers the old Yên Bái
    expect((await report(sct, { year: "2019", preset: "YEAR", province: "15", by: "source" })).total.current).toEqual(r.total.current);
  });
});

describe("executed in year Y at cut-off D (docs/decisions/030)", () => {
  it("counts vouchers dated 1/1/Y … D of the đề án in Y's plan: not last year's đề án paid in January, but a multi-year đề án spanning Y", async () => {
    // 2023: 17,86 tỷ of 2023 KCQG đề án; the 22,99 tỷ paid in January 2023 on 2022 đề án belong to no year's execution.
    const y2023 = await report(leadership, { year: "2023", preset: "YEAR", source: "KCQG" });
    expect(y2023.total.current.executed).toBe(17_860_000_000n);
    // 2025: 8,629 tỷ of 2025 đề án plus 1,3 tỷ of the 2024–2025 flagship (read from its entries).
    const y2025 = await report(leadership, { year: "2025", preset: "YEAR", source: "KCQG" });
    expect(y2025.total.current.executed).toBe(9_929_000_000n);
    const byProject = await report(leadership, { year: "2025", preset: "YEAR", source: "KCQG", by: "project" });
    expect(byProject.total.current.executed).toBe(9_929_000_000n);
  });

  it("reads the cut-off's partial month from the entries and full months from the aggregate, to the same figure", async () => {
    const mid = await report(leadership, { year: "2022", preset: "DATE", date: "2022-07-20", source: "KCQG" });
    const records = await report(leadership, { year: "2022", preset: "DATE", date: "2022-07-20", source: "KCQG", by: "project" });
    expect(mid.total.current.executed).toBe(records.total.current.executed);
    expect(mid.total.current.executed).toBeGreaterThan(0n);
  });
});

const sumOf = <T extends bigint | number>(values: (T | null)[]): T | null => values.reduce<T | null>((a, v) => (v === null ? a : a === null ? v : ((a as never) + (v as never)) as T), null);

function expectAddsUp(r: Report, label: string): void {
  for (const k of MEASURE_KEYS) {
    expect(sumOf(r.lines.map((l) => l.current[k])), `${label} current.${k}`).toBe(r.total.current[k]);
    expect(sumOf(r.lines.map((l) => l.lastYear[k])), `${label} lastYear.${k}`).toBe(r.total.lastYear[k]);
  }
  for (const k of OUTPUT_KEYS) expect(sumOf(r.lines.map((l) => l.outputs[k])), `${label} outputs.${k}`).toBe(r.total.outputs[k]);
  expect(sumOf(r.lines.map((l) => l.disbursedOutsidePlan)), `${label} disbursedOutsidePlan`).toBe(r.total.disbursedOutsidePlan);
  expect(new Set(r.lines.map((l) => l.key)).size, `${label} keys are unique`).toBe(r.lines.length);
}

describe("every đồng accounted for: disbursed in the period on đề án of other years' plans", () => {
  // The same money straight from the entries: programme money dated 1/1/Y … D on đề án whose plan does not include Y.
  const fromEntries = async (year: number, to: string, zone?: string, provinceCode?: string) => {
    const [{ sum }] = await client.$queryRawUnsafe<[{ sum: bigint | null }]>(
      `SELECT SUM(CASE WHEN e.kind = 'REFUND' THEN -1 ELSE 1 END * CASE WHEN e."reversesId" IS NULL THEN e.amount ELSE -e.amount END)::bigint AS sum
         FROM "LedgerEntry" e JOIN "Project" p ON p.id = e."projectId" JOIN "FundingSource" f ON f.id = e."fundingSourceId" AND f.code IN ('KCQG', 'KCDP')
        WHERE e.kind IN ('ADVANCE', 'PAYMENT', 'REFUND') AND kc_programme_money(e."contractId") AND e."occurredOn" BETWEEN make_date($1, 1, 1) AND $2::date
          AND NOT (p."planYear" <= $1 AND p."endYear" >= $1)
          AND ($3::text IS NULL OR p."provinceId" IN (SELECT zm."provinceId" FROM "ZoneMembership" zm JOIN "Zone" z ON z.id = zm."zoneId" WHERE z.code = $3 AND zm.official))
          AND ($4::text IS NULL OR p."provinceId" IN (SELECT id FROM "Province" WHERE code = $4))`,
      year, to, zone ?? null, provinceCode ?? null,
    );
    return sum ?? 0n;
  };

  it("shows the North's January 2023 payments on 2022 đề án (22,99 tỷ) beside executed, not in it, with a note", async () => {
    const jan = await report(leadership, { year: "2023", preset: "DATE", date: "2023-01-31", zone: "BAC", by: "province" });
    expect(jan.total.disbursedOutsidePlan).toBe(22_990_000_000n);
    expect(await fromEntries(2023, "2023-01-31", "BAC")).toBe(22_990_000_000n);
    expectAddsUp(jan, "2023-01-31 BAC province");
    const note = jan.notes.find((n) => n.key === "reports.notes.disbursedOutsidePlan")!;
    expect(renderMessage("vi", note.key as never, note.params)).toBe("Tiền đã giải ngân trong kỳ (01/01/2023 – 31/01/2023) cho đề án thuộc kế hoạch năm khác: 22,99 tỷ đồng (không tính vào thực hiện năm 2023).");
    // The executed measure is unchanged: 2023 KCQG is still 17,86 tỷ of 2023 đề án.
    const year = await report(leadership, { year: "2023", preset: "YEAR", source: "KCQG" });
    expect(year.total.current.executed).toBe(17_860_000_000n);
    expect(year.total.disbursedOutsidePlan).toBe(await fromEntries(2023, "2023-12-31"));
  });

  it("an SCT sees only its province's such money; the national figure only as context", async () => {
    const national = await report(leadership, { year: "2023", preset: "YEAR" });
    const own = await report(sctThanhHoa, { year: "2023", preset: "YEAR", by: "province" });
    expect(own.total.disbursedOutsidePlan).toBe(await fromEntries(2023, "2023-12-31", undefined, "38"));
    expect(own.total.disbursedOutsidePlan!).toBeLessThan(national.total.disbursedOutsidePlan!);
    expect(own.context!.national.disbursedOutsidePlan).toBe(national.total.disbursedOutsidePlan);
  });

  it("is the same from the aggregate with a partial month, from the entries by đề án, and a note only when non-zero", async () => {
    const mid = await report(leadership, { year: "2023", preset: "DATE", date: "2023-01-20" });
    const byProject = await report(leadership, { year: "2023", preset: "DATE", date: "2023-01-20", by: "project" });
    expect(mid.total.disbursedOutsidePlan).toBe(await fromEntries(2023, "2023-01-20"));
    expect(mid.total.disbursedOutsidePlan).toBeGreaterThan(0n);
    expect(byProject.total.disbursedOutsidePlan).toBe(mid.total.disbursedOutsidePlan);
    expectAddsUp(byProject, "2023-01-20 project");
    // 2022 đề án on their own lines: not in 2023's plan (plan 0), no executed of it (0), never "not reported".
    const old = byProject.lines.filter((l) => l.disbursedOutsidePlan);
    expect(old.length).toBeGreaterThan(0);
    for (const l of old) expect([l.current.planAdjusted, l.current.executed, l.percentOfPlan.bp], l.label).toEqual([0n, 0n, null]);
    const y2021 = await report(leadership, { year: "2021", preset: "YEAR", source: "KCQG" });
    expect(y2021.total.disbursedOutsidePlan).toBe(await fromEntries(2021, "2021-12-31"));
    expect(y2021.notes.some((n) => n.key === "reports.notes.disbursedOutsidePlan")).toBe(y2021.total.disbursedOutsidePlan !== 0n);
  });
});

describe("drill-down adds up (issue #9 item 9)", () => {
  const dimensions: Dimension[] = ["zone", "region", "province", "content", "kind", "implementer", "status", "source", "month", "project"];
  for (const params of [{ year: "2021", preset: "YEAR" }, { year: "2022", preset: "M9" }, { year: "2023", preset: "YEAR" }, { year: "2026", preset: "DATE", date: "2026-11-15" }]) {
    it(`every dimension on every basis sums to the total, and the total is the same on every basis (${params.year})`, async () => {
      let reference: ReportLine["current"] | null = null;
      let outputs: ReportLine["outputs"] | null = null;
      for (const basis of ["recorded", "63", "34"]) {
        for (const by of dimensions) {
          const r = await report(leadership, { ...params, basis, by });
          expectAddsUp(r, `${params.year} ${basis} ${by}`);
          reference ??= r.total.current;
          expect(r.total.current, `${params.year} ${basis} ${by} total`).toEqual(reference);
          // The outputs are of the accepted đề án of the year's plan, whatever the grain (decision 071:
          // by đề án and by status once also counted accepted đề án of other years paid in the year).
          outputs ??= r.total.outputs;
          expect(r.total.outputs, `${params.year} ${basis} ${by} outputs`).toEqual(outputs);
        }
      }
    });
  }

  // Decision 059: a national reader's filtered report reads only that place's records (and the
  // nation's executed total): its figures must be the national report's line for that place.
  it("a province or zone filter gives exactly the national report's line, share of national included", async () => {
    for (const params of [{ year: "2022", preset: "M9" }, { year: "2025", preset: "M9" }, { year: "2026", preset: "DATE", date: "2026-11-15" }]) {
      for (const basis of ["recorded", "34"]) {
        const byProvince = await report(leadership, { ...params, basis, by: "province" });
        for (const l of byProvince.lines.filter((x) => !x.straddling).slice(0, 6)) {
          const one = await report(leadership, { ...params, basis, by: "project", province: l.key });
          expect([one.total.current, one.total.lastYear, one.total.shareOfNational.bp], `${params.year} ${basis} ${l.label}`).toEqual([l.current, l.lastYear, l.shareOfNational.bp]);
        }
        const bac = (await client.zone.findUniqueOrThrow({ where: { code: "BAC" }, select: { id: true } })).id;
        const north = (await report(leadership, { ...params, basis, by: "zone" })).lines.find((x) => x.key.includes(bac))!;
        const zone = await report(leadership, { ...params, basis, by: "province", zone: "BAC" });
        expect([zone.total.current, zone.total.lastYear, zone.total.shareOfNational.bp], `${params.year} ${basis} BAC`).toEqual([north.current, north.lastYear, north.shareOfNational.bp]);
      }
    }
  });

  it("shows provinces of the 34 that straddle zones as their own line, never inside a zone", async () => {
    const r = await report(leadership, { year: "2026", preset: "YEAR", basis: "34", by: "zone" });
    const straddlers = r.lines.filter((l) => l.straddling);
    for (const l of straddlers) expect(l.straddling!.length).toBeGreaterThan(1);
    expectAddsUp(r, "2026 34 zone");
  });
});

describe("data-path precedence (issue #9 item 3)", () => {
  it("a province with detailed KCĐP records never also counts its periodic report", async () => {
    // Old Thanh Hóa has a provincial KCĐP plan and đề án in 2023; give it a periodic report too.
    const province = await client.province.findFirstOrThrow({ where: { code: "38", validTo: { not: null } }, select: { id: true } });
    const sct = await client.organisation.findUniqueOrThrow({ where: { code: "SCT-38" }, select: { id: true } });
    const kcdp = await client.fundingSource.findUniqueOrThrow({ where: { code: "KCDP" }, select: { id: true } });
    const before = await report(leadership, { year: "2023", preset: "YEAR", source: "KCDP", by: "province", province: province.id });
    await client.provincialReport.create({
      data: { provinceId: province.id, organisationId: sct.id, year: 2023, period: "YEAR", cutOffDate: calendarDay(2023, 12, 31), fundingSourceId: kcdp.id, planAmount: 9_000_000_000n, executedAmount: 8_000_000_000n, projectCount: 99 },
    });
    const after = await report(leadership, { year: "2023", preset: "YEAR", source: "KCDP", by: "province", province: province.id });
    expect(after.total.current).toEqual(before.total.current);
    expect(after.total.current.executed).toBe(1_830_000_000n);
    expect(after.total.path).toBe("records");
    // 2023 from records only; the same period of 2022 is still from the province's 2022 periodic report.
    expect(after.periodsUsed.filter((p) => p.year === 2023)).toEqual([]);
    expect(after.periodsUsed.map((p) => [p.year, p.provinceId])).toEqual([[2022, province.id]]);
  });

  it("a province without records uses its latest period before the cut-off, and says so", async () => {
    const r = await report(leadership, { year: "2022", preset: "DATE", date: "2022-11-15", source: "KCDP", zone: "BAC", by: "province" });
    expect(r.total.current.executed).toBe(61_700_000_000n); // the M9 reports: no report ends by 15/11 after 30/9
    expect(r.lines.every((l) => l.path === "periodic")).toBe(true);
    expect(r.periodsUsed.filter((p) => p.year === 2022).every((p) => p.period === "M9")).toBe(true);
    expect(r.notes.filter((n) => n.key === "reports.notes.periodBefore")).toHaveLength(28);
    // The same period last year (15/11/2021) comes from the 2021 M9 reports too, listed with their year.
    const lastYear = r.periodsUsed.filter((p) => p.year === 2021);
    expect(lastYear).toHaveLength(28);
    expect(lastYear.every((p) => p.period === "M9" && p.cutOffDate.getTime() === calendarDay(2021, 9, 30).getTime())).toBe(true);
    expect(r.periodsUsed).toHaveLength(56);
    const notes = r.notes.filter((n) => n.key === "reports.notes.periodBeforeLastYear");
    expect(notes).toHaveLength(28);
    expect(renderMessage("vi", notes[0]!.key as never, notes[0]!.params)).toMatch(/^.+ \(cùng kỳ năm trước\): dùng báo cáo định kỳ 9 tháng \(chốt 30\/09\/2021\), kết thúc trước ngày chốt 15\/11\/2021\.$/);
    // Only this year's provinces are counted in the periodic-path note.
    expect(r.notes.find((n) => n.key === "reports.notes.periodicOnlyPlanExecuted")!.params).toEqual({ count: 28 });
  });
});

describe("scope (issue #9 item 9): an SCT sees its province, the zone and the nation only as totals", () => {
  it("never obtains another province's figures through filter, dimension or basis", async () => {
    const laoCai = await client.province.findFirstOrThrow({ where: { code: "15", validTo: null }, select: { id: true } });
    await expect(report(sctThanhHoa, { year: "2026", province: laoCai.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(report(sctThanhHoa, { year: "2022", province: "15" })).rejects.toBeInstanceOf(NotFoundError); // Yên Bái in 2022
    const own = new Set(sctThanhHoa.scope.provinceIds);
    for (const basis of ["recorded", "63", "34"]) {
      for (const by of ["province", "zone", "implementer", "project"] as const) {
        for (const extra of [{}, { zone: "BAC" }, { implementer: "TTKC1" }]) {
          const r = await report(sctThanhHoa, { year: "2026", basis, by, ...extra });
          if (by === "province") for (const l of r.lines) expect(own.has(l.key), `${basis} ${l.label}`).toBe(true);
          expectAddsUp(r, `sct ${basis} ${by}`);
        }
        // Lào Cai's centre is another province's organisation: NotFound, as its province.
        await expect(report(sctThanhHoa, { year: "2026", basis, by, implementer: "TTKC-15" })).rejects.toBeInstanceOf(NotFoundError);
      }
    }
    const scoped = await report(sctThanhHoa, { year: "2022", preset: "YEAR", by: "province" });
    expect(scoped.lines.every((l) => own.has(l.key))).toBe(true);
    expect(scoped.periodsUsed.every((p) => own.has(p.provinceId))).toBe(true);
  });

  it("opens by province for a reader without a national view; its zone lines say they are only its provinces' part", async () => {
    const defaulted = await buildReport(sctThanhHoa, await parseReportQuery({ year: "2022", preset: "M9" }, NOW, client, { by: defaultDimensionOf(sctThanhHoa) }), client);
    expect(defaulted.query.by).toBe("province");
    expect(defaulted.lines.map((l) => l.label)).toEqual(["Thanh Hóa"]);
    expect(defaultDimensionOf(leadership)).toBe("zone");
    const byZone = await report(sctThanhHoa, { year: "2022", preset: "M9", by: "zone" });
    expect(byZone.lines.map((l) => l.label)).toEqual(["Khu vực phía Bắc — phần của tỉnh trong phạm vi"]);
    expect(byZone.context!.zone!.label).toBe("Khu vực phía Bắc");
    const national = await report(leadership, { year: "2022", preset: "M9", by: "zone" });
    expect(national.lines.map((l) => l.label)).toContain("Khu vực phía Bắc");
  });

  it("gets the zone and national totals as context, computed without its filters", async () => {
    const national = await report(leadership, { year: "2022", preset: "M9" });
    const north = await report(leadership, { year: "2022", preset: "M9", zone: "BAC" });
    const r = await report(sctThanhHoa, { year: "2022", preset: "M9", kind: "GROUP" });
    expect(r.context!.national.current).toEqual(national.total.current);
    expect(r.context!.zone!.current).toEqual(north.total.current);
    expect(national.context).toBeNull();
  });

  it("names refused parameters by their labels and values by the catalogue, in either locale; three date mistakes, three messages", async () => {
    const refused = async (params: Record<string, string>) => {
      const error = await parseReportQuery(params, NOW, client).then(() => null, (e: unknown) => e as DomainError);
      expect(error).toBeInstanceOf(DomainError);
      return { vi: errorText(error!, "vi"), en: errorText(error!, "en") };
    };
    const bad = await refused({ year: "2022", basis: "xyz", source: "ALL2", by: "nope" });
    expect(bad.vi.message).toBe("Tham số báo cáo không hợp lệ: Địa giới, Nguồn kinh phí, Tổng hợp theo.");
    expect(bad.vi.fieldErrors!.basis).toBe("Địa giới “xyz” không có: chọn “Như ghi nhận”, “63 tỉnh” hoặc “34 tỉnh”");
    expect(bad.vi.fieldErrors!.source).toBe("Nguồn kinh phí “ALL2” không có: chọn “KCQG và KCĐP”, “KCQG” hoặc “KCĐP”");
    expect(bad.en.message).toBe("Invalid report parameters: Geography, Funding source, Group by.");
    expect(bad.en.fieldErrors!.basis).toContain("“As recorded”");
    expect((await refused({ year: "2022", date: "31/12/2023" })).vi.fieldErrors!.date).toBe("Ngày chốt “31/12/2023” sai định dạng: nhập năm-tháng-ngày, ví dụ 2022-09-30");
    expect((await refused({ year: "2022", date: "2022-02-30" })).vi.fieldErrors!.date).toBe("Ngày chốt “2022-02-30” không có thật (không có ngày này trong lịch)");
    expect((await refused({ year: "2022", date: "2023-12-31" })).vi.fieldErrors!.date).toBe("Ngày chốt 2023-12-31 không thuộc năm 2022");
    expect((await refused({ year: "20x" })).vi.message).toBe("Tham số báo cáo không hợp lệ: Năm.");
  });

  it("refuses readers without a reporting role and bad parameters with field messages", async () => {
    await expect(parseReportQuery({ year: "2022", date: "2022-02-30", preset: "DATE" }, NOW, client)).rejects.toMatchObject({ code: "VALIDATION", fields: { date: expect.anything() } });
    await expect(parseReportQuery({ year: "2022", preset: "DATE", date: "2023-01-01" }, NOW, client)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(parseReportQuery({ year: "99999" }, NOW, client)).rejects.toBeInstanceOf(DomainError);
    await expect(parseReportQuery({ year: "1990" }, NOW, client)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(parseReportQuery({ zone: "XYZ", province: "99", implementer: "NOPE", content: "99.9" }, NOW, client)).rejects.toMatchObject({
      code: "VALIDATION",
      details: { zone: expect.stringContaining("XYZ"), province: expect.stringContaining("99"), implementer: expect.stringContaining("NOPE"), content: expect.stringContaining("99.9") },
    });
    await expect(parseReportQuery(new URLSearchParams("year=2022&year=2021"), NOW, client)).rejects.toMatchObject({ details: { year: expect.any(String) } });
    await expect(parseReportQuery({ by: "nonsense", basis: "99" }, NOW, client)).rejects.toMatchObject({ code: "VALIDATION" });
    const q = await parseReportQuery({}, NOW, client);
    expect([q.year, q.basis, q.source, q.by, q.cutOff.toISOString().slice(0, 10)]).toEqual([2026, "recorded", "ALL", "zone", "2026-12-02"]);
    expect(await parseReportQuery(reportSearchParams(q), NOW, client)).toEqual(q);
    const past = await parseReportQuery({ year: "2021" }, NOW, client);
    expect([past.preset, past.cutOff.toISOString().slice(0, 10)]).toEqual(["YEAR", "2021-12-31"]);
  });
});

describe("npm run reports:rebuild (issue #9 item 8)", () => {
  it("rebuilds the aggregate in one transaction and proves it equals the records; a drifted table is found and repaired", async () => {
    const clean = await rebuildLedgerMonthTotals(client);
    expect(clean).toMatchObject({ equal: true, onlyInTable: 0, onlyInRecords: 0, driftBefore: { onlyInTable: 0, onlyInRecords: 0 } });
    expect(clean.rebuilt).toBe(clean.fromRecords);
    expect(clean.rebuilt).toBeGreaterThan(100);
    await client.$executeRawUnsafe(`UPDATE "LedgerMonthTotal" SET amount = amount + 1 WHERE id = (SELECT id FROM "LedgerMonthTotal" LIMIT 1)`);
    expect(await compareLedgerMonthTotals(client)).toEqual({ onlyInTable: 1, onlyInRecords: 1 });
    const repaired = await rebuildLedgerMonthTotals(client);
    expect(repaired).toMatchObject({ equal: false, driftBefore: { onlyInTable: 1, onlyInRecords: 1 }, onlyInTable: 0, onlyInRecords: 0 });
    expect((await rebuildLedgerMonthTotals(client)).equal).toBe(true);
  });
});
