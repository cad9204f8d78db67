import "server-only";
// Adding and removing dossier documents of a đề án. Order matters for "nothing half-done":
// scope and rights are checked before any byte touches the disk, the file is written completely
// before its row, and the row (with its audit entry) commits in a transaction that re-checks the
// rights on the locked đề án. If that transaction fails, the file is removed again.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { db, type Db, type Tx } from "../db/client";
import type { ProjectStatus } from "../db/generated/enums";
import { DomainError, ForbiddenError, NotFoundError, zodFields } from "../errors";
import { partiesOf } from "../projects/policy";
import { checkUpload } from "./check";
import { documentsAwaited } from "../document-requests/queries";
import { canDeleteAttachment, canUploadAttachment } from "./policy";
import { subjectLinkFor, type SubjectLink } from "./subjects";
import { newStorageKey, removeStoredFile, writeStoredFile } from "./storage";
import { lockRows } from "../db/locks";
import { DeleteAttachmentInputSchema, UploadAttachmentInputSchema, type DeleteAttachmentInput, type UploadAttachmentInput } from "./schemas";
import { log } from "../log";

/** The file as received; the name is the browser's, untrusted until sanitised. */
export type IncomingFile = { name: string; bytes: Uint8Array };

export type UploadedAttachment = { id: string; fileName: string; kind: string; sizeBytes: number };

type ProjectForAttachment = { id: string; status: ProjectStatus; implementerId: string; provinceId: string | null };

const isUuid = (value: string) => z.uuid().safeParse(value).success;

async function findProjectInScope(client: Db | Tx, actor: Actor, id: string): Promise<ProjectForAttachment> {
  const project = isUuid(id)
    ? await client.project.findFirst({ where: { AND: [{ id }, projectScopeWhere(actor)] }, select: { id: true, status: true, implementerId: true, provinceId: true } })
    : null;
  if (!project) throw new NotFoundError("project");
  return project;
}

/** Serialises with status changes (lockProject takes the same row lock), so a submit cannot slip in between check and write. */
async function lockProjectInScope(tx: Tx, actor: Actor, id: string): Promise<ProjectForAttachment> {
  await lockRows(tx, "Project", [id]);
  return findProjectInScope(tx, actor, id);
}

/** The dossier's rule, or the subject's (same đề án, open to the actor); the subject's key for the row. */
async function requireUploadRight(client: Db | Tx, actor: Actor, project: ProjectForAttachment, input: UploadAttachmentInput): Promise<SubjectLink> {
  if (input.subject) {
    if (!input.subjectId || !isUuid(input.subjectId)) throw new NotFoundError("record");
    return subjectLinkFor(client, actor, project, input.subject, input.subjectId, input.kind);
  }
  if (!canUploadAttachment(partiesOf(actor, project), project.status, input.kind, await documentsAwaited(client, project))) throw new ForbiddenError("errors.attachments.uploadNotAllowed");
  return {};
}

function parseUploadInput(raw: unknown): UploadAttachmentInput {
  const parsed = UploadAttachmentInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]?.message;
  throw new DomainError("VALIDATION", first ? "errors.common.text" : "errors.attachments.invalidInput", first ? { text: first } : {}, zodFields(parsed.error.issues, "_"));
}

export async function uploadAttachment(actor: Actor, raw: unknown, file: IncomingFile): Promise<UploadedAttachment> {
  const input = parseUploadInput(raw);
  await requireUploadRight(db(), actor, await findProjectInScope(db(), actor, input.projectId), input);
  const checked = checkUpload(file.name, file.bytes);

  const storageKey = newStorageKey();
  const { sha256 } = await writeStoredFile(storageKey, file.bytes);
  try {
    return await db().$transaction(async (tx) => {
      const project = await lockProjectInScope(tx, actor, input.projectId);
      const subject = await requireUploadRight(tx, actor, project, input);
      const row = await tx.attachment.create({
        data: { projectId: project.id, ...subject, kind: input.kind, fileName: checked.fileName, mimeType: checked.mimeType, sizeBytes: file.bytes.length, sha256, storageKey, uploadedById: actor.userId },
        select: { id: true, fileName: true, kind: true, sizeBytes: true },
      });
      await recordAudit(tx, actor, { action: "attachment.upload", entityType: "Attachment", entityId: row.id, data: { projectId: project.id, ...subject, kind: row.kind, fileName: row.fileName, sizeBytes: row.sizeBytes, sha256 } });
      return row;
    });
  } catch (error) {
    // The row did not commit, so the file would be an orphan nobody can reach: remove it.
    await removeStoredFile(storageKey).catch((cleanup: unknown) => log.error("Could not remove orphan attachment file", { storageKey, error: cleanup }));
    throw error;
  }
}

export async function deleteAttachment(actor: Actor, raw: DeleteAttachmentInput): Promise<{ id: string; fileName: string }> {
  const input = DeleteAttachmentInputSchema.parse(raw);
  const removed = await db().$transaction(async (tx) => {
    const project = await lockProjectInScope(tx, actor, input.projectId);
    const attachment = isUuid(input.attachmentId)
      ? await tx.attachment.findFirst({ where: { id: input.attachmentId, projectId: project.id }, select: { id: true, kind: true, fileName: true, sha256: true, storageKey: true, uploadedById: true } })
      : null;
    if (!attachment) throw new NotFoundError("attachment");
    const uploader = attachment.uploadedById ? await tx.user.findUnique({ where: { id: attachment.uploadedById }, select: { organisationId: true } }) : null;
    const ownOrganisation = uploader !== null && actor.organisationIds.includes(uploader.organisationId);
    if (!canDeleteAttachment(partiesOf(actor, project), project.status, attachment.kind, ownOrganisation, await documentsAwaited(tx, project))) {
      throw new ForbiddenError("errors.attachments.deleteNotAllowed");
    }
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, actor, { action: "attachment.delete", entityType: "Attachment", entityId: attachment.id, data: { projectId: project.id, kind: attachment.kind, fileName: attachment.fileName, sha256: attachment.sha256 } });
    return attachment;
  });
  // After commit: a failed unlink leaves an unreferenced file (harmless, logged), never a row without its file.
  await removeStoredFile(removed.storageKey).catch((error: unknown) => log.error("Could not remove deleted attachment file", { storageKey: removed.storageKey, error }));
  return { id: removed.id, fileName: removed.fileName };
}
