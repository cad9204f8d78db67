// The ledger through its server actions (issue #8 items 3, 9; docs/decisions/023): a replayed form
// key records once, bad input gets a Vietnamese message (on the field where there is one) and
// leaves the ledger unchanged, province B neither reads nor acts on province A's contract, the
// task assignment's family cap holds under concurrency, and Mẫu 10 closes only ended years.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { vietnamToday, yearOf } from "../../lib/calendar";
import { getContractLedger } from "../../lib/disbursements/ledger-view";
import { recordLedgerEntry } from "../../lib/disbursements/mutations";
import { unsafeLedgerMeasures } from "../../lib/disbursements/queries";
import { closeLedgerYear } from "../../lib/disbursements/year-closing";
import { beneficiary, confirmedProgress, entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { failure } from "../fixtures/failure";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

// The actions run as in a request: the session gives this actor, the locale is Vietnamese.
let current: Actor | null = null;
vi.mock("../../lib/auth/session", () => ({ getActor: async () => current, requireActor: async () => current }));
vi.mock("../../lib/i18n/request-locale", () => ({ requestLocale: async () => "vi" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { closeYearAction, recordEntryAction } = await import("../../app/(app)/hop-dong/[id]/so-cai/actions");

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqg: string;
let kcdp: string;
let cuc: Actor;
let a: World;
let b: World;
const lastYear = yearOf(vietnamToday()) - 1;

beforeAll(async () => {
  const basics = await referenceBasics(db());
  kcqg = basics.kcqg.id;
  kcdp = basics.kcdp.id;
  await ledgerRules(db());
  a = await provinceWorld(db(), "Tỉnh Sổ UI A");
  b = await provinceWorld(db(), "Tỉnh Sổ UI B");
  cuc = await cucStaff(db());
});

async function cucContract(opts: { status?: "IN_PROGRESS" | "STOPPED"; signedOn?: string } = {}) {
  const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg, status: opts.status });
  await confirmedProgress(db(), projectId, cuc.userId, 200n * TRIEU);
  return signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU, signedOn: opts.signedOn });
}
const rows = (contractId: string) => db().ledgerEntry.findMany({ where: { contractId }, select: { id: true, amount: true }, orderBy: { id: "asc" } });

/** The action answers not ok, in Vietnamese, optionally on a field, and the ledger is as it was. */
async function refusedByAction(contractId: string, input: Record<string, string>, expected: { text: RegExp; field?: string }) {
  const before = await rows(contractId);
  const result = await recordEntryAction(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.message).toMatch(expected.text);
  if (expected.field) expect(result.fieldErrors?.[expected.field], JSON.stringify(result)).toBeTruthy();
  expect(await rows(contractId)).toEqual(before);
}

describe("recording through the server action", () => {
  it("a replayed form key records once, in sequence and in parallel", async () => {
    current = cuc;
    const id = await cucContract();
    const input = entry(id, "ADVANCE", "50");
    const first = await recordEntryAction(input);
    expect(first).toMatchObject({ ok: true, data: { replayed: false } });
    expect(await recordEntryAction(input)).toMatchObject({ ok: true, data: { replayed: true } });
    const parallel = entry(id, "ADVANCE", "20");
    const answers = await Promise.all(Array.from({ length: 8 }, () => recordEntryAction(parallel)));
    expect(answers.every((r) => r.ok)).toBe(true);
    expect(answers.filter((r) => r.ok && !r.data.replayed)).toHaveLength(1);
    expect(await rows(id)).toHaveLength(2);
    expect((await unsafeLedgerMeasures({ contractId: id })).advanced).toBe(70n * TRIEU);
  });

  it("bad input gets a Vietnamese message and leaves the ledger unchanged", async () => {
    current = cuc;
    const id = await cucContract();
    const taken = entry(id, "ADVANCE", "10");
    expect((await recordEntryAction(taken)).ok).toBe(true);
    await refusedByAction(id, entry(id, "ADVANCE", "1.234.5"), { text: /số|dấu/i, field: "amount" });
    await refusedByAction(id, entry(id, "ADVANCE", "12.5"), { text: /số|dấu/i, field: "amount" });
    await refusedByAction(id, entry(id, "ADVANCE", "0"), { text: /lớn hơn 0|dương/i, field: "amount" });
    await refusedByAction(id, entry(id, "ADVANCE", "-5"), { text: /lớn hơn 0|dương/i, field: "amount" });
    await refusedByAction(id, entry(id, "ADVANCE", "1", { occurredOn: "2099-01-01" }), { text: /sau hôm nay/ });
    await refusedByAction(id, entry(id, "ADVANCE", "1", { occurredOn: "2026-05-31" }), { text: /trước ngày ký hợp đồng .* \(01\/06\/2026\)/ });
    await refusedByAction(id, entry(id, "ADVANCE", "1", { occurredOn: "31/02/2026" }), { text: /Ngày chứng từ không hợp lệ/, field: "occurredOn" });
    await refusedByAction(id, entry(id, "ADVANCE", "1", { voucherRef: taken.voucherRef }), { text: new RegExp(`Số chứng từ ${taken.voucherRef} đã được ghi`), field: "voucherRef" });
    await refusedByAction(id, entry(id, "ADVANCE", "131"), { text: /Tạm ứng 131 triệu đồng vượt mức 70 % \(140 triệu đồng\).*đã tạm ứng 10 triệu đồng/ });
    const stopped = await cucContract({ status: "STOPPED" });
    await refusedByAction(stopped, entry(stopped, "PAYMENT", "10"), { text: /đã ngừng triển khai/ });
    await refusedByAction(stopped, entry(stopped, "ADVANCE", "10"), { text: /đã ngừng triển khai/ });
  });

  it("province B can neither read nor record on province A's contract", async () => {
    current = cuc;
    const id = await cucContract();
    expect(((await failure(getContractLedger(b.centre, id))) as { code?: string }).code).toBe("NOT_FOUND");
    expect(((await failure(getContractLedger(b.sct, id))) as { code?: string }).code).toBe("NOT_FOUND");
    expect((await getContractLedger(a.sct, id)).may).toEqual({ record: false, close: false });
    current = b.centre;
    const before = await rows(id);
    expect(await recordEntryAction(entry(id, "ADVANCE", "1"))).toMatchObject({ ok: false, code: "NOT_FOUND", message: "Hợp đồng không tồn tại hoặc bạn không có quyền xem." });
    current = b.sct;
    expect(await closeYearAction({ contractId: id, year: lastYear, reference: "ĐC-01" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await rows(id)).toEqual(before);
  });
});

describe("the contract ledger view", () => {
  it("shows who recorded and confirmed, links an entry and its reversal, and offers confirmation to another person only", async () => {
    const id = await cucContract();
    const cuc2 = await cucStaff(db());
    current = cuc;
    const first = await recordLedgerEntry(cuc, entry(id, "ADVANCE", "30"));
    const { reverseLedgerEntry } = await import("../../lib/disbursements/mutations");
    const reversal = await reverseLedgerEntry(cuc, { entryId: first.id, occurredOn: "2026-11-03", voucherRef: `DC-${randomUUID().slice(0, 6)}`, reason: "Ghi nhầm hợp đồng", idempotencyKey: randomUUID() });
    const mine = await getContractLedger(cuc, id);
    const byId = Object.fromEntries(mine.entries.map((e) => [e.id, e]));
    expect(byId[first.id]).toMatchObject({ recordedBy: cuc.name, reversedBy: { id: reversal.id }, mayConfirm: false, mayReverse: false });
    expect(byId[reversal.id]).toMatchObject({ reversesId: first.id, note: "Ghi nhầm hợp đồng", mayReverse: false });
    expect(mine.measures.advanced).toBe(0n);
    const other = await getContractLedger(cuc2, id);
    expect(other.entries.map((e) => e.mayConfirm)).toEqual([true, true]);
    expect(other.may).toEqual({ record: true, close: true });
  });
});

describe("a task assignment and its support contracts", () => {
  async function family(value: bigint) {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    await confirmedProgress(db(), projectId, cuc.userId, value);
    const head = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value });
    const support = async () => signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: await beneficiary(db(), projectId, a.current.id), parentId: head, value: 100n * TRIEU });
    return { head, one: await support(), two: await support() };
  }

  it("never disburse more than the assignment's value, with the figures in the refusal", async () => {
    const f = await family(150n * TRIEU);
    await recordLedgerEntry(a.centre, entry(f.head, "ADVANCE", "40"));
    await recordLedgerEntry(a.centre, entry(f.one, "ADVANCE", "70"));
    const error = await failure(recordLedgerEntry(a.centre, entry(f.two, "ADVANCE", "41")));
    expect(error.message).toBe(`Tổng giải ngân của giao nhiệm vụ ${(await db().contract.findUniqueOrThrow({ where: { id: f.head } })).number} cùng các hợp đồng hỗ trợ sẽ là 151 triệu đồng, vượt giá trị giao nhiệm vụ 150 triệu đồng (đã giải ngân 110 triệu đồng).`);
    await recordLedgerEntry(a.centre, entry(f.two, "ADVANCE", "40"));
    // Counterpart funds are the beneficiary's own: the family cap does not bound them.
    await recordLedgerEntry(a.centre, entry(f.two, "ADVANCE", "30", { fundingSource: "COUNTERPART" }));
  });

  it("holds when writers on the assignment and both support contracts race", async () => {
    const f = await family(100n * TRIEU);
    const writers = [f.head, f.one, f.two].flatMap((id) => Array.from({ length: 8 }, () => recordLedgerEntry(a.centre, entry(id, "ADVANCE", "10"))));
    const results = await Promise.allSettled(writers);
    const keys = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { key?: string }).key] : []));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    // A writer may meet its own contract's 70 % cap first; the family's cap is what stops the rest.
    expect(keys).toContain("errors.ledger.overFamily");
    expect(keys.every((k) => k === "errors.ledger.overFamily" || k === "errors.ledger.advanceCap")).toBe(true);
    const disbursed = (await unsafeLedgerMeasures({ contract: { OR: [{ id: f.head }, { parentId: f.head }] } })).disbursed;
    expect(disbursed).toBe(100n * TRIEU);
  });
});

describe("closing a year by its Mẫu 10 reconciliation", () => {
  it("the Cục closes an ended year of a KCQG contract; entries dated in it are refused after", async () => {
    const id = await cucContract({ signedOn: `${lastYear}-03-01` });
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "10", { occurredOn: `${lastYear}-12-30` }));
    current = cuc;
    expect(await closeYearAction({ contractId: id, year: lastYear, reference: "ĐC-2025/01" })).toMatchObject({ ok: true, data: { year: lastYear } });
    const closing = await db().ledgerYearClosing.findFirstOrThrow({ where: { contractId: id }, select: { reference: true, closedById: true } });
    expect(closing).toEqual({ reference: "ĐC-2025/01", closedById: cuc.userId });
    const refused = await recordEntryAction(entry(id, "REFUND", "1", { occurredOn: `${lastYear}-12-31` }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining(`Năm ${lastYear} của hợp đồng`) });
    expect((await recordEntryAction(entry(id, "REFUND", "1", { occurredOn: `${lastYear + 1}-01-05` }))).ok).toBe(true);
    expect(await closeYearAction({ contractId: id, year: lastYear, reference: "x" })).toMatchObject({ ok: false, message: `Năm ${lastYear} của hợp đồng ${(await db().contract.findUniqueOrThrow({ where: { id } })).number} đã khóa sổ (Mẫu 10).` });
    expect(await closeYearAction({ contractId: id, year: lastYear + 1, reference: "x" })).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`Năm ${lastYear + 1} chưa kết thúc \\(hôm nay \\d\\d/\\d\\d/${lastYear + 1}\\)`)) });
    expect(await closeYearAction({ contractId: id, year: lastYear - 1, reference: "x" })).toMatchObject({ ok: false, message: expect.stringContaining(`ký ngày 01/03/${lastYear}: năm ${lastYear - 1} trước năm ký`) });
    expect(await closeYearAction({ contractId: id, year: lastYear, reference: "" })).toMatchObject({ ok: false, fieldErrors: { reference: "Hãy nhập số biên bản đối chiếu (Mẫu 10)" } });
    expect(await db().ledgerYearClosing.count({ where: { contractId: id } })).toBe(1);
  });

  it("the SCT closes its own KCĐP contracts only; the Cục and centres do not", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcdp });
    const id = await signedContract(db(), projectId, { partyAId: a.sctOrg.id, partyBId: a.centreOrg.id, value: 100n * TRIEU, signedOn: `${lastYear}-02-01` });
    expect(((await failure(closeLedgerYear(cuc, { contractId: id, year: lastYear, reference: "x" }))) as { code?: string }).code).toBe("NOT_FOUND");
    expect(((await failure(closeLedgerYear(b.sct, { contractId: id, year: lastYear, reference: "x" }))) as { code?: string }).code).toBe("NOT_FOUND");
    expect(((await failure(closeLedgerYear(a.centre, { contractId: id, year: lastYear, reference: "x" }))) as { code?: string }).code).toBe("FORBIDDEN");
    expect((await getContractLedger(a.sct, id)).closableYears).toEqual([lastYear]);
    await closeLedgerYear(a.sct, { contractId: id, year: lastYear, reference: `ĐC-${randomUUID().slice(0, 4)}` });
    expect((await getContractLedger(a.sct, id)).closableYears).toEqual([]);
  });
});
