import "server-only";
// Notices along the registration chain: whoever must act next (or the implementer, at every
// decision) hears of a step in the same transaction that records it. Called from applyTransition,
// so every path that moves a đề án (workflow, appraisals, the generic transition) notifies alike.
import type { Tx } from "../db/client";
import type { OrganisationKind, ProjectStatus } from "../db/generated/enums";
import { notify, resolveNotices, type Audience, type Notice } from "../notifications/notify";
import type { ProjectForTransition } from "./mutations";

type Step = { to: "implementer" | "sct" | "cuc"; kind: Notice["kind"]; title: (code: string) => string; link: (id: string) => string };

const deAn = (id: string) => `/de-an/${id}`;
const appraisal = (id: string) => `/tham-dinh/${id}`;

const STEPS: Partial<Record<ProjectStatus, Step>> = {
  SUBMITTED_TO_SCT: { to: "sct", kind: "PROJECT_AWAITING", title: (c) => `Đề án ${c} đã nộp, chờ Sở thẩm định`, link: deAn },
  REGISTERED: { to: "cuc", kind: "PROJECT_AWAITING", title: (c) => `Đề án ${c} đã đăng ký, chờ thẩm định cấp Bộ`, link: appraisal },
  APPROVED_BY_SCT: { to: "implementer", kind: "DECISION_ISSUED", title: (c) => `Đề án ${c} được Sở thông qua`, link: deAn },
  RETURNED_BY_SCT: { to: "implementer", kind: "PROJECT_RETURNED", title: (c) => `Đề án ${c} bị Sở trả lại`, link: deAn },
  REJECTED_BY_SCT: { to: "implementer", kind: "DECISION_ISSUED", title: (c) => `Đề án ${c} bị Sở không thông qua`, link: deAn },
  APPROVED_BY_CUC: { to: "implementer", kind: "DECISION_ISSUED", title: (c) => `Đề án ${c} được Cục thông qua`, link: deAn },
  RETURNED_BY_CUC: { to: "implementer", kind: "PROJECT_RETURNED", title: (c) => `Đề án ${c} bị Cục trả lại`, link: deAn },
  REJECTED_BY_CUC: { to: "implementer", kind: "DECISION_ISSUED", title: (c) => `Đề án ${c} bị Cục không thông qua`, link: deAn },
};

const WITHDRAWN: Step = { to: "sct", kind: "PROJECT_WITHDRAWN", title: (c) => `Đề án ${c} đã được đơn vị rút lại`, link: deAn };

async function organisationsOf(tx: Tx, kind: OrganisationKind, provinceId: string | null): Promise<string[]> {
  const rows = await tx.organisation.findMany({ where: { kind, validTo: null, ...(kind === "SCT" ? { provinceId: provinceId ?? "" } : {}) }, select: { id: true } });
  return rows.map((r) => r.id);
}

async function audienceOf(tx: Tx, step: Step, project: ProjectForTransition, local: boolean): Promise<Audience> {
  if (step.to === "implementer") return { organisationIds: [project.implementerId] };
  // KCĐP đề án are appraised by the province itself (TT 46/2012 Điều 8), so "the Cục" is the SCT.
  const kind = step.to === "sct" || local ? "SCT" : "CUC";
  return { organisationIds: await organisationsOf(tx, kind, project.provinceId) };
}

/**
 * Writes the notice for the step `project.status → to`, if the chain has one. Any step handles
 * what the earlier notices about the đề án asked for, so they are resolved first.
 */
export async function noticeStep(tx: Tx, project: ProjectForTransition, to: ProjectStatus, comment: string, local: boolean): Promise<void> {
  await resolveNotices(tx, `project:${project.id}`);
  const step = project.status === "SUBMITTED_TO_SCT" && to === "DRAFT" ? WITHDRAWN : STEPS[to];
  if (!step) return;
  const { code, title } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { code: true, title: true } });
  const link = local && step.to === "cuc" ? deAn(project.id) : step.link(project.id);
  await notify(tx, await audienceOf(tx, step, project, local), { kind: step.kind, title: step.title(code), body: comment ? `${title}: ${comment}` : title, link, subject: `project:${project.id}` });
}
