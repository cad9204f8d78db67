// The work list on real PostgreSQL (issue #8 item 8, review of #8): a contract signed in the app
// shows its first advance as due from the signing day until the ledger covers it; the balance after
// acceptance counts only acceptances that unlock payment; reports and force-majeure acceptances
// wait for the province's SCT; settlement dossiers past their dated deadline; all in scope.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { formatIsoDay, parseCalendarDate as day } from "../../lib/calendar";
import { amendContract } from "../../lib/contracts/amend";
import { signContract } from "../../lib/contracts/sign";
import { recordLedgerEntry } from "../../lib/disbursements/mutations";
import { getWorklist } from "../../lib/worklist/queries";
import { beneficiary, entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
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
  await db().implementationDeadline.upsert({
    where: { code_validFrom: { code: "SETTLEMENT_DOSSIER", validFrom: day("2014-02-10") } },
    update: {},
    create: { code: "SETTLEMENT_DOSSIER", description: "test", daysAfter: 15, status: "BASELINE", legalBasis: "TT 36/2013 Điều 18.1", validFrom: day("2014-02-10") },
  });
  a = await provinceWorld(db(), "Tỉnh Việc A");
  b = await provinceWorld(db(), "Tỉnh Việc B");
  cuc = await cucStaff(db());
});

/** A đề án of province A run by its centre, with a main contract the Cục signed (bên A). */
async function running(status: "IN_PROGRESS" | "ACCEPTED" = "IN_PROGRESS") {
  const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg, status });
  const contractId = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
  return { projectId, contractId };
}

describe("schedule items of a contract signed in the app", () => {
  it("the first advance is due on the signing day until the ledger covers it; the rest has no day", async () => {
    const { projectId } = await running();
    const beneficiaryId = await beneficiary(db(), projectId, a.current.id);
    const signed = await signContract(a.centre, { projectId, role: "SUPPORT", beneficiaryId, number: `${randomUUID().slice(0, 8)}/HĐHT`, signedOn: "2026-11-20", startsOn: "2026-11-20", endsOn: "2027-06-30", value: "100", counterpartValue: "100", terms: "Điều 1." });
    const items = await db().paymentScheduleItem.findMany({ where: { contractId: signed.id }, orderBy: { seq: "asc" }, select: { seq: true, kind: true, amount: true, dueOn: true, afterAcceptance: true } });
    expect(items.map((i) => [i.seq, i.kind, i.dueOn && formatIsoDay(i.dueOn as never)])).toEqual(items.map((i) => [i.seq, i.kind, i.seq === 1 ? "2026-11-20" : null]));
    const first = items[0]!;
    expect(first).toMatchObject({ kind: "ADVANCE", afterAcceptance: false });
    const due = async (today: string) => (await getWorklist(a.centre, day(today))).actions.items.filter((x) => x.kind === "scheduleDue" && x.contract.contractId === signed.id).map((x) => [x.seq, x.amount, x.dueOn && formatIsoDay(x.dueOn), x.href]);
    expect(await due("2026-11-19")).toEqual([]);
    expect(await due("2026-11-25")).toEqual([[1, first.amount, "2026-11-20", `/hop-dong/${signed.id}/so-cai`]]);
    // Province B's centre sees none of it.
    expect((await getWorklist(b.centre, day("2026-11-25"))).actions.items.map((x) => x.contract.contractId)).not.toContain(signed.id);
    // An amendment rewrites the schedule; the first advance stays payable from the first signature.
    const { version } = await db().contract.findUniqueOrThrow({ where: { id: signed.id }, select: { version: true } });
    await amendContract(a.centre, { contractId: signed.id, version, signedOn: "2026-11-22", startsOn: "2026-11-20", endsOn: "2027-06-30", value: "90", counterpartValue: "100", terms: "Điều 1.", reason: "Giảm khối lượng" });
    const amended = await db().paymentScheduleItem.findFirstOrThrow({ where: { contractId: signed.id, seq: 1 }, select: { amount: true, dueOn: true } });
    expect(formatIsoDay(amended.dueOn as never)).toBe("2026-11-20");
    expect(await due("2026-11-21")).toEqual([[1, amended.amount, "2026-11-20", `/hop-dong/${signed.id}/so-cai`]]);
    await recordLedgerEntry(a.centre, entry(signed.id, "ADVANCE", String(amended.amount / TRIEU), { occurredOn: "2026-11-23" }));
    expect(await due("2026-11-25")).toEqual([]);
  });
});

describe("balance payable after acceptance", () => {
  it("an unconfirmed force-majeure acceptance offers no balance; once the SCT confirms, it does", async () => {
    const { projectId, contractId } = await running();
    await recordLedgerEntry(cuc, entry(contractId, "ADVANCE", "140"));
    const acceptance = await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-11-20"), acceptedValue: 180n * TRIEU, forceMajeure: true, forceMajeureReason: "Bão" } });
    const mine = async () => {
      const w = await getWorklist(cuc, day("2026-11-25"));
      return { balance: w.actions.items.filter((x) => x.kind === "balance" && x.contract.contractId === contractId).map((x) => x.amount), settle: w.advancesToSettle.items.filter((s) => s.contract.contractId === contractId).map((s) => s.outstanding) };
    };
    expect(await mine()).toEqual({ balance: [], settle: [] });
    // It waits on the SCT of province A, on the acceptance page; not on B's SCT, nor on the centre.
    const waiting = (w: Awaited<ReturnType<typeof getWorklist>>) => w.forceMajeureToConfirm.items.filter((x) => x.id === acceptance.id).map((x) => [x.href, x.acceptedValue]);
    expect(waiting(await getWorklist(a.sct, day("2026-11-25")))).toEqual([[`/de-an/${projectId}/nghiem-thu`, 180n * TRIEU]]);
    expect(waiting(await getWorklist(b.sct, day("2026-11-25")))).toEqual([]);
    expect(waiting(await getWorklist(a.centre, day("2026-11-25")))).toEqual([]);
    await db().acceptance.update({ where: { id: acceptance.id }, data: { confirmedAt: new Date(), confirmedById: a.sct.userId } });
    expect(await mine()).toEqual({ balance: [40n * TRIEU], settle: [140n * TRIEU] });
    expect(waiting(await getWorklist(a.sct, day("2026-11-25")))).toEqual([]);
  });
});

describe("progress reports awaiting the SCT", () => {
  it("lists a submitted, unconfirmed report for the province's SCT only, until confirmed", async () => {
    const { projectId } = await running();
    const report = await db().progressReport.create({ data: { projectId, periodMonth: day("2026-10-01"), reportedOn: day("2026-10-20"), completionBp: 4000, completedValue: 80n * TRIEU, submittedById: a.centre.userId } });
    const waiting = async (actor: Actor) => (await getWorklist(actor, day("2026-11-25"))).reportsToConfirm.items.filter((r) => r.id === report.id).map((r) => [r.href, formatIsoDay(r.month)]);
    expect(await waiting(a.sct)).toEqual([[`/de-an/${projectId}/tien-do`, "2026-10-01"]]);
    expect(await waiting(b.sct)).toEqual([]);
    expect(await waiting(a.centre)).toEqual([]);
    await db().progressReport.update({ where: { id: report.id }, data: { confirmedAt: new Date(), confirmedById: a.sct.userId } });
    expect(await waiting(a.sct)).toEqual([]);
  });
});

describe("overdue settlement dossiers", () => {
  it("is overdue after the dated number of days from the last unlocking acceptance, until a dossier is submitted", async () => {
    const { projectId, contractId } = await running("ACCEPTED");
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: 200n * TRIEU } });
    // A later force-majeure acceptance the SCT has not confirmed does not move the deadline.
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-10"), acceptedValue: 1n, forceMajeure: true } });
    const overdue = async (actor: Actor, today: string) => (await getWorklist(actor, day(today))).overdueDossiers.items.filter((d) => d.contractId === contractId).map((d) => [d.href, formatIsoDay(d.dueOn)]);
    expect(await overdue(a.centre, "2026-10-16")).toEqual([]);
    expect(await overdue(a.centre, "2026-10-17")).toEqual([[`/de-an/${projectId}/quyet-toan`, "2026-10-16"]]);
    expect(await overdue(b.centre, "2026-10-17")).toEqual([]);
    const settlement = await db().settlement.create({ data: { contractId, dueOn: day("2026-10-16"), submittedOn: day("2026-10-20"), settledAmount: 200n * TRIEU } });
    expect(await overdue(a.centre, "2026-10-21")).toEqual([]);
    await db().settlement.update({ where: { id: settlement.id }, data: { status: "RETURNED" } });
    expect(await overdue(a.centre, "2026-10-21")).toEqual([[`/de-an/${projectId}/quyet-toan`, "2026-10-16"]]);
  });
});

describe("a regional centre's support contract under its task assignment", () => {
  it("offers the balance after a general acceptance, and nothing once the đề án is settled", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg, status: "IN_PROGRESS" });
    const head = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 100n * TRIEU });
    const beneficiaryId = await beneficiary(db(), projectId, a.current.id);
    const support = await signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId, parentId: head, value: 100n * TRIEU });
    await recordLedgerEntry(a.centre, entry(support, "ADVANCE", "70", { occurredOn: "2026-07-01" }));
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: 100n * TRIEU } });
    const list = await getWorklist(a.centre, day("2026-10-02"));
    expect(list.actions.items.filter((x) => x.kind === "balance" && x.contract.contractId === support).map((x) => x.amount)).toEqual([30n * TRIEU]);
    expect(list.advancesToSettle.items.filter((x) => x.contract.contractId === support).map((x) => x.outstanding)).toEqual([70n * TRIEU]);
    await db().project.update({ where: { id: projectId }, data: { status: "SETTLED" } });
    const after = await getWorklist(a.centre, day("2026-10-02"));
    expect([...after.actions.items, ...after.advancesToSettle.items].map((x) => x.contract.contractId)).not.toContain(support);
  });
});

describe("a đề án whose confirmed progress reaches 100 %", () => {
  it("waits for the province's SCT to accept it, and for no one else", async () => {
    const { projectId } = await running();
    await db().progressReport.create({ data: { projectId, periodMonth: day("2026-10-01"), reportedOn: day("2026-10-20"), completionBp: 10_000, completedValue: 200n * TRIEU, confirmedById: a.sct.userId, confirmedAt: new Date() } });
    const ids = async (actor: Actor) => (await getWorklist(actor, day("2026-11-02"))).readyForAcceptance.items.map((x) => x.projectId);
    expect(await ids(a.sct)).toContain(projectId);
    expect(await ids(b.sct)).not.toContain(projectId);
    expect(await ids(a.centre)).not.toContain(projectId);
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-11-01"), acceptedValue: 200n * TRIEU } });
    await db().project.update({ where: { id: projectId }, data: { status: "ACCEPTED" } });
    expect(await ids(a.sct)).not.toContain(projectId);
  });
});
