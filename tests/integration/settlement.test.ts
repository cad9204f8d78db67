// Settlement, liquidation and stopping on real PostgreSQL (issue #8 item 7): the dossier's due day
// from dated configuration, submit and approve (status, the advance cleared by a SETTLEMENT entry),
// Mẫu 7/8a/8b as real .xlsx read back, liquidation with its deadline, and a stop's refund tracked
// until it is paid back. Province B cannot act on province A's đề án.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { formatIsoDay, parseCalendarDate as day, vietnamToday } from "../../lib/calendar";
import { recordAcceptance } from "../../lib/acceptance/mutations";
import { recordLedgerEntry, reverseLedgerEntry } from "../../lib/disbursements/mutations";
import { unsafeLedgerMeasures } from "../../lib/disbursements/queries";
import { loadSettlementSheets } from "../../lib/settlement/export-data";
import { recordLiquidation } from "../../lib/settlement/liquidation";
import { buildLiquidationPdf, loadLiquidationMinutes } from "../../lib/settlement/liquidation-pdf";
import { decideSettlement, submitSettlement } from "../../lib/settlement/mutations";
import { getSettlementPage } from "../../lib/settlement/queries";
import { buildMau7, buildMau8 } from "../../lib/settlement/sheets";
import { stopProject } from "../../lib/stops/mutations";
import { getStopPage } from "../../lib/stops/queries";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { acceptanceInput, generalAdvanceRule, runningProject, type RunningProject } from "../fixtures/implementation-world";
import { failure } from "../fixtures/failure";
import { confirmedProgress } from "../fixtures/ledger-world";
import { testDb as db } from "./db";

const TRIEU = 1_000_000n;
type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let cuc: Actor;
let a: World;
let b: World;

async function deadline(code: string, validFrom: string, validTo: string | null, values: { daysAfter?: number; month?: number; dayOfMonth?: number }) {
  await db().implementationDeadline.upsert({
    where: { code_validFrom: { code, validFrom: day(validFrom) } },
    update: {},
    create: { code, description: "test", status: "BASELINE", legalBasis: `TT 36/2013 (${code})`, validFrom: day(validFrom), validTo: validTo ? day(validTo) : null, ...values },
  });
}

beforeAll(async () => {
  ({ kcqg: { id: kcqgId } } = await referenceBasics(db()));
  await generalAdvanceRule(db());
  await db().fundingSource.upsert({ where: { code: "COUNTERPART" }, update: {}, create: { code: "COUNTERPART", name: "Vốn đối ứng" } });
  await deadline("SETTLEMENT_DOSSIER", "2014-02-10", null, { daysAfter: 15 });
  // A window in the past with another rule: the due day comes from the row in force, not a constant.
  await deadline("SETTLEMENT_DOSSIER", "2015-01-01", "2016-01-01", { daysAfter: 30 });
  await deadline("LIQUIDATION", "2014-02-10", null, { month: 1, dayOfMonth: 22 });
  await deadline("YEAR_RECONCILIATION", "2014-02-10", null, { month: 1, dayOfMonth: 22 });
  a = await provinceWorld(db(), "Tỉnh Quyết toán A");
  b = await provinceWorld(db(), "Tỉnh Quyết toán B");
  cuc = await cucStaff(db());
});

const running = (over: Partial<Parameters<typeof runningProject>[2]> = {}) => runningProject(db(), a, { cucOrgId: cuc.organisationId, fundingSourceId: kcqgId, ...over });
const entry = (p: RunningProject, kind: string, amount: string, over: Record<string, string> = {}) =>
  recordLedgerEntry(cuc, { contractId: p.contractId, kind, fundingSource: "KCQG", amount, occurredOn: "2026-11-02", voucherRef: `CT-${randomUUID().slice(0, 8)}`, idempotencyKey: randomUUID(), ...over });
const status = async (p: RunningProject) => (await db().project.findUniqueOrThrow({ where: { id: p.projectId }, select: { status: true } })).status;
const keyOf = async (call: Promise<unknown>) => ((await failure(call)) as { key?: string }).key;

/** Advance 100, accepted 150 on 20/11/2026, balance 50 paid (disbursed = accepted, docs/decisions/027): ready for settlement. */
async function accepted(acceptedOn = "2026-11-20") {
  const p = await running();
  await entry(p, "ADVANCE", "100", { occurredOn: "2026-07-01" });
  await entry(p, "ADVANCE", "30", { fundingSource: "COUNTERPART", occurredOn: "2026-07-02" });
  await recordAcceptance(a.sct, acceptanceInput(p, { acceptedOn }));
  await entry(p, "PAYMENT", "50", { occurredOn: "2026-11-25" });
  return p;
}

describe("settlement dossier", () => {
  it("is due N days after the last acceptance, N from the rule in force", async () => {
    const p = await accepted();
    const page = await getSettlementPage(a.centre, p.projectId);
    expect(page.deadlines.dossier?.dueOn).toEqual(day("2026-12-05"));
    const late = await accepted("2026-11-01");
    expect((await getSettlementPage(a.centre, late.projectId)).deadlines.dossier).toMatchObject({ dueOn: day("2026-11-16"), overdue: true });
    const old = await running({ signedOn: "2015-03-01" });
    await recordAcceptance(a.sct, acceptanceInput(old, { acceptedOn: "2015-06-10" }));
    expect((await getSettlementPage(a.centre, old.projectId)).deadlines.dossier?.dueOn).toEqual(day("2015-07-10"));
    expect(page.deadlines.liquidation).toMatchObject({ dueOn: day("2028-01-22") });
    expect(page.deadlines.reconciliation).toMatchObject({ dueOn: day("2028-01-22") });
  });

  it("refuses a settlement above the accepted value, from anyone but the implementer", async () => {
    const p = await accepted();
    const over = (await failure(submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "160" }))) as { key?: string; message: string };
    expect(over.key).toBe("errors.settlement.overAccepted");
    expect(over.message).toContain("160 triệu đồng");
    expect(over.message).toContain("150 triệu đồng");
    expect(await keyOf(submitSettlement(a.sct, { projectId: p.projectId, settledAmount: "150" }))).toBe("errors.settlement.notImplementer");
    expect(await keyOf(submitSettlement(b.centre, { projectId: p.projectId, settledAmount: "150" }))).toBe("errors.missing.project");
    expect(await db().settlement.count({ where: { contractId: p.contractId } })).toBe(0);
    expect(await keyOf(getSettlementPage(b.sct, p.projectId))).toBe("errors.missing.project");
    expect(await keyOf(getStopPage(b.centre, p.projectId))).toBe("errors.missing.project");
  });

  it("counts a force-majeure acceptance only once the SCT has confirmed it", async () => {
    const p = await running();
    await recordAcceptance(a.sct, acceptanceInput(p, { forceMajeure: true, forceMajeureReason: "Lũ quét" }));
    const waiting = (await failure(submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150" }))) as { key?: string; message: string };
    expect(waiting.key).toBe("errors.settlement.overAccepted");
    expect(waiting.message).toContain("giá trị đã nghiệm thu 0 triệu đồng");
  });

  it("approval settles the đề án and clears the outstanding advance; a return lets the implementer resubmit", async () => {
    const p = await accepted();
    const submitted = await submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150", counterpartAmount: "120,5" });
    expect(submitted.dueOn).toEqual(day("2026-12-05"));
    expect(await keyOf(submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150" }))).toBe("errors.settlement.alreadySubmitted");
    expect(await keyOf(decideSettlement(a.centre, { projectId: p.projectId, decision: "APPROVE" }))).toBe("errors.settlement.notDecider");
    expect(await keyOf(decideSettlement(b.sct, { projectId: p.projectId, decision: "APPROVE" }))).toBe("errors.missing.project");
    expect((await decideSettlement(cuc, { projectId: p.projectId, decision: "RETURN", note: "Thiếu chứng từ" })).status).toBe("RETURNED");
    await submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150" });
    const approved = await decideSettlement(cuc, { projectId: p.projectId, decision: "APPROVE" });
    expect(approved).toEqual({ status: "APPROVED", clearedAmount: 100n * TRIEU });
    expect(await status(p)).toBe("SETTLED");
    const support = await unsafeLedgerMeasures({ contractId: p.contractId, fundingSource: { code: "KCQG" } });
    expect(support.advanced - support.settled - support.refunded).toBe(0n);
    expect(support.settled).toBe(100n * TRIEU);
    expect(await keyOf(decideSettlement(cuc, { projectId: p.projectId, decision: "APPROVE" }))).toBe("errors.settlement.notAccepted");
    const notices = await db().notification.findMany({ where: { userId: a.centre.userId }, select: { kind: true, link: true } });
    expect(notices.filter((n) => n.link === `/de-an/${p.projectId}/quyet-toan`).map((n) => n.kind).sort()).toEqual(["DECISION_ISSUED", "PROJECT_RETURNED"]);
  });
});

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("settlement sheets", () => {
  it("exports Mẫu 7, 8a and 8b as valid .xlsx, 8b with the counterpart part", async () => {
    const p = await accepted();
    await submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150" });
    const data = await loadSettlementSheets(a.centre, p.projectId);
    const mau7 = await readBack(await buildMau7(data));
    expect(mau7.find((r) => r[1] === "Máy sấy chè")?.slice(3)).toEqual([150, 150, 100, 120.5, 100]);
    expect(mau7.find((r) => r[1] === "Tổng cộng")?.slice(3)).toEqual([300, 300, 150, 120.5, 150]);
    const mau8a = await readBack(await buildMau8(data, "8a"));
    const vouchers8a = mau8a.filter((r) => typeof r[1] === "string" && String(r[1]).startsWith("CT-"));
    expect(vouchers8a.map((r) => [r[4], r[6]])).toEqual([["Tạm ứng", 100], ["Thanh toán", 50]]);
    const mau8b = await readBack(await buildMau8(data, "8b"));
    const vouchers8b = mau8b.filter((r) => typeof r[1] === "string" && String(r[1]).startsWith("CT-"));
    expect(vouchers8b.map((r) => [r[5], r[6]])).toEqual([["KCQG", 100], ["Vốn đối ứng", 30], ["KCQG", 50]]);
    expect(mau8b.find((r) => r[1] === "Vốn đối ứng cam kết theo hợp đồng")?.[6]).toBe(300);
    expect(await keyOf(loadSettlementSheets(b.sct, p.projectId))).toBe("errors.missing.project");
  });
});

describe("liquidation", () => {
  it("liquidates a settled contract with the refund of what was disbursed beyond the settlement", async () => {
    const p = await accepted();
    // Settled 10 below what was disbursed (150): the liquidation's refund.
    await submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "140" });
    await decideSettlement(cuc, { projectId: p.projectId, decision: "APPROVE" });
    expect(await keyOf(recordLiquidation(a.centre, { projectId: p.projectId, liquidatedOn: "2026-11-30", minutesRef: "TL-01" }))).toBe("errors.projects.stepNotAllowed");
    expect(await keyOf(recordLiquidation(cuc, { projectId: p.projectId, liquidatedOn: "2099-01-01", minutesRef: "TL-01" }))).toBe("errors.acceptance.inFuture");
    const liquidated = await recordLiquidation(cuc, { projectId: p.projectId, liquidatedOn: formatIsoDay(vietnamToday()), minutesRef: "TL-01" });
    expect(liquidated.refundAmount).toBe(10n * TRIEU);
    expect(await status(p)).toBe("LIQUIDATED");
    expect((await db().contract.findUniqueOrThrow({ where: { id: p.contractId }, select: { status: true } })).status).toBe("LIQUIDATED");
    const page = await getSettlementPage(a.centre, p.projectId);
    expect(page.deadlines.liquidation).toMatchObject({ dueOn: day("2028-01-22"), overdue: false });
    expect(page.liquidation).toMatchObject({ minutesRef: "TL-01", settledAmount: 140n * TRIEU });
    const pdf = await buildLiquidationPdf(await loadLiquidationMinutes(a.centre, p.projectId));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(await keyOf(loadLiquidationMinutes(b.sct, p.projectId))).toBe("errors.missing.project");
  });
});

describe("stopping a đề án", () => {
  it("computes the refund due and tracks the repayment until 0", async () => {
    const p = await running();
    await entry(p, "ADVANCE", "100", { occurredOn: "2026-07-01" });
    const stop = { projectId: p.projectId, stoppedOn: "2026-11-28", decisionRef: "QĐ 123/QĐ-BCT", reason: "Đơn vị thụ hưởng giải thể" };
    expect(await keyOf(stopProject(b.sct, stop))).toBe("errors.missing.project");
    expect(await keyOf(stopProject(a.centre, stop))).toBe("errors.projects.stepNotAllowed");
    expect((await stopProject(cuc, stop)).refundDue).toBe(100n * TRIEU);
    expect(await status(p)).toBe("STOPPED");
    expect(await keyOf(entry(p, "ADVANCE", "1"))).toBe("errors.ledger.projectStopped");
    await entry(p, "REFUND", "40", { occurredOn: "2026-11-29" });
    expect((await getStopPage(a.centre, p.projectId)).stop).toMatchObject({ refundDue: 100n * TRIEU, refunded: 40n * TRIEU, remaining: 60n * TRIEU });
    await entry(p, "REFUND", "60", { occurredOn: "2026-11-30" });
    expect((await getStopPage(a.centre, p.projectId)).stop).toMatchObject({ refunded: 100n * TRIEU, remaining: 0n });
    expect(await keyOf(stopProject(cuc, stop))).toBe("errors.projects.transitionNotAllowed");
  });

  it("subtracts the accepted value from what was disbursed", async () => {
    const p = await running();
    await entry(p, "ADVANCE", "140", { occurredOn: "2026-07-01" });
    await db().acceptance.create({ data: { projectId: p.projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: 90n * TRIEU } });
    await db().acceptance.create({ data: { projectId: p.projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-02"), acceptedValue: 30n * TRIEU, forceMajeure: true, forceMajeureReason: "Bão" } });
    const stopped = await stopProject(cuc, { projectId: p.projectId, stoppedOn: "2026-11-28", decisionRef: "QĐ 124", reason: "Không tiếp tục được" });
    expect(stopped.refundDue).toBe(50n * TRIEU);
  });
});

/** A support contract under the đề án's contract, with one KCQG entry written straight to the ledger. */
async function supportEntry(p: RunningProject, kind: "ADVANCE" | "PAYMENT", amount: bigint, voucherRef: string) {
  const partyAId = (await db().contract.findUniqueOrThrow({ where: { id: p.contractId }, select: { partyBId: true } })).partyBId!;
  const child = await db().contract.create({ data: { projectId: p.projectId, kind: "SUPPORT_CONTRACT", number: `HĐHT-${randomUUID().slice(0, 8)}`, signedOn: day("2026-06-05"), partyAId, beneficiaryId: p.beneficiaryIds[0], parentId: p.contractId, value: 50n * TRIEU, status: "SIGNED" }, select: { id: true } });
  await db().ledgerEntry.create({ data: { projectId: p.projectId, contractId: child.id, fundingSourceId: kcqgId, kind, amount, occurredOn: day("2026-07-03"), voucherRef } });
}

describe("closing figures count programme money once (review of #8)", () => {
  it("a task assignment's settlement clears and its liquidation refunds what its support contracts disbursed too", async () => {
    const p = await accepted();
    await db().contract.update({ where: { id: p.contractId }, data: { kind: "TASK_ASSIGNMENT" } });
    await supportEntry(p, "ADVANCE", 20n * TRIEU, "CT-SUP-TA");
    expect((await getSettlementPage(a.centre, p.projectId)).money).toMatchObject({ advanced: 120n * TRIEU, paid: 50n * TRIEU, outstandingAdvance: 120n * TRIEU });
    await submitSettlement(a.centre, { projectId: p.projectId, settledAmount: "150" });
    expect(await decideSettlement(cuc, { projectId: p.projectId, decision: "APPROVE" })).toEqual({ status: "APPROVED", clearedAmount: 120n * TRIEU });
    expect((await getSettlementPage(a.centre, p.projectId)).money?.outstandingAdvance).toBe(0n);
    const liquidated = await recordLiquidation(cuc, { projectId: p.projectId, liquidatedOn: formatIsoDay(vietnamToday()), minutesRef: "TL-TA" });
    // Disbursed by the family 100 + 50 + 20 = 170 against 150 settled.
    expect(liquidated.refundAmount).toBe(20n * TRIEU);
  });

  it("the settlement page leaves counterpart funds out of advanced and outstanding", async () => {
    const p = await accepted();
    expect((await getSettlementPage(a.centre, p.projectId)).money).toMatchObject({ advanced: 100n * TRIEU, paid: 50n * TRIEU, outstandingAdvance: 100n * TRIEU });
  });

  it("Mẫu 8a never lists the pass-on of support contracts under a main contract", async () => {
    const p = await accepted();
    await supportEntry(p, "PAYMENT", 20n * TRIEU, "CT-SUP-PASS");
    const data = await loadSettlementSheets(a.centre, p.projectId);
    const vouchers = (await readBack(await buildMau8(data, "8a"))).filter((r) => typeof r[1] === "string" && String(r[1]).startsWith("CT-"));
    expect(vouchers.map((r) => [r[4], r[6]])).toEqual([["Tạm ứng", 100], ["Thanh toán", 50]]);
  });

  it("Mẫu 8b is offered only for đề án supported as a share of the total cost", async () => {
    const p = await accepted();
    expect((await getSettlementPage(a.centre, p.projectId)).may.export8b).toBe(true);
    await db().project.update({ where: { id: p.projectId }, data: { counterpartAmount: 0n } });
    expect((await getSettlementPage(a.centre, p.projectId)).may.export8b).toBe(false);
    const data = await loadSettlementSheets(a.centre, p.projectId);
    const refused = (await failure(buildMau8(data, "8b"))) as { key?: string; message: string };
    expect(refused.key).toBe("errors.settlement.no8b");
    expect(refused.message).toContain("Mẫu 8a");
  });

  it("a stop's repayment counts REFUND entries since the stop, not a reversed advance", async () => {
    const p = await running();
    await entry(p, "ADVANCE", "100", { occurredOn: "2026-07-01" });
    // A further advance rests on progress the SCT confirmed (decision 027).
    await confirmedProgress(db(), p.projectId, a.sct.userId, 130n * TRIEU);
    const wrong = await entry(p, "ADVANCE", "20", { occurredOn: "2026-07-02" });
    expect((await stopProject(cuc, { projectId: p.projectId, stoppedOn: "2026-11-28", decisionRef: "QĐ 125", reason: "Không tiếp tục được" })).refundDue).toBe(120n * TRIEU);
    const reverse = (entryId: string) => reverseLedgerEntry(cuc, { entryId, occurredOn: "2026-11-29", voucherRef: `DN-${randomUUID().slice(0, 8)}`, reason: "Ghi nhầm chứng từ", idempotencyKey: randomUUID() });
    await reverse(wrong.id);
    const refund = await entry(p, "REFUND", "40", { occurredOn: "2026-11-29" });
    expect((await getStopPage(a.centre, p.projectId)).stop).toMatchObject({ refundDue: 120n * TRIEU, refunded: 40n * TRIEU, remaining: 80n * TRIEU });
    await reverse(refund.id);
    expect((await getStopPage(a.centre, p.projectId)).stop).toMatchObject({ refunded: 0n, remaining: 120n * TRIEU });
  });
});
