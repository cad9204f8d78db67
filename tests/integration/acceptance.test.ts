// Nghiệm thu cơ sở on real PostgreSQL (issue #8 item 6): each form, the sums, the value caps, the
// dates, another province's SCT, force majeure waiting for the SCT before a balance payment, outcome
// indicators (blank is null, never 0) and the follow-up window.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { confirmForceMajeure, recordAcceptance } from "../../lib/acceptance/mutations";
import { recordOutcome } from "../../lib/acceptance/outcomes";
import { getAcceptancePage } from "../../lib/acceptance/queries";
import { buildAcceptanceMinutesPdf } from "../../lib/acceptance/minutes-pdf";
import { getAcceptanceMinutes } from "../../lib/acceptance/queries";
import { uploadAttachment } from "../../lib/attachments/mutations";
import { samplePdf, samplePng } from "../../lib/attachments/sample-files";
import { getContract } from "../../lib/contracts/queries";
import { recordLedgerEntry } from "../../lib/disbursements/mutations";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { acceptanceInput, generalAdvanceRule, runningProject, type RunningProject } from "../fixtures/implementation-world";
import { failure } from "../fixtures/failure";
import { testDb as db } from "./db";

const TRIEU = 1_000_000n;
type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let kcdpId: string;
let cuc: Actor;
let a: World;
let b: World;

beforeAll(async () => {
  ({ kcqg: { id: kcqgId }, kcdp: { id: kcdpId } } = await referenceBasics(db()));
  await generalAdvanceRule(db());
  a = await provinceWorld(db(), "Tỉnh Nghiệm thu A");
  b = await provinceWorld(db(), "Tỉnh Nghiệm thu B");
  cuc = await cucStaff(db());
});

const running = (over: Partial<Parameters<typeof runningProject>[2]> = {}) => runningProject(db(), a, { cucOrgId: cuc.organisationId, fundingSourceId: kcqgId, ...over });
const status = async (p: RunningProject) => (await db().project.findUniqueOrThrow({ where: { id: p.projectId }, select: { status: true } })).status;
const count = (p: RunningProject) => db().acceptance.count({ where: { projectId: p.projectId } });

async function refused(p: RunningProject, call: Promise<unknown>, key: string): Promise<string> {
  // Handled from now on: a refusal arriving while `before` is read is not an unhandled rejection.
  call.catch(() => undefined);
  const before = await count(p);
  const error = (await failure(call)) as { key?: string; message: string };
  expect(error.key, error.message).toBe(key);
  expect(await count(p)).toBe(before);
  return error.message;
}

describe("acceptance forms", () => {
  it("records Mẫu 5b with lines whose sums are the accepted values, and accepts the đề án", async () => {
    const p = await running();
    const result = await recordAcceptance(a.sct, acceptanceInput(p));
    expect(result.projectStatus).toBe("ACCEPTED");
    const row = await db().acceptance.findUniqueOrThrow({ where: { id: result.id }, include: { lines: { orderBy: { seq: "asc" } } } });
    expect(row).toMatchObject({ form: "MAU_5B", acceptedValue: 150n * TRIEU, counterpartValue: 120_500_000n, contractId: p.contractId, organiserId: a.sctOrg.id });
    expect(row.lines.map((l) => [l.description, l.quantityAccepted.toString(), l.supportValue])).toEqual([["Máy sấy chè", "2", 100n * TRIEU], ["Tập huấn vận hành", "1.5", 50n * TRIEU]]);
    expect(await status(p)).toBe("ACCEPTED");
    // The same form sent again (a double click, a retried request) records nothing more.
    await refused(p, recordAcceptance(a.sct, acceptanceInput(p)), "errors.acceptance.notInProgress");
    expect(await count(p)).toBe(1);
    const pdf = await buildAcceptanceMinutesPdf(await getAcceptanceMinutes(a.sct, p.projectId, result.id));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses values over the contract or the approved amount, future days and days before the signature", async () => {
    const p = await running({ value: 120n * TRIEU });
    const over = await refused(p, recordAcceptance(a.sct, acceptanceInput(p)), "errors.acceptance.overContract");
    expect(over).toContain("150 triệu đồng");
    expect(over).toContain("120 triệu đồng");
    const q = await running({ approvedAmount: 140n * TRIEU });
    await refused(q, recordAcceptance(a.sct, acceptanceInput(q)), "errors.acceptance.overApproved");
    await refused(q, recordAcceptance(a.sct, acceptanceInput(q, { acceptedOn: "2099-01-01" })), "errors.acceptance.inFuture");
    await refused(q, recordAcceptance(a.sct, acceptanceInput(q, { acceptedOn: "2026-05-31" })), "errors.acceptance.beforeContract");
    const badQuantity = acceptanceInput(q, { lines: [{ budgetLineId: q.lineIds[0], quantity: "1,234.5", supportValue: "1", counterpartValue: "" }] });
    await refused(q, recordAcceptance(a.sct, badQuantity), "errors.acceptance.quantity");
    const twice = acceptanceInput(q, { lines: [{ budgetLineId: q.lineIds[0], quantity: "1", supportValue: "10", counterpartValue: "" }, { budgetLineId: q.lineIds[0], quantity: "1", supportValue: "10", counterpartValue: "" }] });
    const repeated = (await failure(recordAcceptance(a.sct, twice))) as { key?: string; fields?: Record<string, unknown> };
    expect(repeated.key).toBe("errors.acceptance.repeatedLine");
    expect(Object.keys(repeated.fields ?? {})).toEqual(["lines.1.budgetLineId"]);
    expect(await db().acceptance.count({ where: { projectId: q.projectId } })).toBe(0);
    // The minutes name where they were made and what the council concluded.
    for (const missing of [{ location: "" }, { conclusion: "  " }]) {
      const error = (await failure(recordAcceptance(a.sct, acceptanceInput(q, missing)))) as { issues?: { path: PropertyKey[] }[] };
      expect(error.issues?.map((i) => i.path.join("."))).toEqual(Object.keys(missing));
    }
    expect(await db().acceptance.count({ where: { projectId: q.projectId } })).toBe(0);
    expect(await status(q)).toBe("IN_PROGRESS");
  });

  it("accepts a group đề án with Mẫu 5a once every location is accepted", async () => {
    const p = await running({ kind: "GROUP", beneficiaries: 2 });
    const one = (beneficiaryId: string | undefined) => acceptanceInput(p, { form: "MAU_5A", beneficiaryId, lines: [{ budgetLineId: p.lineIds[0], quantity: "1", supportValue: "50", counterpartValue: "10" }] });
    expect((await recordAcceptance(a.sct, one(p.beneficiaryIds[0]))).projectStatus).toBe("IN_PROGRESS");
    await refused(p, recordAcceptance(a.sct, one(p.beneficiaryIds[0])), "errors.acceptance.locationAccepted");
    expect((await recordAcceptance(a.sct, one(p.beneficiaryIds[1]))).projectStatus).toBe("ACCEPTED");
    const standard = await running();
    await refused(standard, recordAcceptance(a.sct, acceptanceInput(standard, { form: "MAU_5A", beneficiaryId: standard.beneficiaryIds[0] })), "errors.acceptance.form5aGroupOnly");
  });

  it("lets the Cục accept with Mẫu 5c, and only the Cục", async () => {
    const p = await running();
    await refused(p, recordAcceptance(a.sct, acceptanceInput(p, { form: "MAU_5C" })), "errors.acceptance.notOrganiser");
    await refused(p, recordAcceptance(cuc, acceptanceInput(p, { form: "MAU_5B" })), "errors.acceptance.notOrganiser");
    await refused(p, recordAcceptance(a.centre, acceptanceInput(p)), "errors.acceptance.notOrganiser");
    expect((await recordAcceptance(cuc, acceptanceInput(p, { form: "MAU_5C" }))).projectStatus).toBe("ACCEPTED");
    const local = await running({ fundingSourceId: kcdpId });
    await refused(local, recordAcceptance(cuc, acceptanceInput(local, { form: "MAU_5C" })), "errors.acceptance.notOrganiser");
  });

  it("hides province A's đề án from province B's SCT, for reading and acting", async () => {
    const p = await running();
    await refused(p, recordAcceptance(b.sct, acceptanceInput(p)), "errors.missing.project");
    expect(((await failure(getAcceptancePage(b.sct, p.projectId))) as { key?: string }).key).toBe("errors.missing.project");
    const { id } = await recordAcceptance(a.sct, acceptanceInput(p));
    expect(((await failure(getAcceptanceMinutes(b.sct, p.projectId, id))) as { key?: string }).key).toBe("errors.missing.project");
    expect(((await failure(recordOutcome(b.centre, { acceptanceId: id, beneficiaryId: p.beneficiaryIds[0], timing: "AT_ACCEPTANCE" }))) as { key?: string }).key).toBe("errors.missing.record");
  });
});

describe("force majeure", () => {
  it("needs the SCT's confirmation before the balance can be paid", async () => {
    const p = await running();
    const fm = acceptanceInput(p, { forceMajeure: true, forceMajeureReason: "Lũ quét làm hỏng nhà xưởng", lines: [{ budgetLineId: p.lineIds[0], quantity: "1", supportValue: "60", counterpartValue: "" }] });
    await refused(p, recordAcceptance(a.sct, { ...fm, forceMajeureReason: "" }), "errors.acceptance.reasonRequired");
    const { id } = await recordAcceptance(a.sct, fm);
    const payment = () => ({ contractId: p.contractId, kind: "PAYMENT", fundingSource: "KCQG", amount: "60", occurredOn: "2026-11-25", voucherRef: `CT-${randomUUID().slice(0, 8)}`, idempotencyKey: randomUUID() });
    expect(((await failure(recordLedgerEntry(cuc, payment()))) as { key?: string }).key).toBe("errors.ledger.balanceBeforeAcceptance");
    expect(((await failure(confirmForceMajeure(b.sct, { acceptanceId: id }))) as { key?: string }).key).toBe("errors.missing.record");
    expect(((await failure(confirmForceMajeure(a.centre, { acceptanceId: id }))) as { key?: string }).key).toBe("errors.acceptance.notSct");
    await confirmForceMajeure(a.sct, { acceptanceId: id });
    expect(((await failure(confirmForceMajeure(a.sct, { acceptanceId: id }))) as { key?: string }).key).toBe("errors.acceptance.alreadyConfirmed");
    expect((await recordLedgerEntry(cuc, payment())).kind).toBe("PAYMENT");
  });
});

describe("outcome indicators", () => {
  it("stores blanks as null and a typed 0 as 0", async () => {
    const p = await running();
    const { id } = await recordAcceptance(a.sct, acceptanceInput(p));
    await recordOutcome(a.centre, { acceptanceId: id, beneficiaryId: p.beneficiaryIds[0], timing: "AT_ACCEPTANCE", revenueBefore: "1.200", revenueAfter: "1.850,5", jobsBefore: "0", jobsAfter: "12", machineryAfter: "3" });
    const row = await db().outcomeRecord.findFirstOrThrow({ where: { acceptanceId: id } });
    expect(row).toMatchObject({ revenueBefore: 1_200n * TRIEU, revenueAfter: 1_850_500_000n, jobsBefore: 0, jobsAfter: 12, machineryBefore: null, machineryAfter: 3, productionValueBefore: null, averageIncomeAfter: null, productsBefore: null });
    expect(row.recordedOn).toEqual((await db().acceptance.findUniqueOrThrow({ where: { id } })).acceptedOn);
    const again = (await failure(recordOutcome(a.centre, { acceptanceId: id, beneficiaryId: p.beneficiaryIds[0], timing: "AT_ACCEPTANCE" }))) as { key?: string };
    expect(again.key).toBe("errors.acceptance.outcomeExists");
    expect(((await failure(recordOutcome(a.centre, { acceptanceId: id, beneficiaryId: p.beneficiaryIds[0], timing: "AT_ACCEPTANCE", recordedOn: "", jobsAfter: "-1" }))) as { key?: string }).key).toBe("errors.acceptance.count");
  });

  it("keeps follow-ups between one and three years after the acceptance", async () => {
    const p = await running({ signedOn: "2023-01-10" });
    const { id } = await recordAcceptance(a.sct, acceptanceInput(p, { acceptedOn: "2024-06-01" }));
    const followUp = (recordedOn: string) => recordOutcome(a.centre, { acceptanceId: id, beneficiaryId: p.beneficiaryIds[0], timing: "FOLLOW_UP", recordedOn, jobsAfter: "15" });
    expect(((await failure(followUp("2025-05-31"))) as { key?: string }).key).toBe("errors.acceptance.followUpWindow");
    expect(((await failure(followUp(""))) as { key?: string }).key).toBe("errors.acceptance.followUpDay");
    await followUp("2025-06-01");
    expect(await db().outcomeRecord.count({ where: { acceptanceId: id, timing: "FOLLOW_UP" } })).toBe(1);
  });
});

describe("files on contracts and acceptances", () => {
  const upload = (actor: Actor, p: RunningProject, kind: string, subject: string, subjectId: string) =>
    uploadAttachment(actor, { projectId: p.projectId, kind, subject, subjectId }, kind === "PHOTO" ? { name: "anh.png", bytes: samplePng() } : { name: "ban-ky.pdf", bytes: samplePdf() });
  const code = async (call: Promise<unknown>) => (await failure(call)).code;

  it("bên A or bên B attaches the signed contract; others, other kinds and other đề án are refused", async () => {
    const p = await running();
    const other = await running();
    const signed = await upload(cuc, p, "CONTRACT", "contract", p.contractId);
    await upload(a.centre, p, "CONTRACT", "contract", p.contractId);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: signed.id }, select: { contractId: true } })).contractId).toBe(p.contractId);
    expect(await code(upload(a.sct, p, "CONTRACT", "contract", p.contractId))).toBe("FORBIDDEN");
    expect(await code(upload(cuc, p, "PHOTO", "contract", p.contractId))).toBe("FORBIDDEN");
    expect(await code(upload(cuc, other, "CONTRACT", "contract", p.contractId))).toBe("NOT_FOUND");
    expect(await code(upload(b.centre, p, "CONTRACT", "contract", p.contractId))).toBe("NOT_FOUND");
    expect((await getContract(a.centre, p.contractId)).attachments.map((f) => f.kind)).toEqual(["CONTRACT", "CONTRACT"]);
  });

  it("the organiser or the implementer attaches the signed minutes and photos to an acceptance", async () => {
    const p = await running();
    const { id } = await recordAcceptance(a.sct, acceptanceInput(p));
    await upload(a.sct, p, "ACCEPTANCE_MINUTES", "acceptance", id);
    await upload(a.centre, p, "PHOTO", "acceptance", id);
    expect(await code(upload(cuc, p, "PHOTO", "acceptance", id))).toBe("FORBIDDEN");
    expect(await code(upload(a.sct, p, "CONTRACT", "acceptance", id))).toBe("FORBIDDEN");
    expect(await code(upload(b.sct, p, "PHOTO", "acceptance", id))).toBe("NOT_FOUND");
    const page = await getAcceptancePage(a.centre, p.projectId);
    expect(page.acceptances[0]).toMatchObject({ mayAttach: true });
    expect(page.acceptances[0]?.attachments.map((f) => f.kind)).toEqual(["ACCEPTANCE_MINUTES", "PHOTO"]);
    expect((await getAcceptancePage(cuc, p.projectId)).acceptances[0]?.mayAttach).toBe(false);
  });
});
