// Valid inputs for every server action, on a fresh resource of side A (in the provincial actors'
// scope) or side B (outside it). Earlier steps a case needs (an acceptance to confirm, a report to
// approve) are made through lib's own mutations by whoever may make them on that side.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { recordAcceptance } from "../../../lib/acceptance/mutations";
import { createApiToken } from "../../../lib/api-tokens/mutations";
import { uploadAttachment } from "../../../lib/attachments/mutations";
import { samplePdf } from "../../../lib/attachments/sample-files";
import { assignToCouncil, createCouncil } from "../../../lib/appraisals/councils";
import { recordLedgerEntry } from "../../../lib/disbursements/mutations";
import { requestDocuments } from "../../../lib/document-requests/mutations";
import { recordInspection } from "../../../lib/inspections/mutations";
import { loadTemplate } from "../../../lib/periodic-reports/queries";
import { buildTemplateWorkbook } from "../../../lib/periodic-reports/xlsx/template";
import { addTask, createPlan } from "../../../lib/plans/assemble";
import { issuePlan } from "../../../lib/plans/issue";
import { decideSettlement, submitSettlement } from "../../../lib/settlement/mutations";
import { submitProgressReport } from "../../../lib/progress/mutations";
import { attachDossier, completeDraftInput } from "../../fixtures/complete-draft";
import { acceptanceInput } from "../../fixtures/implementation-world";
import { goodRow, mau2File } from "../../fixtures/xlsx/mau-2-file";
import type { Caller, MatrixWorld, SideResources } from "./world";

export type Payload = (r: SideResources, base: MatrixWorld, caller: Caller) => Promise<unknown>;

const MET = ["CONFORMITY", "OBJECTIVES_EFFECTIVENESS_BUDGET", "CAPACITY", "COMBINATION", "DOSSIER_COMPLETENESS"].map((criterion) => ({ criterion, assessment: "MET", comment: "" }));
const key = () => randomUUID();
const xlsxBlob = (bytes: Uint8Array) => new Blob([Buffer.from(bytes)], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

async function periodicFile(r: SideResources): Promise<Blob> {
  const bytes = await buildTemplateWorkbook(await loadTemplate(r.world.sct, 2026, "Q1"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const row = wb.worksheets[0]!.getRow(6);
  [100, 20.5, 1].forEach((v, i) => (row.getCell(7 + i).value = v));
  return xlsxBlob(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A Mẫu 2 file updating the side's existing đề án (by code) with the side's facility. */
async function mau2Blob(r: SideResources): Promise<Blob> {
  const project = await r.project("DRAFT");
  const f = await r.facility();
  return xlsxBlob(await mau2File([goodRow(f.taxCode!, { code: project.code })]));
}

async function entry(r: SideResources, base: MatrixWorld) {
  const p = await r.running();
  const created = await recordLedgerEntry(base.otherCuc, { contractId: p.contractId, kind: "ADVANCE", fundingSource: "KCQG", amount: "10", occurredOn: "2026-07-01", voucherRef: `PC-${key().slice(0, 6)}`, idempotencyKey: key() });
  return { p, entryId: created.id };
}

/** A đề án accepted by its SCT (nghiệm thu cơ sở): 150 triệu of support accepted. */
async function accepted(r: SideResources) {
  const p = await r.running();
  await recordAcceptance(r.world.sct, acceptanceInput(p));
  return p;
}

async function acceptance(r: SideResources) {
  const p = await r.running();
  const made = await recordAcceptance(r.world.sct, acceptanceInput(p, { forceMajeure: true, forceMajeureReason: "Bão lũ tháng 9 làm hỏng một máy" }));
  return { p, acceptanceId: made.id };
}

/** The side's KCĐP plan for 2027 (one per province and year), made by its SCT the first time. */
async function provincialPlan(r: SideResources, base: MatrixWorld): Promise<{ id: string }> {
  const existing = await base.db.annualPlan.findFirst({ where: { provinceId: r.world.current.id, planYear: 2027 }, select: { id: true } });
  return existing ?? createPlan(r.world.sct, { year: 2027, level: "PROVINCIAL", envelope: "5000" });
}

/** The side's plan once issued by its SCT (issued here if no earlier case did). */
async function issuedPlan(r: SideResources, base: MatrixWorld): Promise<{ id: string }> {
  const plan = await provincialPlan(r, base);
  const issued = await base.db.planVersion.count({ where: { planId: plan.id, decisionId: { not: null } } });
  if (!issued) await issuePlan(r.world.sct, { planId: plan.id, decision: { ...decision, number: String(Math.floor(Math.random() * 1e6)) } });
  return plan;
}

const decision = { number: String(Math.floor(Math.random() * 1e6)), symbol: "QĐ-UBND", issuedOn: "2026-11-01", signer: "Nguyễn Văn A" };

export const PAYLOADS: Record<string, Payload> = {
  setLocale: async () => ({ locale: "vi" }),

  // Periodic reports (KCĐP figures): the province named in the rows is the resource.
  submitPeriodicReportAction: async (r) => ({ provinceId: r.world.current.id, year: 2026, period: "M11", sources: { KCQG: { planAmount: "200", executedAmount: "150", projectCount: "2" } } }),
  previewPeriodicUploadAction: async (r) => ({ file: await periodicFile(r), fileName: "bao-cao.xlsx" }),
  commitPeriodicUploadAction: async (r) => ({ file: await periodicFile(r), fileName: "bao-cao.xlsx", mode: "ALL_OR_NOTHING" }),
  rejectedPeriodicRowsAction: async (r) => ({ file: await periodicFile(r), fileName: "bao-cao.xlsx" }),

  dismissRedFlagAction: async (r) => ({ rule: "acceptance-missing", subjectKey: `Project:${(await r.project("IN_PROGRESS")).id}:2027`, reason: "Đã nghiệm thu trên giấy, chờ nhập" }),

  editFacilityAction: async (r) => {
    const f = await r.facility();
    return { id: f.id, version: 1, taxCode: f.taxCode, name: "Hộ kinh doanh chè sửa tên", kind: "HOUSEHOLD_BUSINESS", size: "MICRO", industry: "Chế biến chè", provinceId: r.world.current.id, communeId: "", addressLine: "Thôn 2", ownerName: "Nguyễn Văn Chủ" };
  },
  listCommunesAction: async (r) => ({ provinceId: r.world.current.id }),

  recordInspectionAction: async (r) => ({ projectId: (await r.running()).projectId, inspectedOn: "2026-11-01", team: "Nguyễn Văn A — Trưởng đoàn", findings: "Đúng tiến độ", items: [{ description: "Thiếu sổ nhật ký", requiredAction: "Bổ sung sổ", dueOn: "" }] }),
  closeFindingAction: async (r, base) => {
    const p = await r.running();
    const made = await recordInspection(base.cuc, { projectId: p.projectId, inspectedOn: "2026-11-01", team: "Nguyễn Văn A", findings: "Đúng tiến độ", items: [{ description: "Thiếu sổ nhật ký", requiredAction: "Bổ sung sổ", dueOn: "" }] });
    const finding = await base.db.inspectionFinding.findFirstOrThrow({ where: { inspectionId: made.id }, select: { id: true, version: true } });
    return { projectId: p.projectId, findingId: finding.id, version: finding.version, evidence: "Đã bổ sung sổ nhật ký" };
  },

  recordAcceptanceAction: async (r) => acceptanceInput(await r.running()),
  confirmForceMajeureAction: async (r) => {
    const { p, acceptanceId } = await acceptance(r);
    return { projectId: p.projectId, acceptanceId };
  },
  recordOutcomeAction: async (r) => {
    const { p, acceptanceId } = await acceptance(r);
    return { projectId: p.projectId, acceptanceId, beneficiaryId: p.beneficiaryIds[0], timing: "AT_ACCEPTANCE", jobsBefore: "3", jobsAfter: "5" };
  },

  stopProjectAction: async (r) => ({ projectId: (await r.running()).projectId, stoppedOn: "2026-11-01", decisionRef: "QĐ-12/2026", reason: "Cơ sở xin dừng do thiên tai" }),

  submitSettlementAction: async (r) => {
    const p = await accepted(r);
    return { projectId: p.projectId, settledAmount: "100" };
  },
  decideSettlementAction: async (r) => {
    const p = await accepted(r);
    await submitSettlement(r.world.centre, { projectId: p.projectId, settledAmount: "100" });
    return { projectId: p.projectId, decision: "RETURN", note: "Bổ sung chứng từ" };
  },
  recordLiquidationAction: async (r, base) => {
    const p = await accepted(r);
    await submitSettlement(r.world.centre, { projectId: p.projectId, settledAmount: "100" });
    await decideSettlement(base.cuc, { projectId: p.projectId, decision: "APPROVE" });
    return { projectId: p.projectId, liquidatedOn: "2026-11-25", minutesRef: "BB-TL-01" };
  },

  deleteAttachmentAction: async (r) => {
    const p = await r.project("DRAFT");
    const a = await uploadAttachment(r.world.centre, { projectId: p.id, kind: "REQUEST_LETTER" }, { name: "cong-van.pdf", bytes: samplePdf() });
    return { projectId: p.id, attachmentId: a.id };
  },
  requestDocumentsAction: async (r) => ({ projectId: (await r.project("SUBMITTED_TO_SCT")).id, note: "Đề nghị bổ sung báo giá máy sấy" }),
  fulfilDocumentRequestAction: async (r) => {
    const p = await r.project("SUBMITTED_TO_SCT");
    const req = await requestDocuments(r.world.sct, { projectId: p.id, note: "Đề nghị bổ sung báo giá máy sấy" });
    return { projectId: p.id, requestId: req.id };
  },

  submitProgressAction: async (r) => {
    const p = await r.running();
    return { projectId: p.projectId, periodMonth: "2026-10", completion: "40", lines: p.lineIds.map((budgetLineId) => ({ budgetLineId, doneQuantity: "1", costExecuted: "10" })) };
  },
  confirmProgressAction: async (r) => {
    const p = await r.running();
    const saved = await submitProgressReport(r.world.centre, { projectId: p.projectId, periodMonth: "2026-10", completion: "40", lines: p.lineIds.map((budgetLineId) => ({ budgetLineId, doneQuantity: "1", costExecuted: "10" })) });
    return { projectId: p.projectId, reportId: saved.id, version: saved.version };
  },

  saveDraftAction: async (r, base) => {
    const p = await r.project("DRAFT");
    return { id: p.id, version: p.version, title: "Hỗ trợ máy sấy chè (sửa)", planYear: 2027, endYear: 2027, fundingSource: "KCQG", kind: "STANDARD", provinceId: r.world.current.id, contentCategoryIds: [base.refs.category.id] };
  },
  submitProjectAction: async (r, base) => {
    const { saveDraft } = await import("../../../lib/projects/draft");
    const saved = await saveDraft(r.world.centre, await completeDraftInput(base.db, r.world, base.refs, "Đề án đủ hồ sơ để gửi"));
    await attachDossier(base.db, saved.id);
    return { projectId: saved.id, version: saved.version };
  },
  registerProjectAction: async (r) => {
    const p = await r.project("APPROVED_BY_SCT");
    return { projectId: p.id, version: p.version };
  },
  registerProjectsAction: async (r) => {
    const p = await r.project("APPROVED_BY_SCT");
    return { items: [{ projectId: p.id, version: p.version }] };
  },
  withdrawProjectAction: async (r) => {
    const p = await r.project("SUBMITTED_TO_SCT");
    return { projectId: p.id, version: p.version, reason: "Cơ sở không còn nhu cầu hỗ trợ" };
  },
  appraiseProjectAction: async (r) => {
    const p = await r.project("SUBMITTED_TO_SCT");
    return { projectId: p.id, version: p.version, outcome: "RETURN", method: "STAFF", criteria: MET, conclusion: "Bổ sung báo giá" };
  },
  searchFacilitiesAction: async (r) => ({ q: (await r.facility()).taxCode }),

  previewExcelImport: async (r) => ({ file: await mau2Blob(r), fileName: "mau-2.xlsx" }),
  commitExcelImport: async (r) => ({ file: await mau2Blob(r), fileName: "mau-2.xlsx", mode: "ALL_OR_NOTHING" }),
  downloadRejectedRows: async (r) => ({ file: await mau2Blob(r), fileName: "mau-2.xlsx" }),

  // A KCĐP norm of the side's province.
  addNormVersionAction: async (r) => ({ code: "MMTB_TINH", fundingSource: "KCDP", provinceId: r.world.current.id, costItem: "Máy móc thiết bị tiên tiến", maxRatePercent: "50", capTrieu: "300", capUnit: "PER_FACILITY", severity: "HARD", status: "CONFIRMED", legalBasis: "Nghị quyết HĐND tỉnh số 1/2026", validFrom: "2026-12-01" }),
  // KCĐP money to the side's centre.
  recordAllocationAction: async (r) => ({ planYear: 2027, fundingSource: "KCDP", receiverId: r.world.centreOrg.id, amount: "10", allocatedOn: "2026-11-01", documentRef: "QĐ-5/2026" }),

  recordEntryAction: async (r) => ({ contractId: (await r.running()).contractId, kind: "ADVANCE", fundingSource: "KCQG", amount: "10", occurredOn: "2026-07-01", voucherRef: `PC-${key().slice(0, 6)}`, idempotencyKey: key() }),
  reverseEntryAction: async (r, base) => ({ entryId: (await entry(r, base)).entryId, occurredOn: "2026-07-02", voucherRef: `DC-${key().slice(0, 6)}`, reason: "Ghi nhầm số tiền", idempotencyKey: key() }),
  confirmEntryAction: async (r, base) => ({ entryId: (await entry(r, base)).entryId }),
  closeYearAction: async (r) => ({ contractId: (await r.running()).contractId, year: 2026, reference: "BB-10/2026" }),

  signContractAction: async (r) => ({ projectId: (await r.project("IN_PLAN")).id, role: "MAIN", number: `HĐ-${key().slice(0, 6)}`, signedOn: "2026-11-02", startsOn: "2026-11-05", endsOn: "2027-10-31", value: "300" }),
  amendContractAction: async (r) => ({ contractId: (await r.running()).contractId, version: 1, signedOn: "2026-11-10", startsOn: "2026-06-01", endsOn: "2027-12-31", value: "200", counterpartValue: "300", reason: "Gia hạn thời gian thực hiện" }),

  // Plans: side A is the provincial (KCĐP) plan of A, side B that of B.
  createPlanAction: async () => ({ year: 2027, level: "PROVINCIAL", envelope: "5000" }),
  includeProjectsAction: async (r, base) => ({ planId: (await provincialPlan(r, base)).id }),
  addTaskAction: async (r, base) => ({ planId: (await provincialPlan(r, base)).id, taskTitle: "Tập huấn khởi sự", implementerId: r.world.centreOrg.id, amount: "10" }),
  removeItemAction: async (r, base) => {
    const plan = await provincialPlan(r, base);
    const added = await addTask(r.world.sct, { planId: plan.id, taskTitle: "Nhiệm vụ để gỡ", implementerId: r.world.centreOrg.id, amount: "5" });
    return { planId: plan.id, itemId: added.id };
  },
  issuePlanAction: async (r, base) => ({ planId: (await provincialPlan(r, base)).id, decision: { ...decision, number: String(Math.floor(Math.random() * 1e6)) } }),
  requestAdjustmentAction: async (r, base) => {
    const plan = await issuedPlan(r, base);
    const p = await r.project("IN_PLAN", "KCDP");
    const version = await base.db.planVersion.findFirstOrThrow({ where: { planId: plan.id, decisionId: { not: null } }, orderBy: { versionNo: "desc" }, select: { id: true } });
    await base.db.planItem.create({ data: { planVersionId: version.id, projectId: p.id, implementerId: r.world.centreOrg.id, provinceId: r.world.current.id, amount: 300_000_000n } });
    return { planId: plan.id, kind: "CHANGE_CONTENT", projectId: p.id, reason: "Đổi nội dung tập huấn cho phù hợp" };
  },
  decideAdjustmentAction: async (r, base) => {
    const plan = await provincialPlan(r, base);
    const adjustment = await base.db.planAdjustment.create({ data: { planId: plan.id, kind: "CHANGE_CONTENT", authority: "SCT", reason: "Đổi nội dung tập huấn", requestedById: r.world.centre.userId }, select: { id: true } });
    return { planId: plan.id, adjustmentId: adjustment.id, outcome: "REJECT", note: "Không đủ căn cứ điều chỉnh" };
  },

  extendDeadlineAction: async () => ({ year: 2027, until: "2027-01-31", reason: "Gia hạn do sáp nhập tỉnh" }),
  addNextPlanYearAction: async () => ({}),

  // Users: accounts of the side's SCT.
  createUserAction: async (r) => ({ email: `${key().slice(0, 8)}@sct.gov.vn`, name: "Cán bộ mới", organisationId: r.world.sctOrg.id, roles: ["SCT"], scope: `PROVINCE:${r.world.current.id}` }),
  setUserActiveAction: async (r) => ({ userId: (await r.extraUser()).userId, active: false }),
  resetPasswordAction: async (r) => ({ userId: (await r.extraUser()).userId }),

  // Tokens: side A is the caller's own, side B someone else's.
  createApiTokenAction: async () => ({ name: "Báo cáo tự động", expiresOn: "" }),
  revokeApiTokenAction: async (r, _base, caller) => {
    const owner = r.side === "A" && caller.actor ? caller.actor : await r.extraUser();
    return { id: (await createApiToken(owner, { name: "Mã thử", expiresOn: "" })).id };
  },
  changeOwnPasswordAction: async () => ({ currentPassword: "sai-mat-khau", newPassword: "Mật-khẩu-mới-2026!", confirmPassword: "Mật-khẩu-mới-2026!" }),

  // Ministry appraisal and councils (the Cục's work).
  openAppraisalAction: async (r) => {
    const p = await r.project("REGISTERED");
    return { projectId: p.id, version: p.version };
  },
  decideAppraisalAction: async (r) => {
    const p = await r.project("UNDER_CUC_APPRAISAL");
    return { projectId: p.id, version: p.version, outcome: "RETURN", criteria: MET, conclusion: "Bổ sung hồ sơ" };
  },
  createCouncilAction: async () => ({ planYear: 2027, name: "Hội đồng thẩm định thử", members: [{ name: "Chủ tịch", role: "CHAIR" }, { name: "Thư ký", role: "SECRETARY" }, { name: "Ủy viên", role: "MEMBER" }] }),
  assignToCouncilAction: async (r, base) => {
    const council = await createCouncil(base.cuc, { planYear: 2027, name: "Hội đồng thẩm định thử", members: [{ name: "Chủ tịch", role: "CHAIR" }, { name: "Thư ký", role: "SECRETARY" }, { name: "Ủy viên", role: "MEMBER" }] });
    const p = await r.project("REGISTERED");
    return { councilId: council.id, projectId: p.id, version: p.version };
  },
  recordAssessmentAction: async (r, base) => {
    const council = await createCouncil(base.cuc, { planYear: 2027, name: "Hội đồng thẩm định thử", members: [{ name: "Chủ tịch", role: "CHAIR" }, { name: "Thư ký", role: "SECRETARY" }, { name: "Ủy viên", role: "MEMBER" }] });
    const member = await base.db.councilMember.findFirstOrThrow({ where: { councilId: council.id }, select: { id: true } });
    const registered = await r.project("REGISTERED");
    await assignToCouncil(base.cuc, { councilId: council.id, projectId: registered.id, version: registered.version });
    const p = { id: registered.id };
    return { councilId: council.id, projectId: p.id, memberId: member.id, criteria: MET };
  },

  // Notices: side A is the caller's own, side B someone else's.
  markNoticeReadAction: async (r, base, caller) => {
    const owner = r.side === "A" && caller.actor ? caller.actor.userId : (await r.extraUser()).userId;
    return { id: (await base.db.notification.create({ data: { userId: owner, kind: "TEST", title: "Thông báo thử" }, select: { id: true } })).id };
  },
  markAllNoticesReadAction: async () => ({}),

  unlockAccountAction: async (r, base) => {
    const { email } = await r.extraUser();
    await base.db.signInThrottle.create({ data: { key: `account:${email}`, failures: 10, lockedUntil: new Date(Date.now() + 3_600_000) } });
    return { email };
  },
  redeemPasswordResetAction: async () => ({ token: "khong-ton-tai", newPassword: "Mật-khẩu-mới-2026!", confirmPassword: "Mật-khẩu-mới-2026!" }),
};
