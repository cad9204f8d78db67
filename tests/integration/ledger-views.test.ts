// The views over the ledger and the implementation records (issue #8 item 8; docs/decisions/023):
// the đề án money panel, the timeline of every event and document, and the work list, each on
// real PostgreSQL and inside the actor's scope.
import { randomUUID } from "node:crypto";
import { IntlMessageFormat } from "intl-messageformat";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { recordLedgerEntry, reverseLedgerEntry } from "../../lib/disbursements/mutations";
import { unsafeMoneyPanel } from "../../lib/disbursements/panel";
import { listProjectTimeline } from "../../lib/timeline/queries";
import { getWorklist } from "../../lib/worklist/queries";
import { entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { failure } from "../fixtures/failure";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqg: string;
let cuc: Actor;
let a: World;
let b: World;

beforeAll(async () => {
  kcqg = (await referenceBasics(db())).kcqg.id;
  await ledgerRules(db());
  a = await provinceWorld(db(), "Tỉnh Xem A");
  b = await provinceWorld(db(), "Tỉnh Xem B");
  cuc = await cucStaff(db());
});

async function projectWithContract(value = 200n * TRIEU) {
  const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg, approved: 300n * TRIEU });
  const contractId = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value });
  return { projectId, contractId };
}

describe("money panel", () => {
  it("shows the eight figures with their denominators, net of reversals, without counterpart funds", async () => {
    const { projectId, contractId } = await projectWithContract();
    // A draft contract is not "contracted".
    await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 50n * TRIEU, signedOn: null });
    const wrong = await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "0,5"));
    await reverseLedgerEntry(cuc, { entryId: wrong.id, occurredOn: "2026-11-03", voucherRef: `DC-${randomUUID().slice(0, 6)}`, reason: "Ghi nhầm", idempotencyKey: randomUUID() });
    const advance = await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "140"));
    await recordLedgerEntry(cuc, entry(contractId, "SETTLEMENT", "100"));
    await recordLedgerEntry(cuc, entry(contractId, "REFUND", "10"));
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "500", { fundingSource: "COUNTERPART" }));
    expect(advance.replayed).toBe(false);
    const panel = Object.fromEntries((await unsafeMoneyPanel(projectId)).map((f) => [f.key, f]));
    expect(panel.approved).toMatchObject({ amount: 300n * TRIEU, share: null });
    expect(panel.contracted).toMatchObject({ amount: 200n * TRIEU, share: { bp: 6667n, of: "approved" } });
    expect(panel.advanced).toMatchObject({ amount: 140n * TRIEU, share: { bp: 7000n, of: "contracted" } });
    expect(panel.paid).toMatchObject({ amount: 0n });
    expect(panel.settled).toMatchObject({ amount: 100n * TRIEU, share: { bp: 7143n, of: "advanced" } });
    expect(panel.refunded).toMatchObject({ amount: 10n * TRIEU, share: { of: "paidOut" } });
    expect(panel.outstanding).toMatchObject({ amount: 30n * TRIEU, share: { of: "advanced" } });
    expect(panel.remaining).toMatchObject({ amount: 170n * TRIEU, share: { bp: 5667n, of: "approved" } });
  });
});

describe("timeline", () => {
  it("lists status changes, contracts, entries, reports, inspections, acceptances, stop and documents by date", async () => {
    const { projectId, contractId } = await projectWithContract();
    await db().projectTransition.create({ data: { projectId, fromStatus: "IN_PLAN", toStatus: "CONTRACTED", at: new Date("2026-06-01T03:00:00Z") } });
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "60", { occurredOn: "2026-06-10" }));
    await db().progressReport.create({ data: { projectId, periodMonth: day("2026-07-01"), reportedOn: day("2026-07-20"), completionBp: 4000, completedValue: 80n * TRIEU } });
    const inspection = await db().inspection.create({ data: { projectId, inspectorId: a.sctOrg.id, inspectedOn: day("2026-08-05"), findings: "Thiếu sổ theo dõi" }, select: { id: true } });
    await db().inspectionFinding.create({ data: { inspectionId: inspection.id, seq: 1, description: "Thiếu sổ theo dõi", requiredAction: "Lập sổ", status: "CLOSED", closedOn: day("2026-08-20") } });
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: 200n * TRIEU } });
    const events = await listProjectTimeline(a.centre, projectId);
    expect(events.map((e) => e.kind)).toEqual(["contract", "status", "ledger", "progress", "inspection", "findingClosed", "acceptance"]);
    expect(events.find((e) => e.kind === "ledger")).toMatchObject({ params: { ledgerKind: "ADVANCE", amount: "60 triệu đồng", reversal: "no" }, href: `/hop-dong/${contractId}/so-cai` });
    expect(events.find((e) => e.kind === "progress")?.params).toMatchObject({ month: "07/2026", completion: "40 %" });
    // Every event's sentence renders in both languages with the parameters it carries.
    for (const e of events) {
      for (const catalogue of [vi, en]) expect(new IntlMessageFormat(catalogue.timeline[e.kind], "vi").format({ ...e.params, status: "x" })).not.toBe("");
    }
    expect(new IntlMessageFormat(vi.timeline.ledger, "vi").format(events.find((e) => e.kind === "ledger")!.params)).toBe("Tạm ứng 60 triệu đồng (KCQG), chứng từ " + events.find((e) => e.kind === "ledger")!.params.voucher);
  });

  it("covers amendments, year closings, settlement, liquidation, stop and documents, each with its sentence", async () => {
    const { projectId, contractId } = await projectWithContract();
    await db().contractVersion.create({ data: { contractId, versionNo: 2, signedOn: day("2026-07-01"), value: 180n * TRIEU, reason: "Giảm khối lượng", schedule: [] } });
    await db().ledgerYearClosing.create({ data: { contractId, year: 2026, closedOn: day("2026-11-20"), reference: "ĐC-01" } });
    await db().settlement.create({ data: { contractId, dueOn: day("2026-10-16"), submittedOn: day("2026-10-10"), settledAmount: 180n * TRIEU, status: "APPROVED", decidedOn: day("2026-10-20") } });
    await db().liquidation.create({ data: { contractId, liquidatedOn: day("2026-11-01"), settledAmount: 180n * TRIEU, minutesRef: "TL-01" } });
    await db().projectStop.create({ data: { projectId, stoppedOn: day("2026-11-10"), reason: "Thiên tai", disbursedAtStop: 0n, acceptedAtStop: 0n, refundDue: 0n } });
    await db().attachment.create({ data: { projectId, kind: "OTHER", fileName: "bien-ban.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "x", storageKey: `test/${randomUUID()}` } });
    const events = await listProjectTimeline(cuc, projectId);
    expect(events.map((e) => e.kind)).toEqual(["contract", "amendment", "settlement", "settlementDecided", "liquidation", "stop", "yearClosed", "attachment"]);
    for (const e of events) {
      for (const catalogue of [vi, en]) expect(new IntlMessageFormat(catalogue.timeline[e.kind], "vi").format({ ...e.params, status: "x" })).not.toBe("");
    }
    expect(events.find((e) => e.kind === "settlement")?.href).toBe(`/de-an/${projectId}/quyet-toan`);
  });

  it("is not found for another province", async () => {
    const { projectId } = await projectWithContract();
    expect(((await failure(listProjectTimeline(b.centre, projectId))) as { code?: string }).code).toBe("NOT_FOUND");
    expect(((await failure(listProjectTimeline(b.sct, projectId))) as { code?: string }).code).toBe("NOT_FOUND");
  });
});

describe("work list", () => {
  it("gives a centre its contracts, next actions, overdue reports, open findings and advances to settle", async () => {
    // A task assignment the centre records on itself, with an advance due and not yet paid.
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const assignment = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU, signedOn: "2026-06-10" });
    await db().paymentScheduleItem.createMany({ data: [
      { contractId: assignment, seq: 1, kind: "ADVANCE", shareBp: 3000, amount: 60n * TRIEU, dueOn: day("2026-06-20") },
      { contractId: assignment, seq: 2, kind: "PAYMENT", shareBp: 7000, amount: 140n * TRIEU, afterAcceptance: true },
    ] });
    const draft = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 10n * TRIEU, signedOn: null });
    await db().progressReport.create({ data: { projectId, periodMonth: day("2026-07-01"), reportedOn: day("2026-07-20"), completionBp: 3000, completedValue: 1n } });
    const inspection = await db().inspection.create({ data: { projectId, inspectorId: a.sctOrg.id, inspectedOn: day("2026-08-05"), findings: "Kiểm tra" }, select: { id: true } });
    await db().inspectionFinding.createMany({ data: [
      { inspectionId: inspection.id, seq: 1, description: "Thiếu biển hiệu", requiredAction: "Lắp biển", dueOn: day("2026-08-30") },
      { inspectionId: inspection.id, seq: 2, description: "Thiếu ảnh", requiredAction: "Bổ sung ảnh", dueOn: day("2026-12-30") },
    ] });
    const today = day("2026-09-26");
    let w = await getWorklist(a.centre, today);
    expect(w.contracts.items.filter((c) => c.projectId === projectId).map((c) => c.contractId).sort()).toEqual([assignment, draft].sort());
    const actions = w.actions.items.filter((x) => x.contract.projectId === projectId);
    expect(actions.map((x) => [x.kind, x.contract.contractId, x.amount])).toEqual(expect.arrayContaining([["sign", draft, 10n * TRIEU], ["scheduleDue", assignment, 60n * TRIEU]]));
    expect(actions.find((x) => x.kind === "scheduleDue")?.href).toBe(`/hop-dong/${assignment}/so-cai`);
    // Overdue Mẫu 3b is the progress module's rule (decision 024): the latest missing month, late on
    // day D itself ("trước ngày 25"), listed once per đề án.
    const reports = w.overdueReports.items.filter((r) => r.projectId === projectId);
    expect(reports.map((r) => [r.month.toISOString().slice(0, 7), r.lateFrom.toISOString().slice(0, 10), r.href])).toEqual([["2026-09", "2026-09-25", `/de-an/${projectId}/tien-do`]]);
    const onDayD = (await getWorklist(a.centre, day("2026-09-25"))).overdueReports.items.filter((r) => r.projectId === projectId);
    expect(onDayD.map((r) => r.month.toISOString().slice(0, 7))).toEqual(["2026-09"]);
    const dayBefore = (await getWorklist(a.centre, day("2026-09-24"))).overdueReports.items.filter((r) => r.projectId === projectId);
    expect(dayBefore.map((r) => r.month.toISOString().slice(0, 7))).toEqual(["2026-08"]);
    const findings = w.openFindings.items.filter((f) => f.projectId === projectId);
    expect(findings.map((f) => [f.description, f.overdue])).toEqual([["Thiếu biển hiệu", true], ["Thiếu ảnh", false]]);
    // Before acceptance nothing waits for settlement and no balance is payable.
    expect(w.advancesToSettle.items.filter((s) => s.contract.projectId === projectId)).toEqual([]);
    expect(actions.filter((x) => x.kind === "balance")).toEqual([]);

    // After the advance and acceptance: the balance is payable and the advance waits for settlement.
    await recordLedgerEntry(a.centre, entry(assignment, "ADVANCE", "60", { occurredOn: "2026-06-20" }));
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-09-20"), acceptedValue: 190n * TRIEU } });
    w = await getWorklist(a.centre, today);
    const after = w.actions.items.filter((x) => x.contract.contractId === assignment);
    expect(after.map((x) => [x.kind, x.amount])).toEqual([["balance", 130n * TRIEU]]);
    expect(w.advancesToSettle.items.filter((s) => s.contract.contractId === assignment).map((s) => s.outstanding)).toEqual([60n * TRIEU]);
  });

  it("shows province B nothing of province A", async () => {
    const { projectId } = await projectWithContract();
    const w = await getWorklist(b.centre, day("2026-09-26"));
    const ids = [...w.contracts.items.map((c) => c.projectId), ...w.overdueReports.items.map((r) => r.projectId), ...w.openFindings.items.map((f) => f.projectId), ...w.actions.items.map((x) => x.contract.projectId)];
    expect(ids).not.toContain(projectId);
    const sct = await getWorklist(b.sct, day("2026-09-26"));
    expect(sct.overdueReports.items.map((r) => r.projectId)).not.toContain(projectId);
  });
});
