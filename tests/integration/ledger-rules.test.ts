// The ledger rules from the project's source, its status, its acceptances, the advance rule in force
// and SCT-confirmed progress (docs/decisions/027), against real PostgreSQL: each refusal reads the
// state it depends on inside the ledger's transaction, and leaves the ledger unchanged.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day, vietnamToday, yearOf } from "../../lib/calendar";
import type { ProjectStatus } from "../../lib/db/generated/enums";
import { recordLedgerEntry } from "../../lib/disbursements/mutations";
import { beneficiary, confirmedProgress, entryInput as entry, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { failure } from "../fixtures/failure";
import { cucStaff, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqg: string;
let cuc: Actor;
let a: World;

beforeAll(async () => {
  kcqg = (await referenceBasics(db())).kcqg.id;
  await ledgerRules(db());
  a = await provinceWorld(db(), "Tỉnh Quy tắc A");
  cuc = await cucStaff(db());
});

const rows = (contractId: string) => db().ledgerEntry.findMany({ where: { contractId }, select: { id: true }, orderBy: { id: "asc" } });
async function refused(contractId: string, call: Promise<unknown>, key: string): Promise<string> {
  // Handled from now on: a refusal arriving while `before` is read is not an unhandled rejection.
  call.catch(() => undefined);
  const before = await rows(contractId);
  const error = (await failure(call)) as { key?: string; message: string };
  expect(error.key, error.message).toBe(key);
  expect(await rows(contractId)).toEqual(before);
  return error.message;
}

/** A KCQG đề án of province A with a signed 200 triệu Cục contract; a content of its own carries `rule` when given. */
async function cucContract(opts: { status?: ProjectStatus; rule?: { firstAdvanceBp: number; firstAdvanceAfterAcceptance?: boolean }; accepted?: bigint; progress?: bigint } = {}) {
  const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg, status: opts.status });
  if (opts.rule) {
    // A content code of its own, so the rule reaches this đề án only (the general rule stays 70 %).
    const version = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
    const code = `T-${randomUUID().slice(0, 8)}`;
    const category = await db().contentCategory.create({ data: { versionId: version.id, code, name: "Nội dung thử", sortOrder: 999 }, select: { id: true } });
    await db().projectContent.create({ data: { projectId, contentCategoryId: category.id } });
    await db().advanceRule.create({ data: { code: `TEST-${randomUUID()}`, contentCode: code, description: "test", firstAdvanceBp: opts.rule.firstAdvanceBp, firstAdvanceAfterAcceptance: opts.rule.firstAdvanceAfterAcceptance ?? false, advanceCapBp: 7000, requiredDocuments: [], status: "BASELINE", legalBasis: "test", validFrom: day("2014-02-10") } });
  }
  if (opts.accepted !== undefined) await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: opts.accepted } });
  if (opts.progress !== undefined) await confirmedProgress(db(), projectId, cuc.userId, opts.progress);
  const id = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
  return { projectId, id };
}

describe("the đề án's source and status", () => {
  it("takes only the đề án's own source or counterpart funds", async () => {
    const { id } = await cucContract();
    const text = await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "140", { fundingSource: "KCDP" })), "errors.ledger.wrongSource");
    expect(text).toContain("140 triệu đồng nguồn KCĐP");
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "140"));
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "50", { fundingSource: "COUNTERPART" }));
  });

  it("pays no money out once the đề án is settled or the contract liquidated; refunds stay possible", async () => {
    const { projectId, id } = await cucContract({ accepted: 200n * TRIEU });
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "100"));
    await db().project.update({ where: { id: projectId }, data: { status: "SETTLED" } });
    const text = await refused(id, recordLedgerEntry(cuc, entry(id, "PAYMENT", "10")), "errors.ledger.moneyOutClosed");
    expect(text).toContain("Không chi thêm 10 triệu đồng");
    await recordLedgerEntry(cuc, entry(id, "REFUND", "5"));
    await db().contract.update({ where: { id }, data: { status: "LIQUIDATED" } });
    await db().project.update({ where: { id: projectId }, data: { status: "LIQUIDATED" } });
    await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "1")), "errors.ledger.moneyOutClosed");
    await refused(id, recordLedgerEntry(cuc, entry(id, "CARRY_OVER", "1")), "errors.ledger.carryOverNotSigned");
    await recordLedgerEntry(cuc, entry(id, "REFUND", "5"));
  });
});

describe("acceptance bounds the balance and the settlement", () => {
  it("pays the balance up to the accepted value only (a force majeure waiting for the SCT does not count)", async () => {
    const { projectId, id } = await cucContract({ accepted: 120n * TRIEU });
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-02"), acceptedValue: 80n * TRIEU, forceMajeure: true } });
    const text = await refused(id, recordLedgerEntry(cuc, entry(id, "PAYMENT", "121")), "errors.ledger.paymentOverAccepted");
    expect(text).toContain("vượt giá trị nghiệm thu 120 triệu đồng");
    await recordLedgerEntry(cuc, entry(id, "PAYMENT", "120"));
  });

  it("bounds a support contract by its beneficiary's Mẫu 5a acceptances", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const mine = await beneficiary(db(), projectId, a.current.id);
    const other = await beneficiary(db(), projectId, a.current.id);
    for (const [beneficiaryId, value] of [[mine, 30n], [other, 70n]] as const) {
      await db().acceptance.create({ data: { projectId, form: "MAU_5A", beneficiaryId, organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: value * TRIEU } });
    }
    const head = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    const support = await signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: mine, parentId: head, value: 100n * TRIEU });
    await refused(support, recordLedgerEntry(a.centre, entry(support, "PAYMENT", "31")), "errors.ledger.paymentOverAccepted");
    await recordLedgerEntry(a.centre, entry(support, "PAYMENT", "30"));
  });

  it("settles by hand only after acceptance and within the accepted value", async () => {
    const before = await cucContract();
    await recordLedgerEntry(cuc, entry(before.id, "ADVANCE", "100"));
    await refused(before.id, recordLedgerEntry(cuc, entry(before.id, "SETTLEMENT", "10")), "errors.ledger.settlementBeforeAcceptance");
    const partial = await cucContract({ accepted: 50n * TRIEU });
    await recordLedgerEntry(cuc, entry(partial.id, "ADVANCE", "100"));
    const text = await refused(partial.id, recordLedgerEntry(cuc, entry(partial.id, "SETTLEMENT", "51")), "errors.ledger.settlementOverAccepted");
    expect(text).toContain("tổng quyết toán 51 triệu đồng, vượt giá trị nghiệm thu 50 triệu đồng");
    await recordLedgerEntry(cuc, entry(partial.id, "SETTLEMENT", "50"));
  });
});

describe("the advance rule in force and confirmed progress", () => {
  it("holds the first advance to the rule's share", async () => {
    const { id } = await cucContract({ rule: { firstAdvanceBp: 3000 } });
    const text = await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "61")), "errors.ledger.firstAdvanceShare");
    expect(text).toContain("vượt mức 30 % (60 triệu đồng)");
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "60"));
  });

  it("advances after acceptance only where the rule says so", async () => {
    const { projectId, id } = await cucContract({ rule: { firstAdvanceBp: 7000, firstAdvanceAfterAcceptance: true } });
    await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "10")), "errors.ledger.advanceBeforeAcceptance");
    await db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: 200n * TRIEU } });
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "10"));
  });

  it("gives a further advance only against SCT-confirmed progress, up to its value", async () => {
    const { projectId, id } = await cucContract({ rule: { firstAdvanceBp: 3000 } });
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "60"));
    await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "10")), "errors.ledger.advanceNeedsProgress");
    // An unconfirmed report does not count.
    await db().progressReport.create({ data: { projectId, periodMonth: day("2026-09-01"), reportedOn: day("2026-09-20"), completionBp: 6000, completedValue: 190n * TRIEU } });
    await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "10")), "errors.ledger.advanceNeedsProgress");
    await confirmedProgress(db(), projectId, cuc.userId, 100n * TRIEU, "2026-08-01");
    const text = await refused(id, recordLedgerEntry(cuc, entry(id, "ADVANCE", "41")), "errors.ledger.advanceOverProgress");
    expect(text).toContain("tổng tạm ứng 101 triệu đồng, vượt mức 100 triệu đồng");
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "40"));
    // Counterpart funds are exempt.
    await recordLedgerEntry(cuc, entry(id, "ADVANCE", "300", { fundingSource: "COUNTERPART" }));
  });
});

describe("carry-over and closed years", () => {
  it("carries over no more than what is left of the contract", async () => {
    const { id } = await cucContract({ accepted: 200n * TRIEU });
    await recordLedgerEntry(cuc, entry(id, "PAYMENT", "150"));
    await recordLedgerEntry(cuc, entry(id, "CARRY_OVER", "20"));
    const text = await refused(id, recordLedgerEntry(cuc, entry(id, "CARRY_OVER", "31")), "errors.ledger.carryOverTooMuch");
    expect(text).toContain("vượt phần còn lại 30 triệu đồng");
    await recordLedgerEntry(cuc, entry(id, "CARRY_OVER", "30"));
  });

  it("a year closed on a task assignment closes its support contracts", async () => {
    const lastYear = yearOf(vietnamToday()) - 1;
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const head = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU, signedOn: `${lastYear}-03-01` });
    const support = await signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: await beneficiary(db(), projectId, a.current.id), parentId: head, value: 100n * TRIEU, signedOn: `${lastYear}-04-01` });
    await db().ledgerYearClosing.create({ data: { contractId: head, year: lastYear, closedOn: day(`${lastYear + 1}-01-20`) } });
    const text = await refused(support, recordLedgerEntry(a.centre, entry(support, "ADVANCE", "10", { occurredOn: `${lastYear}-12-01` })), "errors.ledger.closedYearParent");
    expect(text).toContain(`giao nhiệm vụ ${(await db().contract.findUniqueOrThrow({ where: { id: head } })).number}`);
    await recordLedgerEntry(a.centre, entry(support, "ADVANCE", "10", { occurredOn: `${lastYear + 1}-01-05` }));
  });
});
