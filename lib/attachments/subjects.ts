// Files that document something inside a đề án (decision 021): a progress report, an inspection
// or one of its findings, a contract, an acceptance. The subject must belong to the same đề án
// (else "not found", like a forged id) and be open to the actor: the implementer on its
// unconfirmed reports; the inspecting organisation on its inspection; the implementer or the
// inspector on an open finding; bên A or bên B on a contract (the signed copy); the organiser or
// the implementer on an acceptance (the signed minutes, photos).
import type { Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import type { AttachmentKind } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";
import { partiesOf } from "../projects/policy";

export const ATTACHMENT_SUBJECTS = ["progressReport", "inspection", "finding", "contract", "acceptance"] as const;
export type AttachmentSubject = (typeof ATTACHMENT_SUBJECTS)[number];

/** Kinds each subject takes, in display order. */
export const SUBJECT_KINDS: Record<AttachmentSubject, readonly AttachmentKind[]> = {
  progressReport: ["PROGRESS_REPORT", "PHOTO"],
  inspection: ["INSPECTION", "PHOTO"],
  finding: ["EVIDENCE", "PHOTO"],
  contract: ["CONTRACT"],
  acceptance: ["ACCEPTANCE_MINUTES", "PHOTO"],
};

/** A file listed under its subject (a contract, an acceptance, a report…). */
export type SubjectFile = { id: string; fileName: string; kind: AttachmentKind };

export type SubjectLink = { progressReportId?: string; inspectionId?: string; findingId?: string; contractId?: string; acceptanceId?: string };
type ProjectRef = { id: string; implementerId: string; provinceId: string | null };

const ownOrganisation = (actor: Actor, orgId: string | null) => orgId !== null && actor.organisationIds.includes(orgId);

/** Bên A or bên B adds files (the signed copy) to a contract. */
export function mayAttachToContract(actor: Actor, contract: { partyAId: string; partyBId: string | null }): boolean {
  return ownOrganisation(actor, contract.partyAId) || ownOrganisation(actor, contract.partyBId);
}

/** The organiser of the acceptance or the đề án's implementer adds its signed minutes and photos. */
export function mayAttachToAcceptance(actor: Actor, project: ProjectRef, acceptance: { organiserId: string }): boolean {
  return partiesOf(actor, project).includes("IMPLEMENTER") || ownOrganisation(actor, acceptance.organiserId);
}

/** The subject's foreign key for the new row; throws when it is elsewhere or closed to the actor. */
export async function subjectLinkFor(client: Db | Tx, actor: Actor, project: ProjectRef, subject: AttachmentSubject, subjectId: string, kind: AttachmentKind): Promise<SubjectLink> {
  const implementer = partiesOf(actor, project).includes("IMPLEMENTER");
  const inspector = (orgId: string) => actor.organisationIds.includes(orgId);
  let allowed: boolean;
  let link: SubjectLink;
  if (subject === "progressReport") {
    const report = await client.progressReport.findFirst({ where: { id: subjectId, projectId: project.id }, select: { id: true, confirmedAt: true } });
    if (!report) throw new NotFoundError("progressReport");
    allowed = implementer && report.confirmedAt === null;
    link = { progressReportId: report.id };
  } else if (subject === "inspection") {
    const inspection = await client.inspection.findFirst({ where: { id: subjectId, projectId: project.id }, select: { id: true, inspectorId: true } });
    if (!inspection) throw new NotFoundError("inspection");
    allowed = inspector(inspection.inspectorId);
    link = { inspectionId: inspection.id };
  } else if (subject === "contract") {
    const contract = await client.contract.findFirst({ where: { id: subjectId, projectId: project.id }, select: { id: true, partyAId: true, partyBId: true } });
    if (!contract) throw new NotFoundError("contract");
    allowed = mayAttachToContract(actor, contract);
    link = { contractId: contract.id };
  } else if (subject === "acceptance") {
    const acceptance = await client.acceptance.findFirst({ where: { id: subjectId, projectId: project.id }, select: { id: true, organiserId: true } });
    if (!acceptance) throw new NotFoundError("record");
    allowed = mayAttachToAcceptance(actor, project, acceptance);
    link = { acceptanceId: acceptance.id };
  } else {
    const finding = await client.inspectionFinding.findFirst({ where: { id: subjectId, inspection: { projectId: project.id } }, select: { id: true, status: true, inspection: { select: { inspectorId: true } } } });
    if (!finding) throw new NotFoundError("finding");
    allowed = finding.status === "OPEN" && (implementer || inspector(finding.inspection.inspectorId));
    link = { findingId: finding.id };
  }
  if (!allowed || !SUBJECT_KINDS[subject].includes(kind)) throw new ForbiddenError("errors.attachments.subjectNotAllowed");
  return link;
}
