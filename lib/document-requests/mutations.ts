import "server-only";
// Asking for and supplying documents during the SCT's appraisal. Each step locks the đề án (so a
// decision cannot slip in between), records itself with an audit entry, and tells the other side;
// supplying them resolves the implementer's notice.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db/client";
import { ForbiddenError, InvalidTransitionError, NotFoundError } from "../errors";
import { notify, resolveNotices } from "../notifications/notify";
import { lockProject } from "../projects/mutations";
import { partiesOf } from "../projects/policy";
import { canFulfilDocumentRequest, canRequestDocuments } from "./policy";
import { FulfilDocumentRequestInputSchema, RequestDocumentsInputSchema } from "./schemas";

const subjectOf = (requestId: string) => `documents:${requestId}`;

export async function requestDocuments(actor: Actor, raw: unknown): Promise<{ id: string }> {
  const input = RequestDocumentsInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const project = await lockProject(tx, actor, input.projectId);
    const parties = partiesOf(actor, project);
    if (!parties.includes("PROVINCE_SCT")) throw new ForbiddenError("errors.documentRequests.bySctOnly");
    if (!canRequestDocuments(parties, project.status)) throw new InvalidTransitionError("errors.documentRequests.notUnderAppraisal");
    const created = await tx.documentRequest.create({ data: { projectId: project.id, note: input.note, requestedById: actor.userId }, select: { id: true } });
    const { code } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { code: true } });
    await notify(tx, { organisationIds: [project.implementerId] }, { kind: "DOCUMENTS_REQUESTED", title: `Sở đề nghị bổ sung hồ sơ đề án ${code}`, body: input.note, link: `/de-an/${project.id}#document-requests`, subject: subjectOf(created.id) });
    await recordAudit(tx, actor, { action: "documents.request", entityType: "DocumentRequest", entityId: created.id, projectId: project.id, data: { note: input.note } });
    return created;
  });
}

export async function fulfilDocumentRequest(actor: Actor, raw: unknown): Promise<{ id: string }> {
  const input = FulfilDocumentRequestInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    const found = await tx.documentRequest.findUnique({ where: { id: input.requestId }, select: { projectId: true } });
    if (!found) throw new NotFoundError("record");
    // Another province's request is "not found" exactly like a missing one: no existence oracle.
    const project = await lockProject(tx, actor, found.projectId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError("record") : error;
    });
    const request = await tx.documentRequest.findUniqueOrThrow({ where: { id: input.requestId }, select: { id: true, fulfilledAt: true, requestedById: true } });
    const parties = partiesOf(actor, project);
    if (!parties.includes("IMPLEMENTER")) throw new ForbiddenError("errors.documentRequests.byImplementerOnly");
    if (!canFulfilDocumentRequest(parties, project.status)) throw new InvalidTransitionError("errors.documentRequests.notUnderAppraisal");
    if (request.fulfilledAt) throw new InvalidTransitionError("errors.documentRequests.alreadyFulfilled");
    await tx.documentRequest.update({ where: { id: request.id }, data: { fulfilledAt: new Date(), fulfilledById: actor.userId } });
    await resolveNotices(tx, subjectOf(request.id));
    const { code } = await tx.project.findUniqueOrThrow({ where: { id: project.id }, select: { code: true } });
    if (request.requestedById) await notify(tx, { userIds: [request.requestedById] }, { kind: "DOCUMENTS_SUPPLIED", title: `Đơn vị đã bổ sung hồ sơ đề án ${code}`, link: `/de-an/${project.id}#document-requests` });
    await recordAudit(tx, actor, { action: "documents.fulfil", entityType: "DocumentRequest", entityId: request.id, projectId: project.id });
    return { id: request.id };
  });
}
