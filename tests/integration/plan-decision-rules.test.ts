// Rules on plan decisions against real PostgreSQL (decision 038): no signing date after Vietnam's
// today, an effective date before signing only with a confirmed reason, the requester of an
// adjustment never decides it, and deciding resolves the notices about the request.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { addDays, formatIsoDay, parseCalendarDate as day, vietnamToday } from "../../lib/calendar";
import { createPlan, includeApprovedProjects } from "../../lib/plans/assemble";
import { decideAdjustment } from "../../lib/plans/adjustment-decide";
import { requestAdjustment } from "../../lib/plans/adjustment-request";
import { issuePlan } from "../../lib/plans/issue";
import { listMyNotices } from "../../lib/notifications/queries";
import { toSearchText } from "../../lib/search-text";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";
import { failure } from "../fixtures/failure";

// Plan year 2036 is this file's own.
const YEAR = 2051;
let a: Awaited<ReturnType<typeof provinceWorld>>;
let sources: Awaited<ReturnType<typeof referenceBasics>>;
let cuc: Actor;
let cuc2: Actor;
let planId: string;
let projectId: string;
const signer = "Nguyễn Văn Thử";

beforeAll(async () => {
  sources = await referenceBasics(db());
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({ where: { year: YEAR }, update: {}, create: { year: YEAR, sctSubmissionDeadline: day(`${YEAR - 1}-05-20`), registrationDeadline: day(`${YEAR - 1}-06-15`), contentCatalogVersionId: catalog.id } });
  a = await provinceWorld(db(), "Tỉnh Quy tắc QĐ");
  cuc = await cucStaff(db());
  cuc2 = await cucStaff(db());
  const title = `Đề án quy tắc ${randomUUID().slice(0, 6)}`;
  ({ id: projectId } = await db().project.create({
    data: { code: `RULE-${randomUUID()}`, title, searchText: toSearchText(title), planYear: YEAR, endYear: YEAR, fundingSourceId: sources.kcqg.id, kind: "STANDARD", status: "APPROVED_BY_CUC", implementerId: a.centreOrg.id, provinceId: a.current.id, supportAmount: 100_000_000n, approvedAmount: 100_000_000n },
    select: { id: true },
  }));
  ({ id: planId } = await createPlan(cuc, { year: YEAR, level: "NATIONAL", envelope: "500" }));
  await includeApprovedProjects(cuc, { planId });
});

describe("plan decision dates", () => {
  it("refuses a signing date after Vietnam's today, naming the field, and writes nothing", async () => {
    const tomorrow = formatIsoDay(addDays(vietnamToday(), 1));
    const error = await failure(issuePlan(cuc, { planId, decision: { number: "1", symbol: "QĐ-BCT", issuedOn: tomorrow, signer } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("Ngày ký");
    expect(Object.keys(error.details ?? {})).toContain("decision.issuedOn");
    expect((await db().annualPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("DRAFT");
    expect(await db().decision.count({ where: { issuerId: cuc.organisationId, number: "1", issuedOn: day(tomorrow) } })).toBe(0);
  });

  it("refuses an effective date before signing without a confirmed reason, then keeps the reason", async () => {
    const base = { number: "2", symbol: "QĐ-BCT", issuedOn: "2026-03-10", effectiveOn: "2026-01-01", signer };
    const noReason = await failure(issuePlan(cuc, { planId, decision: base }));
    expect(noReason.code).toBe("VALIDATION");
    expect(Object.keys(noReason.details ?? {})).toContain("decision.retroactiveReason");
    const unconfirmed = await failure(issuePlan(cuc, { planId, decision: { ...base, retroactiveReason: "Thực hiện từ đầu năm theo chỉ đạo" } }));
    expect(unconfirmed.code).toBe("VALIDATION");
    expect((await db().annualPlan.findUniqueOrThrow({ where: { id: planId } })).status).toBe("DRAFT");
    const reason = "Thực hiện từ đầu năm theo chỉ đạo của Bộ";
    await issuePlan(cuc, { planId, decision: { ...base, retroactiveReason: reason, confirmRetroactive: true } });
    const v1 = await db().planVersion.findFirstOrThrow({ where: { planId, versionNo: 1 }, select: { effectiveOn: true, decision: { select: { retroactiveReason: true } } } });
    expect(v1).toEqual({ effectiveOn: day("2026-01-01"), decision: { retroactiveReason: reason } });
  });
});

describe("adjustment decided by someone else", () => {
  it("resolves the notices of a rejected request too", async () => {
    const req = await requestAdjustment(a.centre, { planId, kind: "CHANGE_TIMING", projectId, reason: "Lùi thời gian tổ chức hội chợ" });
    const subject = `adjustment:${req.id}`;
    expect(await db().notification.count({ where: { subject, resolvedAt: null } })).toBeGreaterThan(0);
    await decideAdjustment(cuc, { adjustmentId: req.id, outcome: "REJECT", note: "Không đủ căn cứ" });
    expect(await db().notification.count({ where: { subject, resolvedAt: null } })).toBe(0);
  });
  it("refuses the requester's own decision, lets another officer decide, and resolves the notices", async () => {
    const req = await requestAdjustment(cuc, { planId, kind: "STOP_PROJECT", projectId, reason: "Đơn vị thụ hưởng không còn nhu cầu" });
    const subject = `adjustment:${req.id}`;
    const open = await db().notification.findMany({ where: { subject }, select: { userId: true, resolvedAt: true } });
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.every((n) => n.resolvedAt === null)).toBe(true);

    const decision = { number: "3", symbol: "QĐ-BCT", issuedOn: "2026-04-01", effectiveOn: "2026-04-01", signer };
    const own = await failure(decideAdjustment(cuc, { adjustmentId: req.id, outcome: "APPROVE", decision }));
    expect(own.code).toBe("FORBIDDEN");
    expect(own.message).toContain("Người đề nghị");
    const ownReject = await failure(decideAdjustment(cuc, { adjustmentId: req.id, outcome: "REJECT", note: "Tự từ chối" }));
    expect(ownReject.code).toBe("FORBIDDEN");
    expect((await db().planAdjustment.findUniqueOrThrow({ where: { id: req.id } })).status).toBe("REQUESTED");
    expect(await db().notification.count({ where: { subject, resolvedAt: { not: null } } })).toBe(0);

    expect(await decideAdjustment(cuc2, { adjustmentId: req.id, outcome: "APPROVE", decision })).toEqual({ status: "APPROVED", versionNo: 2 });
    expect(await db().notification.count({ where: { subject, resolvedAt: null } })).toBe(0);
    // The notices page reads resolvedAt to show "Đã xử lý" on the requester's own list.
    const mine = (await listMyNotices(cuc)).unread.flatMap((g) => g.notices).filter((n) => n.body === "Đơn vị thụ hưởng không còn nhu cầu");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((n) => n.resolvedAt instanceof Date)).toBe(true);
  });

});

describe("choosing the đề án of a draft", () => {
  it("includes only the chosen approved đề án", async () => {
    const make = async (n: number) => {
      const title = `Đề án chọn ${n} ${randomUUID().slice(0, 6)}`;
      return db().project.create({
        data: { code: `PICK-${randomUUID()}`, title, searchText: toSearchText(title), planYear: YEAR, endYear: YEAR, fundingSourceId: sources.kcdp.id, kind: "STANDARD", status: "APPROVED_BY_CUC", implementerId: a.centreOrg.id, provinceId: a.current.id, supportAmount: 90_000_000n, approvedAmount: 90_000_000n },
        select: { id: true },
      });
    };
    const [one, two] = [await make(1), await make(2)];
    const { id } = await createPlan(a.sct, { year: YEAR, level: "PROVINCIAL", envelope: "100" });
    expect(await includeApprovedProjects(a.sct, { planId: id, projectIds: [one.id] })).toEqual({ added: 1 });
    const items = await db().planItem.findMany({ where: { planVersion: { planId: id, versionNo: 0 } }, select: { projectId: true } });
    expect(items.map((i) => i.projectId)).toEqual([one.id]);
    expect(items.map((i) => i.projectId)).not.toContain(two.id);
  });
});
