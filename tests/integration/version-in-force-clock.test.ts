// The four readers of "the plan in force" agree at every hour of a day, on real PostgreSQL: the
// home figures (nationalYearFigures), the plan page (getPlan), the /ke-hoach list (listPlans) and
// /du-toan (getAllocationOverview); the home figures and /du-toan also agree on what was allocated
// by the day (an allocation dated the adjustment's day counts from 00:00 that day). The clock is
// pinned through their `now` parameters. Defect
// pinned here: an adjustment effective that day was ignored by the plan header and /du-toan until
// 07:00 Vietnam time, because a DATE was compared with an instant.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAllocation } from "../../lib/allocations/mutations";
import { getAllocationOverview } from "../../lib/allocations/queries";
import type { Actor } from "../../lib/auth/actor";
import { asOfDay, parseCalendarDate } from "../../lib/calendar";
import { decideAdjustment } from "../../lib/plans/adjustment-decide";
import { requestAdjustment } from "../../lib/plans/adjustment-request";
import { loadAnnex } from "../../lib/plans/annex";
import { createPlan, includeApprovedProjects } from "../../lib/plans/assemble";
import { issuePlan } from "../../lib/plans/issue";
import { getPlan, listPlans } from "../../lib/plans/plan-view";
import { nationalYearFigures } from "../../lib/dashboard/figures";
import { toSearchText } from "../../lib/search-text";
import { failure } from "../fixtures/failure";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

// This file's own plan year: no other file has a national KCQG plan for it.
const YEAR = 2044;
const ADJUSTED_ON = "2044-05-20";
const TRIEU = 1_000_000n;
let cuc: Actor;
let planId: string;

/** An instant given as Vietnam wall-clock time on a day. */
const vn = (date: string, time: string) => new Date(`${date}T${time}+07:00`);

async function readers(now: Date) {
  const [home, page, list, allocation] = await Promise.all([
    nationalYearFigures(cuc, [YEAR], now),
    // The plan page without ?asOf= reads today's version: asOfDay(undefined) is today in Vietnam.
    getPlan(cuc, planId, asOfDay(undefined, now)),
    listPlans(cuc, { year: YEAR }, now),
    getAllocationOverview(cuc, YEAR, "KCQG", now),
  ]);
  const row = list.find((p) => p.id === planId);
  return {
    home: { versionNo: home?.[0]?.planVersionNo ?? null, total: home?.[0]?.planVersionNo ? home[0].planned : null },
    page: { versionNo: page.shownVersionNo, total: page.shownVersionNo === null ? null : page.total },
    list: { versionNo: row?.versionNo ?? null, total: row?.total ?? null },
    allocation: { versionNo: allocation.plan?.versionNo ?? null, total: allocation.plan ? allocation.planTotal : null },
    allocated: { home: home?.[0]?.allocated ?? null, duToan: allocation.allocatedTotal },
  };
}

const all = (versionNo: number | null, total: bigint | null, allocated: bigint) => ({ home: { versionNo, total }, page: { versionNo, total }, list: { versionNo, total }, allocation: { versionNo, total }, allocated: { home: allocated, duToan: allocated } });

beforeAll(async () => {
  const sources = await referenceBasics(db());
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({ where: { year: YEAR }, update: {}, create: { year: YEAR, sctSubmissionDeadline: parseCalendarDate(`${YEAR - 1}-05-20`), registrationDeadline: parseCalendarDate(`${YEAR - 1}-06-15`), contentCatalogVersionId: catalog.id } });
  const w = await provinceWorld(db(), "Tỉnh Đồng hồ");
  cuc = await cucStaff(db());
  const approved = (amount: bigint) => {
    const title = `Đề án thử đồng hồ ${randomUUID().slice(0, 6)}`;
    return db().project.create({
      data: { code: `CLOCK-${randomUUID()}`, title, searchText: toSearchText(title), planYear: YEAR, endYear: YEAR, fundingSourceId: sources.kcqg.id, kind: "STANDARD", status: "APPROVED_BY_CUC", implementerId: w.centreOrg.id, provinceId: w.current.id, supportAmount: amount, approvedAmount: amount },
      select: { id: true },
    });
  };
  await approved(300n * TRIEU);
  ({ id: planId } = await createPlan(cuc, { year: YEAR, level: "NATIONAL", envelope: "1.000" }));
  await includeApprovedProjects(cuc, { planId });
  await issuePlan(cuc, { planId, decision: { number: "10", symbol: "QĐ-BCT", issuedOn: "2026-01-15", effectiveOn: `${YEAR}-02-10`, signer: "Nguyễn Văn Thử" } });
  // Approved at 03:09 on the day it takes effect: version 2 adds a đề án of 200 triệu.
  const added = await approved(200n * TRIEU);
  const request = await requestAdjustment(w.centre, { planId, kind: "ADD_PROJECT", projectId: added.id, reason: "Bổ sung đề án đạt thẩm định sau" });
  await decideAdjustment(cuc, { adjustmentId: request.id, outcome: "APPROVE", decision: { number: "20", symbol: "QĐ-BCT", issuedOn: "2026-01-16", effectiveOn: ADJUSTED_ON, signer: "Nguyễn Văn Thử" } });
  // 100 triệu allocated to the centre on the same day: within version 2, the plan in force then.
  const allocated = await recordAllocation(cuc, { planYear: YEAR, fundingSource: "KCQG", receiverId: w.centreOrg.id, amount: "100", allocatedOn: ADJUSTED_ON, documentRef: "QĐ giao dự toán đồng hồ" });
  expect(allocated).toMatchObject({ status: "SAVED", warnings: [] });
});

describe("the plan in force, read by the home figures, the plan page, the list and /du-toan", () => {
  it("is version 1 on the evening before the adjustment takes effect", async () => {
    expect(await readers(vn("2044-05-19", "23:30:00"))).toEqual(all(1, 300n * TRIEU, 0n));
    expect(await readers(vn("2044-05-19", "23:59:59.999"))).toEqual(all(1, 300n * TRIEU, 0n));
  });

  it("is version 2 for all four at every hour of the day it takes effect, 00:30 and 03:09 and 23:30 included", async () => {
    const times = [...Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00:00`), "00:30:00", "03:09:00", "23:30:00", "23:59:59.999"];
    for (const time of times) {
      expect({ time, ...(await readers(vn(ADJUSTED_ON, time))) }).toEqual({ time, ...all(2, 500n * TRIEU, 100n * TRIEU) });
    }
  });

  it("says there is no plan before the first decision takes effect, instead of showing zero", async () => {
    const before = vn("2044-02-09", "23:30:00");
    expect(await readers(before)).toEqual(all(null, null, 0n));
    const page = await getPlan(cuc, planId, asOfDay(undefined, before));
    expect(page.firstEffectiveOn).toEqual(parseCalendarDate("2044-02-10"));
    const annex = await failure(loadAnnex(cuc, planId, parseCalendarDate("2044-02-09")));
    expect(annex.code).toBe("NOT_FOUND");
    expect(annex.message).toBe("Ngày 09/02/2044 kế hoạch chưa có phiên bản nào có hiệu lực; quyết định đầu tiên có hiệu lực từ ngày 10/02/2044.");
    expect(await readers(vn("2044-02-10", "00:30:00"))).toEqual(all(1, 300n * TRIEU, 0n));
  });
});
