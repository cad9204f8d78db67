// Dự toán giao against real PostgreSQL: within plan, beyond plan (unit and total), a unit with
// nothing planned, confirmation with a reason, who may record, the figures, the one "allocated"
// measure (dated, shared with the home figures), and concurrency.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { recordAllocation } from "../../lib/allocations/mutations";
import { getAllocationOverview, listReceiverOptions } from "../../lib/allocations/queries";
import { nationalYearFigures } from "../../lib/dashboard/figures";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";
import { parseCalendarDate as day } from "../../lib/calendar";

const TRIEU = 1_000_000n;

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let cuc: Actor;
let leadership: Actor;
let a: World;
let b: World;

/** An issued national KCQG plan for `year`, in force since 2026-01-01, plus a later version not yet in force. */
async function issuedPlan(year: number, items: { implementerId: string; amount: bigint }[]) {
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({
    where: { year },
    update: {},
    create: { year, sctSubmissionDeadline: day(`${year - 1}-05-20`), registrationDeadline: day(`${year - 1}-06-15`), contentCatalogVersionId: catalog.id },
  });
  const plan = await db().annualPlan.create({ data: { planYear: year, fundingSourceId: kcqgId, level: "NATIONAL", envelope: 0n, status: "ISSUED" }, select: { id: true } });
  await db().planVersion.create({
    data: { planId: plan.id, versionNo: 1, effectiveOn: day("2026-01-01"), items: { create: items.map((i, k) => ({ implementerId: i.implementerId, amount: i.amount, taskTitle: `Nhiệm vụ ${k + 1}` })) } },
  });
  // Version 2 is not in force yet (effective in 2099): it must not count.
  await db().planVersion.create({ data: { planId: plan.id, versionNo: 2, effectiveOn: day("2099-01-01"), items: { create: [{ implementerId: items[0]!.implementerId, amount: 999_000n * TRIEU }] } } });
}

const input = (year: number, receiverId: string, amount: string, extra: Record<string, unknown> = {}) => ({
  planYear: year,
  fundingSource: "KCQG",
  receiverId,
  amount,
  allocatedOn: `${year}-02-10`,
  documentRef: "QĐ giao dự toán thử nghiệm",
  ...extra,
});

beforeAll(async () => {
  kcqgId = (await referenceBasics(db())).kcqg.id;
  cuc = await cucStaff(db());
  a = await provinceWorld(db(), "Tỉnh Dự toán A");
  b = await provinceWorld(db(), "Tỉnh Dự toán B");
  const u = await db().user.create({
    data: { email: `${randomUUID()}@test.local`, name: "Lãnh đạo", passwordHash: "x", organisationId: cuc.organisationId, roles: { create: [{ role: "LEADERSHIP" }] }, scopes: { create: [{ kind: "NATIONAL" }] } },
    select: { id: true },
  });
  leadership = (await loadActor(db(), u.id))!;
  // 2037: centre A 600 triệu, SCT A 400 triệu = 1.000 triệu. B has nothing planned.
  await issuedPlan(2037, [{ implementerId: a.centreOrg.id, amount: 600n * TRIEU }, { implementerId: a.sctOrg.id, amount: 400n * TRIEU }]);
});

describe("recording an allocation", () => {
  it("saves an allocation within the plan, with an audit entry", async () => {
    const result = await recordAllocation(cuc, input(2037, a.centreOrg.id, "300"));
    expect(result).toMatchObject({ status: "SAVED", warnings: [] });
    if (result.status !== "SAVED") throw new Error("not saved");
    const row = await db().budgetAllocation.findUniqueOrThrow({ where: { id: result.id }, select: { amount: true, allocatedOn: true, note: true } });
    expect(row).toEqual({ amount: 300n * TRIEU, allocatedOn: day("2037-02-10"), note: "" });
    expect(await db().auditLog.count({ where: { entityType: "BudgetAllocation", entityId: result.id, action: "allocation.record" } })).toBe(1);
  });

  it("parses vi-VN triệu exactly and refuses a malformed amount", async () => {
    const error = await failure(recordAllocation(cuc, input(2037, a.centreOrg.id, "1,2345678")));
    expect(error.code).toBe("VALIDATION");
    expect((await failure(recordAllocation(cuc, input(2037, a.centreOrg.id, "12.34")))).code).toBe("VALIDATION");
    expect((await failure(recordAllocation(cuc, input(2037, a.centreOrg.id, "0")))).code).toBe("VALIDATION");
  });

  it("warns beyond the unit's plan, refuses without confirmation, saves with confirmation and reason", async () => {
    const before = await db().budgetAllocation.count({ where: { planYear: 2037 } });
    const warned = await recordAllocation(cuc, input(2037, a.centreOrg.id, "400,5"));
    expect(warned.status).toBe("NEEDS_CONFIRMATION");
    expect(warned.warnings.map((w) => w.code)).toEqual(["UNIT_OVER_PLAN"]);
    expect(warned.warnings[0]!.message).toContain("Sau lần giao này, dự toán giao cho Trung tâm Khuyến công Tỉnh Dự toán A là 700,5 triệu đồng, vượt kế hoạch");
    expect(warned.warnings[0]!.message).toContain("(600 triệu đồng) 100,5 triệu đồng");
    expect(await db().budgetAllocation.count({ where: { planYear: 2037 } })).toBe(before);

    const noReason = await failure(recordAllocation(cuc, input(2037, a.centreOrg.id, "400,5", { confirmed: true })));
    expect(noReason.code).toBe("VALIDATION");
    expect(await db().budgetAllocation.count({ where: { planYear: 2037 } })).toBe(before);

    const saved = await recordAllocation(cuc, input(2037, a.centreOrg.id, "400,5", { confirmed: true, reason: "Bộ Tài chính giao trước khi điều chỉnh kế hoạch", note: "Đợt 2" }));
    if (saved.status !== "SAVED") throw new Error("not saved");
    const row = await db().budgetAllocation.findUniqueOrThrow({ where: { id: saved.id }, select: { amount: true, note: true } });
    expect(row.amount).toBe(400_500_000n);
    expect(row.note).toMatch(/^Đợt 2\n\[Đã xác nhận giao vượt\/ngoài kế hoạch\] Lý do: Bộ Tài chính giao trước khi điều chỉnh kế hoạch\./);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: saved.id }, select: { data: true, actorId: true } });
    expect(audit.actorId).toBe(cuc.userId);
    expect(audit.data).toMatchObject({ confirmedBeyondPlan: true, reason: "Bộ Tài chính giao trước khi điều chỉnh kế hoạch", warnings: ["UNIT_OVER_PLAN"], amount: "400500000" });
  });

  it("warns when the year's total would exceed the plan total", async () => {
    // Allocated so far 700,5 of 1.000; SCT A (plan 400) gets 350: within its plan, beyond the total.
    const warned = await recordAllocation(cuc, input(2037, a.sctOrg.id, "350"));
    expect(warned.warnings.map((w) => w.code)).toEqual(["TOTAL_OVER_PLAN"]);
    expect(warned.warnings[0]!.message).toBe("Sau lần giao này, tổng dự toán giao KCQG năm 2037 là 1.050,5 triệu đồng, vượt tổng kế hoạch (1.000 triệu đồng) 50,5 triệu đồng.");
  });

  it("warns about a unit with nothing planned in that year and source", async () => {
    const warned = await recordAllocation(cuc, input(2037, b.centreOrg.id, "10"));
    expect(warned.status).toBe("NEEDS_CONFIRMATION");
    expect(warned.warnings[0]).toMatchObject({ code: "UNIT_NOT_IN_PLAN" });
    expect(warned.warnings[0]!.message).toContain("Đơn vị Trung tâm Khuyến công Tỉnh Dự toán B không có đề án hay nhiệm vụ nào trong kế hoạch KCQG năm 2037");
  });

  it("warns when no issued plan is in force", async () => {
    const warned = await recordAllocation(cuc, { ...input(2037, a.centreOrg.id, "10"), fundingSource: "KCDP" });
    expect(warned.warnings.map((w) => w.code)).toEqual(["NO_PLAN"]);
  });

  it("refuses anyone but Cục staff, even with a forged request", async () => {
    for (const actor of [a.centre, a.sct, leadership]) {
      const error = await failure(recordAllocation(actor, input(2037, actor.organisationId, "1", { confirmed: true, reason: "giả mạo yêu cầu" })));
      expect(error.code).toBe("FORBIDDEN");
    }
  });
});

describe("allocated vs plan", () => {
  it("reproduces 140 tỷ planned, 28,98 tỷ allocated = 20,70 %, overall and per unit", async () => {
    await issuedPlan(2038, [{ implementerId: a.centreOrg.id, amount: 100_000n * TRIEU }, { implementerId: b.centreOrg.id, amount: 40_000n * TRIEU }]);
    await recordAllocation(cuc, input(2038, a.centreOrg.id, "20.000"));
    await recordAllocation(cuc, input(2038, b.centreOrg.id, "8.980"));
    // Read at the end of 2038 in Vietnam: both allocations (dated 2038-02-10) count by then.
    const o = await getAllocationOverview(leadership, 2038, "KCQG", new Date("2038-12-31T12:00:00+07:00"));
    expect({ plan: o.planTotal, allocated: o.allocatedTotal, share: o.shareBp, version: o.plan?.versionNo }).toEqual({ plan: 140_000_000_000n, allocated: 28_980_000_000n, share: 2070n, version: 1 });
    const units = new Map(o.units.map((u) => [u.receiverId, u]));
    expect(units.get(a.centreOrg.id)).toMatchObject({ planned: 100_000_000_000n, allocated: 20_000_000_000n, shareBp: 2000n, overPlan: false });
    expect(units.get(b.centreOrg.id)).toMatchObject({ planned: 40_000_000_000n, allocated: 8_980_000_000n, shareBp: 2245n });
    expect(o.entries).toHaveLength(2);
  });

  it("shows an SCT its own province's units and figures only, read-only", async () => {
    const at = new Date("2038-12-31T12:00:00+07:00");
    const seenByA = await getAllocationOverview(a.sct, 2038, "KCQG", at);
    expect(seenByA.units.map((u) => u.receiverId)).toEqual([a.centreOrg.id]);
    expect(seenByA.entries.map((e) => e.amount)).toEqual([20_000_000_000n]);
    expect({ plan: seenByA.planTotal, allocated: seenByA.allocatedTotal, share: seenByA.shareBp }).toEqual({ plan: 100_000_000_000n, allocated: 20_000_000_000n, share: 2000n });
    const seenByB = await getAllocationOverview(b.sct, 2038, "KCQG", at);
    expect(seenByB.units.map((u) => u.receiverId)).toEqual([b.centreOrg.id]);
    expect(seenByB.entries.map((e) => e.amount)).toEqual([8_980_000_000n]);
    expect((await listReceiverOptions(a.sct, 2038, "KCQG")).some((r) => r.id === b.centreOrg.id)).toBe(false);
    expect((await failure(recordAllocation(a.sct, input(2038, a.centreOrg.id, "1")))).code).toBe("FORBIDDEN");
  });

  it("lists planned units first as receivers, and hides the page from other roles", async () => {
    const options = await listReceiverOptions(cuc, 2038, "KCQG");
    expect(options.filter((r) => r.planned).map((r) => r.id).sort()).toEqual([a.centreOrg.id, b.centreOrg.id].sort());
    expect(options[0]!.planned).toBe(true);
    expect((await failure(getAllocationOverview(a.centre, 2038, "KCQG"))).code).toBe("NOT_FOUND");
  });
});

describe("one allocated measure, with a day", () => {
  // 2042 is this test's own year: no other file has a national KCQG plan or allocations for it.
  const YEAR = 2042;
  const at = (iso: string) => new Date(iso);
  async function bothViews(now: Date) {
    const [home, overview] = await Promise.all([nationalYearFigures(cuc, [YEAR], now), getAllocationOverview(cuc, YEAR, "KCQG", now)]);
    return { home: { planned: home?.[0]?.planned, allocated: home?.[0]?.allocated }, duToan: { planned: overview.planTotal, allocated: overview.allocatedTotal } };
  }

  it("checks an allocation against the plan in force on its own day (allocatedOn), not today's", async () => {
    // Version 1 (100 triệu) is in force from 2026-01-01; version 2 (999.000 triệu) from 2099-01-01.
    await issuedPlan(YEAR, [{ implementerId: a.centreOrg.id, amount: 100n * TRIEU }]);
    const early = await recordAllocation(cuc, input(YEAR, a.centreOrg.id, "500"));
    expect(early.warnings.map((w) => w.code)).toEqual(["UNIT_OVER_PLAN", "TOTAL_OVER_PLAN"]);
    expect(await recordAllocation(cuc, input(YEAR, a.centreOrg.id, "500", { allocatedOn: "2099-01-02" }))).toMatchObject({ status: "SAVED", warnings: [] });
    // 60 triệu on 2042-03-01: checked against version 1 and the allocations dated by then (none), so within plan.
    expect(await recordAllocation(cuc, input(YEAR, a.centreOrg.id, "60", { allocatedOn: `${YEAR}-03-01` }))).toMatchObject({ status: "SAVED", warnings: [] });
  });

  it("counts what was allocated by the day asked, the same on the home figures and /du-toan", async () => {
    expect(await bothViews(at(`${YEAR}-02-28T23:30:00+07:00`))).toEqual({ home: { planned: 100n * TRIEU, allocated: 0n }, duToan: { planned: 100n * TRIEU, allocated: 0n } });
    expect(await bothViews(at(`${YEAR}-03-01T00:30:00+07:00`))).toEqual({ home: { planned: 100n * TRIEU, allocated: 60n * TRIEU }, duToan: { planned: 100n * TRIEU, allocated: 60n * TRIEU } });
    expect(await bothViews(at("2099-01-02T00:30:00+07:00"))).toEqual({ home: { planned: 999_000n * TRIEU, allocated: 560n * TRIEU }, duToan: { planned: 999_000n * TRIEU, allocated: 560n * TRIEU } });
  });

  it("lists a later-dated allocation on /du-toan but marks it as not yet counted", async () => {
    const overview = await getAllocationOverview(cuc, YEAR, "KCQG", at(`${YEAR}-03-01T00:30:00+07:00`));
    const counted = overview.entries.filter((e) => e.counted).map((e) => e.amount);
    const later = overview.entries.filter((e) => !e.counted).map((e) => e.amount);
    expect(counted).toEqual([60n * TRIEU]);
    expect(later).toEqual([500n * TRIEU]);
    expect(counted.reduce((x, y) => x + y, 0n)).toBe(overview.allocatedTotal);
  });
});

describe("concurrency", () => {
  it("lets only one of two concurrent allocations pass a check only one fits", async () => {
    await issuedPlan(2036, [{ implementerId: a.centreOrg.id, amount: 100n * TRIEU }]);
    const results = await Promise.all([recordAllocation(cuc, input(2036, a.centreOrg.id, "60")), recordAllocation(cuc, input(2036, a.centreOrg.id, "60"))]);
    expect(results.map((r) => r.status).sort()).toEqual(["NEEDS_CONFIRMATION", "SAVED"]);
    expect((await db().budgetAllocation.aggregate({ where: { planYear: 2036 }, _sum: { amount: true } }))._sum.amount).toBe(60n * TRIEU);
  });
});
