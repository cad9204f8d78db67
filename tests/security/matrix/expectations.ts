// The declared authorization table (issue #11 §3): for every server action and route handler, who
// may act on a resource of side A (the provincial callers' own province A, inside the regional
// centre's zone) and of side B (another province). National roles cover both. A new action or route
// fails the matrix until it is declared here. "Allowed" means let in: the action ran, or a business
// rule answered after the caller was let in (docs/reliability.md explains the reading).
type Label = "ANONYMOUS" | "ADMIN" | "CUC_STAFF" | "LEADERSHIP" | "REGIONAL_CENTRE" | "SCT" | "PROVINCIAL_CENTRE";
export type Expectation = { A: readonly Label[]; B: readonly Label[] };

const SIGNED_IN: readonly Label[] = ["ADMIN", "CUC_STAFF", "LEADERSHIP", "REGIONAL_CENTRE", "SCT", "PROVINCIAL_CENTRE"];
const EVERYONE: readonly Label[] = ["ANONYMOUS", ...SIGNED_IN];
const NATIONAL: readonly Label[] = ["ADMIN", "CUC_STAFF", "LEADERSHIP"];
const none: readonly Label[] = [];
/** The same callers on both sides: the action names no resource of a province (or only the caller's own). */
const both = (...labels: readonly Label[]): Expectation => ({ A: labels, B: labels });
/** Only on side A: the province's own work, refused (as "not found") for another province's. */
const own = (...labels: readonly Label[]): Expectation => ({ A: labels, B: none });
/** The Cục's national work on any province. */
const cuc: Expectation = both("CUC_STAFF");
const admin: Expectation = both("ADMIN");

export const ACTION_EXPECTATIONS: Record<string, Expectation> = {
  setLocale: both(...EVERYONE),

  // KCĐP periodic reports: the SCT and centre for their province, the Cục for any.
  submitPeriodicReportAction: { A: ["CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },
  previewPeriodicUploadAction: { A: ["CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },
  commitPeriodicUploadAction: { A: ["CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },
  // Returns the caller's own uploaded rows with their reasons: nothing of the other province is read.
  rejectedPeriodicRowsAction: both("CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"),

  dismissRedFlagAction: { A: ["CUC_STAFF", "SCT"], B: ["CUC_STAFF"] },
  // Facility records: whoever registers beneficiaries in the province (its SCT and centre, the zone's regional centre).
  editFacilityAction: own("REGIONAL_CENTRE", "SCT", "PROVINCIAL_CENTRE"),
  // Reference data (the communes in force), the same for everyone signed in.
  listCommunesAction: both(...SIGNED_IN),

  recordInspectionAction: { A: ["CUC_STAFF", "SCT"], B: ["CUC_STAFF"] },
  // The Cục's finding: the inspector closes it, the implementer answers it.
  closeFindingAction: { A: ["CUC_STAFF", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },

  // Nghiệm thu cơ sở is the SCT's.
  recordAcceptanceAction: own("SCT"),
  confirmForceMajeureAction: own("SCT"),
  recordOutcomeAction: { A: ["CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },
  stopProjectAction: cuc,

  // Settlement: the implementer submits, the Cục (KCQG) decides and liquidates.
  submitSettlementAction: own("PROVINCIAL_CENTRE"),
  decideSettlementAction: cuc,
  recordLiquidationAction: cuc,

  // The dossier: the uploader removes its own file; the SCT asks for more, the implementer supplies it.
  deleteAttachmentAction: own("PROVINCIAL_CENTRE"),
  requestDocumentsAction: own("SCT"),
  fulfilDocumentRequestAction: own("PROVINCIAL_CENTRE"),

  // Monthly progress: the implementer reports, its SCT confirms.
  submitProgressAction: own("PROVINCIAL_CENTRE"),
  confirmProgressAction: own("SCT"),

  // Registration: the implementer drafts, submits and withdraws; the SCT appraises and registers.
  saveDraftAction: own("PROVINCIAL_CENTRE"),
  submitProjectAction: own("PROVINCIAL_CENTRE"),
  registerProjectAction: own("SCT"),
  registerProjectsAction: own("SCT"),
  withdrawProjectAction: own("PROVINCIAL_CENTRE"),
  appraiseProjectAction: own("SCT"),
  // Search finds another province's facility only for national readers.
  searchFacilitiesAction: { A: SIGNED_IN, B: NATIONAL },

  // Mẫu 2 import updating the centre's own draft: only the centre.
  previewExcelImport: own("PROVINCIAL_CENTRE"),
  commitExcelImport: own("PROVINCIAL_CENTRE"),
  // Returns the caller's own uploaded rows with their reasons.
  downloadRejectedRows: both("REGIONAL_CENTRE", "SCT", "PROVINCIAL_CENTRE"),

  // Reference data and money of the national programme.
  addNormVersionAction: admin,
  recordAllocationAction: cuc,
  // The main contract's ledger is kept by its party A, the Cục; confirmation by another Cục officer.
  recordEntryAction: cuc,
  reverseEntryAction: cuc,
  confirmEntryAction: cuc,
  closeYearAction: cuc,
  signContractAction: cuc,
  amendContractAction: cuc,

  // The province's KCĐP plan is its SCT's; createPlan names no province (it is the caller's own).
  createPlanAction: both("SCT"),
  includeProjectsAction: own("SCT"),
  addTaskAction: own("SCT"),
  removeItemAction: own("SCT"),
  issuePlanAction: own("SCT"),
  // A party to the đề án asks (its implementer, its SCT, the Cục); the plan's SCT decides.
  requestAdjustmentAction: { A: ["CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },
  decideAdjustmentAction: own("SCT"),

  extendDeadlineAction: cuc,
  addNextPlanYearAction: admin,

  createUserAction: admin,
  setUserActiveAction: admin,
  resetPasswordAction: admin,
  unlockAccountAction: admin,

  // The caller's own account: side A is the caller's own token or notice, side B someone else's.
  createApiTokenAction: both(...SIGNED_IN),
  revokeApiTokenAction: own(...SIGNED_IN),
  changeOwnPasswordAction: both(...SIGNED_IN),
  markNoticeReadAction: own(...SIGNED_IN),
  markAllNoticesReadAction: both(...SIGNED_IN),
  // Open to whoever holds a link; a wrong link is refused as a wrong link.
  redeemPasswordResetAction: both(...EVERYONE),

  // Ministry appraisal is the Cục's.
  openAppraisalAction: cuc,
  decideAppraisalAction: cuc,
  createCouncilAction: cuc,
  assignToCouncilAction: cuc,
  recordAssessmentAction: cuc,
};

/** Who reads a đề án's files: national readers, its SCT and its implementer. */
const PROJECT_READERS: Expectation = { A: [...NATIONAL, "SCT", "PROVINCIAL_CENTRE"], B: NATIONAL };
/** Reports filtered to a province: outside the caller's scope that province is "not found". */
const REPORT_READERS: Expectation = { A: SIGNED_IN, B: NATIONAL };
const CATCH_ALL_404: Expectation = { A: none, B: none };

export const ROUTE_EXPECTATIONS: Record<string, Expectation> = {
  // The template lists the caller's own provinces: it names none of side B.
  "GET app/(app)/bao-cao-dinh-ky/mau/route.ts": both("CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"),
  "GET app/(app)/bao-cao/hoi-nghi/route.ts": REPORT_READERS,
  "GET app/(app)/bao-cao/xuat/route.ts": REPORT_READERS,
  "GET app/(app)/de-an/[id]/nghiem-thu/[acceptanceId]/bien-ban/route.ts": PROJECT_READERS,
  "GET app/(app)/de-an/[id]/quyet-toan/[sheet]/route.ts": PROJECT_READERS,
  "GET app/(app)/de-an/[id]/tai-lieu/[attachmentId]/route.ts": PROJECT_READERS,
  "POST app/(app)/de-an/[id]/tai-lieu/route.ts": own("PROVINCIAL_CENTRE"),
  // Mẫu 2 of the đề án the caller sees: scoped content, no province named.
  "GET app/(app)/de-an/excel/xuat/route.ts": both(...SIGNED_IN),
  "GET app/(app)/hop-dong/[id]/pdf/route.ts": PROJECT_READERS,
  "GET app/(app)/ke-hoach/[id]/phu-luc/[format]/route.ts": PROJECT_READERS,
  "GET app/(app)/tham-dinh/hoi-dong/[councilId]/bien-ban/route.ts": cuc,
  // next-auth's own endpoints: the providers list and a sign-in attempt are open to anyone.
  "GET app/api/auth/[...nextauth]/route.ts": both(...EVERYONE),
  "POST app/api/auth/[...nextauth]/route.ts": both(...EVERYONE),
  "GET app/api/health/route.ts": both(...EVERYONE),
  "GET app/api/v1/[...path]/route.ts": CATCH_ALL_404,
  "POST app/api/v1/[...path]/route.ts": CATCH_ALL_404,
  "PUT app/api/v1/[...path]/route.ts": CATCH_ALL_404,
  "PATCH app/api/v1/[...path]/route.ts": CATCH_ALL_404,
  "DELETE app/api/v1/[...path]/route.ts": CATCH_ALL_404,
  "GET app/api/v1/openapi.json/route.ts": both(...EVERYONE),
  "POST app/api/v1/periodic-reports/route.ts": { A: ["CUC_STAFF", "SCT", "PROVINCIAL_CENTRE"], B: ["CUC_STAFF"] },
  "GET app/api/v1/reports/summary/route.ts": REPORT_READERS,
  "GET app/api/v1/reports/trend/route.ts": REPORT_READERS,
};
