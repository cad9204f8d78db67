// The ledger's statement that takes the contract's lock (lib/disbursements/state.ts
// unsafeLockContract) holds the family's locks, and says in SQL what three Prisma readers say: the advance rule in force on a day (validAtWhere,
// unsafeAdvanceRuleInForce), the acceptances that unlock the balance (UNLOCKING_ACCEPTANCE_WHERE,
// the beneficiary's Mẫu 5a rows first on a support contract) and the latest SCT-confirmed progress
// (unsafeLatestConfirmedProgress). Checked here against those readers on rows at each boundary,
// so the SQL cannot drift from the rules it restates.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day, type CalendarDay } from "../../lib/calendar";
import type { Tx } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";
import { UNLOCKING_ACCEPTANCE_WHERE } from "../../lib/acceptance/unlock";
import { lockRows } from "../../lib/db/locks";
import { unsafeAdvanceRuleInForce } from "../../lib/disbursements/advance-rules";
import { unsafeLockContract } from "../../lib/disbursements/state";
import { unsafeLatestConfirmedProgress } from "../../lib/progress/queries";
import { beneficiary, confirmedProgress, ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
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
  a = await provinceWorld(db(), "Tỉnh Dữ kiện A");
  cuc = await cucStaff(db());
});

/** What the Prisma readers say about the contract, in the shape unsafeLockContract answers. */
async function byPrisma(tx: Tx, contractId: string, fundingCode: string, on: CalendarDay) {
  const c = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: { id: true, kind: true, number: true, value: true, beneficiaryId: true, parent: { select: { id: true, kind: true, number: true, value: true } }, project: { select: { id: true, code: true, fundingSource: { select: { code: true } }, contents: { select: { contentCategory: { select: { code: true } } } } } } },
  });
  const funding = await tx.fundingSource.findUniqueOrThrow({ where: { code: fundingCode }, select: { id: true, code: true } });
  const ofProject = { AND: [{ projectId: c.project.id }, UNLOCKING_ACCEPTANCE_WHERE] };
  const sum = (where: Prisma.AcceptanceWhereInput) => tx.acceptance.aggregate({ where, _count: { _all: true }, _sum: { acceptedValue: true } });
  const own = c.kind === "SUPPORT_CONTRACT" && c.beneficiaryId ? await sum({ AND: [ofProject, { form: "MAU_5A", beneficiaryId: c.beneficiaryId }] }) : null;
  const rows = own && own._count._all > 0 ? own : await sum(ofProject);
  const accepted = { accepted: rows._count._all > 0, acceptedValue: rows._sum.acceptedValue ?? 0n };
  const contentCodes = c.project.contents.map((x) => x.contentCategory.code);
  const contract = { ...c, project: { id: c.project.id, code: c.project.code, fundingSource: c.project.fundingSource, contentCodes } };
  if (fundingCode === "COUNTERPART") return { contract, funding, pre: { ...accepted, advanceCapBp: 10_000, firstAdvanceBp: 10_000, firstAdvanceAfterAcceptance: false, confirmedCompleted: null } };
  const rule = await unsafeAdvanceRuleInForce(tx, contentCodes, on);
  const progress = await unsafeLatestConfirmedProgress(tx, c.project.id);
  if (!rule) return "no rule";
  return { contract, funding, pre: { ...accepted, advanceCapBp: rule.advanceCapBp, firstAdvanceBp: rule.firstAdvanceBp, firstAdvanceAfterAcceptance: rule.firstAdvanceAfterAcceptance, confirmedCompleted: progress?.completedValue ?? null } };
}

async function bySql(tx: Tx, contractId: string, fundingCode: string, on: CalendarDay) {
  try {
    const facts = await unsafeLockContract(tx, contractId, fundingCode, on);
    return facts ? { ...facts, contract: { ...facts.contract, project: { ...facts.contract.project, contentCodes: [...facts.contract.project.contentCodes].sort() } } } : null;
  } catch (error) {
    if ((error as { key?: string }).key === "errors.ledger.noAdvanceRule") return "no rule";
    throw error;
  }
}

async function expectAgreement(contractId: string, days: string[], sources = ["KCQG", "COUNTERPART"]) {
  for (const d of days) {
    for (const code of sources) {
      const [sql, prisma] = await db().$transaction(async (tx) => [await bySql(tx, contractId, code, day(d)), await byPrisma(tx, contractId, code, day(d))] as const);
      const sorted = typeof prisma === "string" ? prisma : { ...prisma, contract: { ...prisma.contract, project: { ...prisma.contract.project, contentCodes: [...prisma.contract.project.contentCodes].sort() } } };
      expect(sql, `${d} ${code}`).toEqual(sorted);
    }
  }
}

/** A content of its own on the đề án, and the dated rules given for its code. */
async function ownRules(projectId: string, rules: { firstAdvanceBp: number; advanceCapBp: number; firstAdvanceAfterAcceptance?: boolean; validFrom: string; validTo?: string }[]) {
  const version = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  const code = `F-${randomUUID().slice(0, 8)}`;
  const category = await db().contentCategory.create({ data: { versionId: version.id, code, name: "Nội dung thử", sortOrder: 999 }, select: { id: true } });
  await db().projectContent.create({ data: { projectId, contentCategoryId: category.id } });
  for (const r of rules) {
    await db().advanceRule.create({
      data: {
        code: `F-${randomUUID()}`, contentCode: code, description: "test", firstAdvanceBp: r.firstAdvanceBp, firstAdvanceAfterAcceptance: r.firstAdvanceAfterAcceptance ?? false, advanceCapBp: r.advanceCapBp,
        requiredDocuments: [], status: "BASELINE", legalBasis: "test", validFrom: day(r.validFrom), validTo: r.validTo ? day(r.validTo) : null,
      },
    });
  }
}

const acceptance = (projectId: string, value: bigint, over: Partial<Prisma.AcceptanceUncheckedCreateInput> = {}) =>
  db().acceptance.create({ data: { projectId, form: "MAU_5B", organiserId: a.sctOrg.id, acceptedOn: day("2026-10-01"), acceptedValue: value, ...over } });

describe("the one-statement read before the lock", () => {
  it("finds the rule in force at each boundary of its dates, the strictest of several contents, and the general rule otherwise", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    await ownRules(projectId, [
      { firstAdvanceBp: 3000, advanceCapBp: 5000, validFrom: "2020-01-01", validTo: "2026-07-01" },
      { firstAdvanceBp: 10_000, advanceCapBp: 9000, firstAdvanceAfterAcceptance: true, validFrom: "2026-07-01" },
    ]);
    await ownRules(projectId, [{ firstAdvanceBp: 5000, advanceCapBp: 8000, validFrom: "2026-07-01", validTo: "2027-01-01" }]);
    const id = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    await expectAgreement(id, ["2013-01-01", "2019-12-31", "2020-01-01", "2026-06-30", "2026-07-01", "2026-12-31", "2027-01-01"]);
  });

  it("counts the unlocking acceptances only (force majeure once confirmed), and a support contract's own Mẫu 5a rows first", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const main = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    const assignment = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 300n * TRIEU });
    const [b1, b2] = [await beneficiary(db(), projectId, a.current.id), await beneficiary(db(), projectId, a.current.id)];
    const support1 = await signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: b1, parentId: assignment, value: 50n * TRIEU });
    const support2 = await signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: b2, parentId: assignment, value: 50n * TRIEU });
    const all = [main, assignment, support1, support2];
    for (const id of all) await expectAgreement(id, ["2026-11-02"]);
    await acceptance(projectId, 7n * TRIEU, { forceMajeure: true, forceMajeureReason: "lũ" });
    for (const id of all) await expectAgreement(id, ["2026-11-02"]);
    await acceptance(projectId, 11n * TRIEU, { forceMajeure: true, forceMajeureReason: "lũ", confirmedById: cuc.userId, confirmedAt: new Date() });
    await acceptance(projectId, 13n * TRIEU);
    await acceptance(projectId, 17n * TRIEU, { form: "MAU_5A", beneficiaryId: b1, forceMajeure: true, forceMajeureReason: "bão" });
    for (const id of all) await expectAgreement(id, ["2026-11-02"]);
    await acceptance(projectId, 19n * TRIEU, { form: "MAU_5A", beneficiaryId: b1 });
    for (const id of all) await expectAgreement(id, ["2026-11-02"]);
    const [sql] = await db().$transaction(async (tx) => [await unsafeLockContract(tx, support1, "KCQG", day("2026-11-02"))]);
    expect(sql?.pre).toMatchObject({ accepted: true, acceptedValue: 19n * TRIEU });
    expect(sql?.contract.parent).toMatchObject({ id: assignment, kind: "TASK_ASSIGNMENT", value: 300n * TRIEU });
  });

  it("takes the latest SCT-confirmed progress report, not a later unconfirmed one", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const id = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    await expectAgreement(id, ["2026-11-02"]);
    await confirmedProgress(db(), projectId, cuc.userId, 40n * TRIEU, "2026-07-01");
    await confirmedProgress(db(), projectId, cuc.userId, 60n * TRIEU, "2026-08-01");
    await db().progressReport.create({ data: { projectId, periodMonth: day("2026-09-01"), reportedOn: day("2026-09-01"), completionBp: 9000, completedValue: 90n * TRIEU } });
    await expectAgreement(id, ["2026-11-02"]);
    const [sql] = await db().$transaction(async (tx) => [await unsafeLockContract(tx, id, "KCQG", day("2026-11-02"))]);
    expect(sql?.pre.confirmedCompleted).toBe(60n * TRIEU);
  });

  it("holds the lock of the contract and of the task assignment it is under until the transaction ends", async () => {
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const assignment = await signedContract(db(), projectId, { kind: "TASK_ASSIGNMENT", partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 300n * TRIEU });
    const support = await signedContract(db(), projectId, { kind: "SUPPORT_CONTRACT", partyAId: a.centreOrg.id, beneficiaryId: await beneficiary(db(), projectId, a.current.id), parentId: assignment, value: 50n * TRIEU });
    const other = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    /** Whether another transaction can lock the row right now. */
    const free = (id: string) => db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL lock_timeout = '100ms'`;
      return lockRows(tx, "Contract", [id]).then(() => true, () => false);
    });
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db().$transaction(async (tx) => {
      await unsafeLockContract(tx, support, "KCQG", day("2026-11-02"));
      locked();
      await new Promise<void>((resolve) => (release = resolve));
    }, { timeout: 30_000 });
    await isLocked;
    try {
      expect([await free(support), await free(assignment), await free(other)]).toEqual([false, false, true]);
    } finally {
      release();
      await holder;
    }
    expect([await free(support), await free(assignment)]).toEqual([true, true]);
  });

  it("answers null for a missing contract and refuses an unknown funding source", async () => {
    expect(await db().$transaction((tx) => unsafeLockContract(tx, randomUUID(), "KCQG", day("2026-11-02")))).toBeNull();
    const projectId = await ledgerProject(db(), a, { fundingSourceId: kcqg });
    const id = await signedContract(db(), projectId, { partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 200n * TRIEU });
    const error = (await failure(db().$transaction((tx) => unsafeLockContract(tx, id, "NOPE", day("2026-11-02"))))) as { key?: string };
    expect(error.key).toBe("errors.ledger.fundingSource");
  });
});
