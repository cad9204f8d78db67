// Contracts against real PostgreSQL (issue #8 items 1–2, docs/decisions/022): signing writes
// version 1 and the schedule from the advance rule in force and moves the đề án to CONTRACTED;
// every refusal leaves nothing written; amendments keep versions and refuse stale forms; forged
// requests from another province or centre are "not found".
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { parseCalendarDate as day } from "../../lib/calendar";
import { amendContract } from "../../lib/contracts/amend";
import { buildContractPdf } from "../../lib/contracts/pdf";
import { getContract, listContracts } from "../../lib/contracts/queries";
import { signContract } from "../../lib/contracts/sign";
import { toSearchText } from "../../lib/search-text";
import { failure } from "../fixtures/failure";
import { cucStaff, facility, provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

const TRIEU = 1_000_000n;
const YEAR = 2045;
type World = Awaited<ReturnType<typeof provinceWorld>>;
let kcqgId: string;
let kcdpId: string;
let cuc: Actor;
let a: World;
let b: World;
let categoryId: string;
let nationalVersionId: string;
let regionalCentre: { id: string; actor: Actor };

beforeAll(async () => {
  const { kcqg, kcdp } = await referenceBasics(db());
  kcqgId = kcqg.id;
  kcdpId = kcdp.id;
  const catalog = await db().contentCatalogVersion.findUniqueOrThrow({ where: { code: "ND235-2025" }, select: { id: true } });
  await db().planYear.upsert({ where: { year: YEAR }, update: {}, create: { year: YEAR, sctSubmissionDeadline: day("2044-05-20"), registrationDeadline: day("2044-06-15"), contentCatalogVersionId: catalog.id } });
  // A content of its own with a 30 % rule, so other files' rules never apply here.
  const code = `Z${randomUUID().slice(0, 6)}`;
  categoryId = (await db().contentCategory.create({ data: { versionId: catalog.id, code, name: "Hạ tầng (thử nghiệm)", sortOrder: 999 }, select: { id: true } })).id;
  await db().advanceRule.create({ data: { code: `TEST-${code}`, contentCode: code, description: "test 30 %", firstAdvanceBp: 3000, advanceCapBp: 7000, requiredDocuments: ["Hợp đồng thực hiện đề án", "Hợp đồng hỗ trợ"], balanceDocuments: ["Biên bản nghiệm thu cơ sở"], status: "BASELINE", legalBasis: "test", validFrom: day("2014-02-10") } });
  a = await provinceWorld(db(), "Tỉnh Hợp đồng A");
  b = await provinceWorld(db(), "Tỉnh Hợp đồng B");
  cuc = await cucStaff(db());
  const plan = await db().annualPlan.create({ data: { planYear: YEAR, fundingSourceId: kcqgId, level: "NATIONAL", envelope: 0n, status: "ISSUED" }, select: { id: true } });
  nationalVersionId = (await db().planVersion.create({ data: { planId: plan.id, versionNo: 1, effectiveOn: day("2026-01-01") }, select: { id: true } })).id;
  const org = await db().organisation.create({ data: { code: `ORG-${randomUUID()}`, kind: "REGIONAL_CENTRE", validFrom: day("2025-07-01"), searchText: "ttkc vung", names: { create: { name: "Trung tâm Khuyến công vùng (thử nghiệm)", validFrom: day("2025-07-01") } } }, select: { id: true } });
  const user = await db().user.create({ data: { email: `${randomUUID()}@test.local`, name: "TTKC vùng", passwordHash: "x", organisationId: org.id, roles: { create: [{ role: "REGIONAL_CENTRE" }] } }, select: { id: true } });
  const { loadActor } = await import("../../lib/auth/load-actor");
  regionalCentre = { id: org.id, actor: (await loadActor(db(), user.id))! };
});

/** A đề án of `world` in IN_PLAN, in the plan in force (national, or its province's for KCĐP) with `planned` triệu. */
async function inPlan(world: World, opts: { local?: boolean; planned?: bigint; implementerId?: string; inPlan?: boolean } = {}) {
  const title = "Hỗ trợ hạ tầng cụm công nghiệp";
  const implementerId = opts.implementerId ?? (opts.local ? world.sctOrg.id : world.centreOrg.id);
  const project = await db().project.create({
    data: { code: `HD-${randomUUID()}`, title, searchText: toSearchText(title), planYear: YEAR, endYear: YEAR, fundingSourceId: opts.local ? kcdpId : kcqgId, kind: "STANDARD", status: "IN_PLAN", implementerId, provinceId: world.current.id, supportAmount: 500n * TRIEU, approvedAmount: 400n * TRIEU, contents: { create: [{ contentCategoryId: categoryId }] } },
    select: { id: true, code: true },
  });
  if (opts.inPlan !== false) {
    let versionId = nationalVersionId;
    if (opts.local) {
      const existing = await db().annualPlan.findFirst({ where: { planYear: YEAR, fundingSourceId: kcdpId, provinceId: world.current.id }, select: { versions: { select: { id: true } } } });
      versionId = existing?.versions[0]?.id ?? (await db().annualPlan.create({ data: { planYear: YEAR, fundingSourceId: kcdpId, level: "PROVINCIAL", provinceId: world.current.id, envelope: 0n, status: "ISSUED", versions: { create: [{ versionNo: 1, effectiveOn: day("2026-01-01") }] } }, select: { versions: { select: { id: true } } } })).versions[0]!.id;
    }
    await db().planItem.create({ data: { planVersionId: versionId, projectId: project.id, implementerId, provinceId: world.current.id, amount: (opts.planned ?? 400n) * TRIEU } });
  }
  return project;
}

async function beneficiary(world: World, projectId: string, support = 150n) {
  const f = await facility(db(), world.current.id);
  return db().projectBeneficiary.create({ data: { projectId, facilityId: f.id, supportAmount: support * TRIEU }, select: { id: true } });
}

const main = (projectId: string, over: Record<string, string> = {}) => ({ projectId, role: "MAIN", number: `${randomUUID().slice(0, 8)}/HĐ-KCQG`, signedOn: "2026-06-01", startsOn: "2026-06-01", endsOn: "2026-11-30", value: "400", counterpartValue: "600", terms: "Điều 1. Nội dung…", ...over });
const support = (projectId: string, beneficiaryId: string, over: Record<string, string> = {}) => ({ ...main(projectId, { value: "100", counterpartValue: "100" }), role: "SUPPORT", beneficiaryId, number: `${randomUUID().slice(0, 8)}/HĐHT`, signedOn: "2026-06-10", ...over });

/** Everything a signing or an amendment writes for a đề án. */
async function snapshot(projectId: string) {
  const project = await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { status: true, version: true, transitions: { select: { id: true } } } });
  const contracts = await db().contract.findMany({ where: { projectId }, orderBy: { id: "asc" }, select: { id: true, value: true, version: true, versions: { select: { id: true } }, schedule: { select: { id: true, amount: true } } } });
  return { project, contracts };
}

async function refused(projectId: string, call: () => Promise<unknown>, key: string) {
  const before = await snapshot(projectId);
  const error = (await failure(call())) as { key?: string; message: string };
  expect(error.key, error.message).toBe(key);
  expect(await snapshot(projectId)).toEqual(before);
  return error.message;
}

describe("signing the main contract", () => {
  it("writes version 1, the schedule from the rule in force, and moves the đề án to CONTRACTED", async () => {
    const project = await inPlan(a);
    const signed = await signContract(cuc, main(project.id));
    expect(signed.kind).toBe("CONTRACT");
    const contract = await getContract(cuc, signed.id);
    expect(contract).toMatchObject({ status: "SIGNED", value: 400n * TRIEU, counterpartValue: 600n * TRIEU, partyAId: cuc.organisationId, partyBId: a.centreOrg.id });
    expect(contract.versions.map((v) => v.versionNo)).toEqual([1]);
    expect(contract.schedule.map((i) => [i.kind, i.shareBp, i.amount, i.afterAcceptance])).toEqual([
      ["ADVANCE", 3000, 120n * TRIEU, false],
      ["ADVANCE", 4000, 160n * TRIEU, false],
      ["PAYMENT", 3000, 120n * TRIEU, true],
    ]);
    expect(contract.schedule[0]?.documents).toEqual(["Hợp đồng thực hiện đề án", "Hợp đồng hỗ trợ"]);
    expect(contract.schedule.every((i) => i.advanceRule?.legalBasis === "test")).toBe(true);
    const after = await db().project.findUniqueOrThrow({ where: { id: project.id }, select: { status: true, transitions: { select: { toStatus: true } } } });
    expect(after.status).toBe("CONTRACTED");
    expect(after.transitions.map((t) => t.toStatus)).toEqual(["CONTRACTED"]);
    expect(await db().auditLog.count({ where: { entityType: "Contract", entityId: signed.id, action: "contract.sign" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: a.centre.userId, link: `/hop-dong/${signed.id}` } })).toBe(1);
  });

  it("gives a regional centre a task assignment", async () => {
    const project = await inPlan(a, { implementerId: regionalCentre.id });
    const signed = await signContract(cuc, main(project.id, { number: `${randomUUID().slice(0, 8)}/QĐ-GNV` }));
    expect(signed.kind).toBe("TASK_ASSIGNMENT");
    expect((await getContract(regionalCentre.actor, signed.id)).kind).toBe("TASK_ASSIGNMENT");
  });

  it("refuses each rule with its figures and writes nothing", async () => {
    const project = await inPlan(a, { planned: 300n });
    expect(await refused(project.id, () => signContract(cuc, main(project.id, { value: "300,5" })), "errors.contracts.overApproved")).toContain("300,5 triệu đồng vượt kinh phí được duyệt của đề án (300 triệu đồng");
    await refused(project.id, () => signContract(cuc, main(project.id, { signedOn: "2025-12-31", startsOn: "2026-01-01" })), "errors.contracts.notInPlan");
    await refused(project.id, () => signContract(cuc, main(project.id, { signedOn: "2099-01-01" })), "errors.contracts.signedInFuture");
    await refused(project.id, () => signContract(cuc, main(project.id, { endsOn: "2026-05-31" })), "errors.contracts.endsBeforeStart");
    await refused(project.id, () => signContract(cuc, main(project.id, { value: "0" })), "errors.money.notPositive");
    await refused(project.id, () => signContract(cuc, main(project.id, { value: "1.23.4" })), "errors.money.notVietnameseNumber");
    await refused(project.id, () => signContract(a.centre, main(project.id)), "errors.contracts.cannotSignMain");
    const notInPlan = await inPlan(a, { inPlan: false });
    await refused(notInPlan.id, () => signContract(cuc, main(notInPlan.id)), "errors.contracts.notInPlan");
  });

  it("refuses a taken number, a second live contract and a đề án not yet in the plan", async () => {
    const first = await inPlan(a);
    const input = main(first.id);
    await signContract(cuc, input);
    const second = await inPlan(a);
    await refused(second.id, () => signContract(cuc, { ...input, projectId: second.id }), "errors.contracts.numberTaken");
    await db().contract.create({ data: { projectId: second.id, kind: "CONTRACT", number: `X-${randomUUID()}`, partyAId: cuc.organisationId, partyBId: a.centreOrg.id, value: 1n, status: "DRAFT" } });
    await refused(second.id, () => signContract(cuc, main(second.id)), "errors.contracts.mainExists");
    await refused(first.id, () => signContract(cuc, main(first.id)), "errors.contracts.projectNotSignable");
  });

  it("the same signing replayed (double click, retried request) records once", async () => {
    const project = await inPlan(a);
    const input = main(project.id);
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => signContract(cuc, input)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(new Set(results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { key?: string }).key] : [])))).toEqual(new Set(["errors.contracts.projectNotSignable"]));
    const own = await beneficiary(a, project.id);
    const supportInput = support(project.id, own.id);
    const supports = await Promise.allSettled(Array.from({ length: 4 }, () => signContract(a.centre, supportInput)));
    expect(supports.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await snapshot(project.id)).contracts).toHaveLength(2);
  });

  it("KCĐP: the province's SCT signs; another province's SCT and centre find nothing", async () => {
    const project = await inPlan(a, { local: true, implementerId: a.centreOrg.id });
    await refused(project.id, () => signContract(b.sct, main(project.id)), "errors.missing.project");
    await refused(project.id, () => signContract(b.centre, main(project.id)), "errors.missing.project");
    await refused(project.id, () => signContract(cuc, main(project.id)), "errors.contracts.cannotSignMain");
    const signed = await signContract(a.sct, main(project.id));
    expect((await getContract(a.sct, signed.id)).partyAId).toBe(a.sctOrg.id);
    expect(((await failure(getContract(b.sct, signed.id))) as { key?: string }).key).toBe("errors.missing.contract");
    expect(((await failure(getContract(b.centre, signed.id))) as { key?: string }).key).toBe("errors.missing.contract");
    expect((await listContracts(b.sct, {})).rows.some((r) => r.id === signed.id)).toBe(false);
    expect((await listContracts(a.centre, {})).rows.some((r) => r.id === signed.id)).toBe(true);
  });
});

describe("support contracts", () => {
  it("the implementer signs one per beneficiary of the đề án, within the beneficiary's support and the parent's value", async () => {
    const project = await inPlan(a, { planned: 250n });
    const parent = await signContract(cuc, main(project.id, { value: "250" }));
    const first = await beneficiary(a, project.id, 150n);
    const second = await beneficiary(a, project.id, 150n);
    const signed = await signContract(a.centre, support(project.id, first.id, { value: "150" }));
    const contract = await getContract(a.centre, signed.id);
    expect(contract).toMatchObject({ kind: "SUPPORT_CONTRACT", parentId: parent.id, beneficiaryId: first.id, partyAId: a.centreOrg.id, partyBId: null });
    expect(await refused(project.id, () => signContract(a.centre, support(project.id, second.id, { value: "100,5" })), "errors.contracts.overParent")).toContain("250,5 triệu đồng");
    await refused(project.id, () => signContract(a.centre, support(project.id, second.id, { value: "160" })), "errors.contracts.overParent");
    await refused(project.id, () => signContract(a.centre, support(project.id, first.id, { value: "1" })), "errors.contracts.overBeneficiary");
    await refused(project.id, () => signContract(a.centre, support(project.id, second.id, { signedOn: "2026-05-31" })), "errors.contracts.beforeParent");
    await signContract(a.centre, support(project.id, second.id, { value: "100" }));
    const amend = { contractId: signed.id, version: 1, signedOn: "2026-07-01", startsOn: "2026-06-10", endsOn: "2026-11-30", value: "150,5", reason: "Điều chỉnh mức hỗ trợ" };
    await refused(project.id, () => amendContract(a.centre, amend), "errors.contracts.overParent");
    await refused(project.id, () => amendContract(cuc, { ...amend, value: "140" }), "errors.contracts.cannotAmend");
    await refused(project.id, () => amendContract(b.centre, { ...amend, value: "140" }), "errors.missing.contract");
    expect(await amendContract(a.centre, { ...amend, value: "140" })).toMatchObject({ versionNo: 2 });
    await refused(project.id, () => amendContract(cuc, { contractId: parent.id, version: 1, signedOn: "2026-07-01", startsOn: "2026-06-01", endsOn: "2026-11-30", value: "239", reason: "Giảm kinh phí" }), "errors.contracts.belowChildren");
  });

  it("parallel support contracts never pass the parent's value", async () => {
    const project = await inPlan(a, { planned: 250n });
    const parent = await signContract(cuc, main(project.id, { value: "250" }));
    const beneficiaries = await Promise.all(Array.from({ length: 5 }, () => beneficiary(a, project.id, 100n)));
    const results = await Promise.allSettled(beneficiaries.map((b) => signContract(a.centre, support(project.id, b.id, { value: "100" }))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { key?: string }).key] : []))).toEqual(Array(3).fill("errors.contracts.overParent"));
    const total = await db().contract.aggregate({ where: { parentId: parent.id }, _sum: { value: true } });
    expect(total._sum.value).toBe(200n * TRIEU);
  });

  it("refuses a forged beneficiary, another centre, the SCT and a đề án without a signed contract", async () => {
    const project = await inPlan(a);
    const other = await inPlan(a);
    const notOn = await beneficiary(a, other.id);
    await refused(project.id, () => signContract(a.centre, support(project.id, notOn.id)), "errors.contracts.supportNeedsMain");
    await signContract(cuc, main(project.id));
    const own = await beneficiary(a, project.id);
    await refused(project.id, () => signContract(a.centre, support(project.id, notOn.id)), "errors.contracts.beneficiaryNotOnProject");
    await refused(project.id, () => signContract(a.centre, support(project.id, randomUUID())), "errors.contracts.beneficiaryNotOnProject");
    await refused(project.id, () => signContract(a.centre, support(project.id, "")), "errors.contracts.beneficiaryRequired");
    await refused(project.id, () => signContract(b.centre, support(project.id, own.id)), "errors.missing.project");
    await refused(project.id, () => signContract(a.sct, support(project.id, own.id)), "errors.contracts.cannotSignSupport");
  });
});

describe("amendments", () => {
  it("keep every version with its reason, regenerate the schedule and refuse a stale form", async () => {
    const project = await inPlan(a, { planned: 400n });
    const signed = await signContract(cuc, main(project.id, { value: "300" }));
    const amend = { contractId: signed.id, version: 1, signedOn: "2026-07-01", startsOn: "2026-06-01", endsOn: "2026-12-31", value: "400", counterpartValue: "600", terms: "Phụ lục 1", reason: "Bổ sung kinh phí theo kế hoạch điều chỉnh" };
    const result = await amendContract(cuc, amend);
    expect(result).toMatchObject({ version: 2, versionNo: 2 });
    const contract = await getContract(cuc, signed.id);
    expect(contract.value).toBe(400n * TRIEU);
    expect(contract.versions.map((v) => [v.versionNo, v.value, v.reason])).toEqual([
      [2, 400n * TRIEU, "Bổ sung kinh phí theo kế hoạch điều chỉnh"],
      [1, 300n * TRIEU, ""],
    ]);
    expect(contract.schedule.map((i) => i.amount)).toEqual([120n * TRIEU, 160n * TRIEU, 120n * TRIEU]);
    expect(await refused(project.id, () => amendContract(cuc, { ...amend, value: "350" }), "errors.contracts.staleVersion")).toContain("phiên bản hiện tại 2");
    await refused(project.id, () => amendContract(cuc, { ...amend, version: 2, value: "400,1" }), "errors.contracts.overApproved");
    await refused(project.id, () => amendContract(cuc, { ...amend, version: 2, signedOn: "2026-05-01" }), "errors.contracts.amendBeforeSigning");
    await refused(project.id, () => amendContract(b.sct, { ...amend, version: 2 }), "errors.missing.contract");
    await refused(project.id, () => amendContract(a.centre, { ...amend, version: 2 }), "errors.contracts.cannotAmend");
    const noReason = await failure(amendContract(cuc, { ...amend, version: 2, reason: " " }));
    expect(noReason.message).toContain("Hãy ghi lý do sửa đổi");
    expect((await getContract(cuc, signed.id)).versions).toHaveLength(2);
    await db().project.update({ where: { id: project.id }, data: { status: "STOPPED" } });
    await refused(project.id, () => amendContract(cuc, { ...amend, version: 2 }), "errors.contracts.projectClosed");
  });

  it("two amendments from the same form: one wins, the other is a conflict", async () => {
    const project = await inPlan(a);
    const signed = await signContract(cuc, main(project.id, { value: "300" }));
    const amend = (value: string) => amendContract(cuc, { contractId: signed.id, version: 1, signedOn: "2026-07-01", startsOn: "2026-06-01", endsOn: "2026-12-31", value, reason: "Điều chỉnh kinh phí" });
    const results = await Promise.allSettled([amend("310"), amend("320")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.flatMap((r) => (r.status === "rejected" ? [(r.reason as { key?: string }).key] : []))).toEqual(["errors.contracts.staleVersion"]);
    expect((await getContract(cuc, signed.id)).versions).toHaveLength(2);
  });
});

/** The document's /Title, as pdfkit writes it: an object holding UTF-16BE with a BOM in an escaped literal string. */
function pdfTitle(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const ref = /\/Title (\d+) 0 R/.exec(raw)?.[1];
  const start = raw.indexOf(`\n${ref} 0 obj\n(`) + `\n${ref} 0 obj\n(`.length;
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
  let text = "";
  for (let i = start; raw[i] !== ")"; i++) text += raw[i] === "\\" ? (escapes[raw[++i]!] ?? raw[i]) : raw[i];
  return Buffer.from(text, "latin1").subarray(2).swap16().toString("utf16le");
}

describe("contract PDF", () => {
  it("prints a valid PDF with the parties and the schedule", async () => {
    const project = await inPlan(a);
    const signed = await signContract(cuc, main(project.id));
    const pdf = await buildContractPdf(await getContract(cuc, signed.id));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(pdf.toString("latin1")).toContain("DejaVuSans");
    expect(pdfTitle(pdf)).toBe(`HỢP ĐỒNG THỰC HIỆN ĐỀ ÁN KHUYẾN CÔNG số ${signed.number}`);
  });
});

describe("amendment floor (review of #8)", () => {
  const amendTo = (contractId: string, value: string) => ({ contractId, version: 1, signedOn: "2026-07-01", startsOn: "2026-06-01", endsOn: "2026-11-30", value, reason: "Giảm kinh phí theo thực tế" });
  const ledger = async (projectId: string, contractId: string, code: string, kind: "ADVANCE" | "PAYMENT", amount: bigint) => {
    const source = await db().fundingSource.upsert({ where: { code }, update: {}, create: { code, name: code } });
    await db().ledgerEntry.create({ data: { projectId, contractId, fundingSourceId: source.id, kind, amount: amount * TRIEU, occurredOn: day("2026-07-02"), voucherRef: `CT-${randomUUID().slice(0, 8)}` } });
  };

  it("leaves counterpart funds out of the disbursed floor", async () => {
    const project = await inPlan(a, { planned: 250n });
    const signed = await signContract(cuc, main(project.id, { value: "250" }));
    await ledger(project.id, signed.id, "KCQG", "ADVANCE", 100n);
    await ledger(project.id, signed.id, "COUNTERPART", "ADVANCE", 200n);
    await refused(project.id, () => amendContract(cuc, amendTo(signed.id, "99")), "errors.contracts.belowDisbursed");
    expect(await amendContract(cuc, amendTo(signed.id, "150"))).toMatchObject({ versionNo: 2 });
  });

  it("keeps a task assignment above its family's disbursed money and its support contracts", async () => {
    const project = await inPlan(a, { planned: 250n });
    const head = await signContract(cuc, main(project.id, { value: "250" }));
    await db().contract.update({ where: { id: head.id }, data: { kind: "TASK_ASSIGNMENT" } });
    const child = await signContract(a.centre, support(project.id, (await beneficiary(a, project.id, 150n)).id, { value: "100" }));
    await ledger(project.id, head.id, "KCQG", "ADVANCE", 100n);
    await ledger(project.id, child.id, "KCQG", "PAYMENT", 60n);
    const low = await refused(project.id, () => amendContract(cuc, amendTo(head.id, "150")), "errors.contracts.belowDisbursed");
    expect(low).toContain("160 triệu đồng");
    await refused(project.id, () => amendContract(cuc, amendTo(head.id, "99")), "errors.contracts.belowChildren");
    expect(await amendContract(cuc, amendTo(head.id, "160"))).toMatchObject({ versionNo: 2 });
  });
});
