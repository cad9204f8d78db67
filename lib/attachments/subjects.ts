// Files that document something inside a đề án (decision 021): a progress report, an inspection
// or one of its findings. The subject must belong to the same đề án (else "not found", like a
// forged id) and be open to the actor: the implementer on its unconfirmed reports; the
// inspecting organisation on its inspection; the implementer or the inspector on an open finding.
import type { Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";
import type { AttachmentKind } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";
import { partiesOf } from "../projects/policy";

export const ATTACHMENT_SUBJECTS = ["progressReport", "inspection", "finding"] as const;
export type AttachmentSubject = (typeof ATTACHMENT_SUBJECTS)[number];

/** Kinds each subject takes, in display order. */
export const SUBJECT_KINDS: Record<AttachmentSubject, readonly AttachmentKind[]> = {
  progressReport: ["PROGRESS_REPORT", "PHOTO"],
  inspection: ["INSPECTION", "PHOTO"],
  finding: ["EVIDENCE", "PHOTO"],
};

export type SubjectLink = { progressReportId?: string; inspectionId?: string; findingId?: string };
type ProjectRef = { id: string; implementerId: string; provinceId: string | null };

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
  } else {
    const finding = await client.inspectionFinding.findFirst({ where: { id: subjectId, inspection: { projectId: project.id } }, select: { id: true, status: true, inspection: { select: { inspectorId: true } } } });
    if (!finding) throw new NotFoundError("finding");
    allowed = finding.status === "OPEN" && (implementer || inspector(finding.inspection.inspectorId));
    link = { findingId: finding.id };
  }
  if (!allowed || !SUBJECT_KINDS[subject].includes(kind)) throw new ForbiddenError("errors.attachments.subjectNotAllowed");
  return link;
}
