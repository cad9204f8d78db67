// Red flags against real PostgreSQL: each province's flags stay in its scope (an SCT of A sees no
// flag of B and cannot dismiss one), and dismissal needs a reason, is logged, hides the flag
// unless asked, and cannot happen twice.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { dismissRedFlag } from "../../lib/red-flags/mutations";
import { listRedFlags, type RedFlagList } from "../../lib/red-flags/queries";
import type { RedFlagRule } from "../../lib/red-flags/types";
import { failure } from "../fixtures/failure";
import { ledgerProject, ledgerRules, signedContract, TRIEU } from "../fixtures/ledger-world";
import { cucStaff, facility, machineryNorm, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

type World = Awaited<ReturnType<typeof provinceWorld>>;
type Subjects = { entry: string; contract: string; project: string; report: string };

const YEAR = 2027;
// Mid-December of the year: fewer than 30 days left, so the acceptance rule fires.
const NOW = new Date("2027-12-15T03:00:00Z");
const query = (showDismissed = false) => ({ year: YEAR, acceptanceDays: 30, showDismissed });

let cuc: Actor;
let leadership: Actor;
let a: World;
let b: World;
let sa: Subjects;
let sb: Subjects;

async function flaggedWorld(w: World, kcqgId: string, kcdpId: string): Promise<Subjects> {
  const project = await ledgerProject(db(), w, { fundingSourceId: kcqgId });
  const contract = await signedContract(db(), project, { partyAId: w.sctOrg.id, partyBId: w.centreOrg.id, value: 100n * TRIEU, signedOn: "2027-03-01" });
  // An advance of 80 % (cap 70 %), dated before the signature.
  const entry = await db().ledgerEntry.create({ data: { projectId: project, contractId: contract, fundingSourceId: kcqgId, kind: "ADVANCE", amount: 80n * TRIEU, occurredOn: day("2027-02-20"), voucherRef: `CT-${randomUUID().slice(0, 8)}` }, select: { id: true } });
  const base = { provinceId: w.current.id, organisationId: w.sctOrg.id, year: YEAR, fundingSourceId: kcdpId, planAmount: 500n * TRIEU, projectCount: 2 };
  await db().provincialReport.create({ data: { ...base, period: "Q1", cutOffDate: day("2027-03-31"), executedAmount: 100n * TRIEU } });
  const report = await db().provincialReport.create({ data: { ...base, period: "H1", cutOffDate: day("2027-06-30"), executedAmount: 60n * TRIEU }, select: { id: true } });
  return { entry: entry.id, contract, project, report: report.id };
}

const keysOf = (list: RedFlagList | null, rule: RedFlagRule) => list!.groups.find((g) => g.rule === rule)?.flags.map((f) => f.subjectKey) ?? [];

beforeAll(async () => {
  const { kcqg, kcdp } = await referenceBasics(db());
  await ledgerRules(db());
  cuc = await cucStaff(db());
  a = await provinceWorld(db(), "Tỉnh Cảnh báo A");
  b = await provinceWorld(db(), "Tỉnh Cảnh báo B");
  const u = await db().user.create({
    data: { email: `${randomUUID()}@test.local`, name: "Lãnh đạo", passwordHash: "x", organisationId: cuc.organisationId, roles: { create: [{ role: "LEADERSHIP" }] }, scopes: { create: [{ kind: "NATIONAL" }] } },
    select: { id: true },
  });
  leadership = (await loadActor(db(), u.id))!;
  sa = await flaggedWorld(a, kcqg.id, kcdp.id);
  sb = await flaggedWorld(b, kcqg.id, kcdp.id);
});

describe("red flags through the actor's scope", () => {
  it("finds each rule's subject, with links to the records", async () => {
    const list = await listRedFlags(cuc, query(), NOW);
    for (const s of [sa, sb]) {
      expect(keysOf(list, "payment-before-contract")).toContain(`LedgerEntry:${s.entry}`);
      expect(keysOf(list, "advance-above-cap")).toContain(`Contract:${s.contract}`);
      expect(keysOf(list, "acceptance-missing")).toContain(`Project:${s.project}:${YEAR}`);
      expect(keysOf(list, "falling-cumulative")).toContain(`ProvincialReport:${s.report}`);
    }
    const flag = list!.groups.find((g) => g.rule === "payment-before-contract")!.flags.find((f) => f.subjectKey === `LedgerEntry:${sa.entry}`)!;
    expect(flag.links.map((l) => l.href)).toEqual([`/de-an/${sa.project}`, `/hop-dong/${sa.contract}/so-cai`]);
  });

  it("shows an SCT of A none of B's flags", async () => {
    const list = await listRedFlags(a.sct, query(), NOW);
    const all = list!.groups.flatMap((g) => g.flags);
    expect(all.map((f) => f.subjectKey)).toContain(`LedgerEntry:${sa.entry}`);
    expect(all.every((f) => f.provinceId === a.current.id || f.provinceId === a.old.id)).toBe(true);
    for (const id of Object.values(sb)) expect(all.some((f) => f.subjectKey.includes(id))).toBe(false);
    // The national allocation rule is not shown to an SCT.
    expect(list!.groups.map((g) => g.rule)).not.toContain("disbursement-above-allocation");
  });

  it("gives a provincial centre no red-flag view", async () => {
    expect(await listRedFlags(a.centre, query(), NOW)).toBeNull();
  });

  it("does not flag acceptance while more than N days are left", async () => {
    const list = await listRedFlags(cuc, { ...query(), acceptanceDays: 10 }, NOW);
    expect(keysOf(list, "acceptance-missing")).not.toContain(`Project:${sa.project}:${YEAR}`);
  });
});

describe("dismissing a red flag", () => {
  it("refuses an SCT of A dismissing B's flag, as if it did not exist", async () => {
    const err = await failure(dismissRedFlag(a.sct, { rule: "payment-before-contract", subjectKey: `LedgerEntry:${sb.entry}`, reason: "Đã kiểm tra chứng từ gốc" }));
    expect(err.code).toBe("NOT_FOUND");
    expect(await db().redFlagDismissal.count({ where: { subjectKey: `LedgerEntry:${sb.entry}` } })).toBe(0);
  });

  it("requires a reason, a subject that fits the rule, and a role that may dismiss", async () => {
    const short = await failure(dismissRedFlag(a.sct, { rule: "falling-cumulative", subjectKey: `ProvincialReport:${sa.report}`, reason: "ok" }));
    expect(short.code).toBe("VALIDATION");
    expect(short.details?.reason).toMatch(/lý do/);
    const wrong = await failure(dismissRedFlag(a.sct, { rule: "falling-cumulative", subjectKey: `LedgerEntry:${sa.entry}`, reason: "Đã kiểm tra số liệu" }));
    expect(wrong.code).toBe("VALIDATION");
    const lead = await failure(dismissRedFlag(leadership, { rule: "falling-cumulative", subjectKey: `ProvincialReport:${sa.report}`, reason: "Đã kiểm tra số liệu" }));
    expect(lead.code).toBe("FORBIDDEN");
    expect(await db().redFlagDismissal.count({ where: { subjectKey: `ProvincialReport:${sa.report}` } })).toBe(0);
  });

  it("logs the dismissal, hides the flag unless asked, and refuses a second one", async () => {
    const reason = "Tỉnh đã điều chỉnh số liệu quý 1, xác nhận bằng công văn";
    const { id } = await dismissRedFlag(a.sct, { rule: "falling-cumulative", subjectKey: `ProvincialReport:${sa.report}`, reason });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityType: "RedFlagDismissal", entityId: id }, select: { action: true, actorId: true, data: true } });
    expect(audit).toMatchObject({ action: "redFlag.dismiss", actorId: a.sct.userId, data: { reason } });

    const hidden = await listRedFlags(a.sct, query(), NOW);
    expect(keysOf(hidden, "falling-cumulative")).not.toContain(`ProvincialReport:${sa.report}`);
    expect(hidden!.groups.find((g) => g.rule === "falling-cumulative")!.dismissed).toBeGreaterThanOrEqual(1);
    const shown = await listRedFlags(cuc, query(true), NOW);
    const flag = shown!.groups.find((g) => g.rule === "falling-cumulative")!.flags.find((f) => f.subjectKey === `ProvincialReport:${sa.report}`)!;
    expect(flag.dismissal).toMatchObject({ reason, dismissedBy: a.sct.name });
    // B's flag of the same rule is untouched.
    expect(keysOf(await listRedFlags(cuc, query(), NOW), "falling-cumulative")).toContain(`ProvincialReport:${sb.report}`);

    const again = await failure(dismissRedFlag(cuc, { rule: "falling-cumulative", subjectKey: `ProvincialReport:${sa.report}`, reason: "Một lần nữa, thử nghiệm" }));
    expect(again.code).toBe("CONFLICT");
    expect(await db().redFlagDismissal.count({ where: { subjectKey: `ProvincialReport:${sa.report}` } })).toBe(1);
  });

  it("lets Cục staff dismiss any province's flag", async () => {
    await dismissRedFlag(cuc, { rule: "advance-above-cap", subjectKey: `Contract:${sb.contract}`, reason: "Tạm ứng theo văn bản chấp thuận riêng" });
    expect(keysOf(await listRedFlags(b.sct, query(), NOW), "advance-above-cap")).not.toContain(`Contract:${sb.contract}`);
  });

  it("lets only one of two simultaneous dismissals through", async () => {
    const subjectKey = `LedgerEntry:${sb.entry}`;
    const results = await Promise.allSettled([
      dismissRedFlag(cuc, { rule: "payment-before-contract", subjectKey, reason: "Chứng từ ghi nhầm ngày, đã đối chiếu" }),
      dismissRedFlag(b.sct, { rule: "payment-before-contract", subjectKey, reason: "Đã đối chiếu với Kho bạc tỉnh" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect((rejected.reason as { code: string }).code).toBe("CONFLICT");
    expect(await db().redFlagDismissal.count({ where: { subjectKey } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "redFlag.dismiss", data: { path: ["subjectKey"], equals: subjectKey } } })).toBe(1);
  });
});

describe("a facility beyond its cumulative cap", () => {
  it("is A's flag when the facility is A's, and shows A's SCT no link to B's đề án", async () => {
    const { norm, kcqg } = await machineryNorm(db());
    const f = await facility(db(), a.current.id);
    const line = async (w: World, amount: bigint) => {
      const project = await ledgerProject(db(), w, { fundingSourceId: kcqg.id, status: "IN_PLAN" });
      await db().projectBudgetLine.create({ data: { projectId: project, lineNo: 1, item: "Máy sao chè", supportNormId: norm.id, facilityId: f.id, totalCost: amount * 2n, supportAmount: amount } });
      return project;
    };
    const inA = await line(a, norm.capAmount!);
    const inB = await line(b, 50n * TRIEU);
    const subjectKey = `Facility:${f.id}:${norm.code}`;
    const flagOf = async (actor: Actor) => (await listRedFlags(actor, query(), NOW))!.groups.find((g) => g.rule === "facility-cumulative-cap")!.flags.find((x) => x.subjectKey === subjectKey);
    const national = await flagOf(cuc);
    expect(national).toMatchObject({ provinceId: a.current.id, amount: 50n * TRIEU });
    expect(national!.links.map((l) => l.href)).toEqual(expect.arrayContaining([`/de-an/${inA}`, `/de-an/${inB}`]));
    const ofA = await flagOf(a.sct);
    expect(ofA!.links.map((l) => l.href)).toContain(`/de-an/${inA}`);
    expect(ofA!.links.map((l) => l.href)).not.toContain(`/de-an/${inB}`);
    expect(await flagOf(b.sct)).toBeUndefined();
  });
});
