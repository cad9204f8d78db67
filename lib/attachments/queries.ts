import "server-only";
// Reading dossier documents: always through the đề án's scope, so whoever can see the đề án can
// list and download its documents, and nobody else learns that they exist.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { projectScopeWhere } from "../auth/policy";
import { db } from "../db/client";
import type { AttachmentKind } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { partiesOf } from "../projects/policy";
import { documentsAwaited } from "../document-requests/queries";
import { canDeleteAttachment, uploadableKinds } from "./policy";
import { openStoredFile } from "./storage";
import { log } from "../log";

const isUuid = (value: string) => z.uuid().safeParse(value).success;

const rowSelect = { id: true, kind: true, fileName: true, sizeBytes: true, uploadedAt: true, uploadedById: true } satisfies Prisma.AttachmentSelect;

export type AttachmentRow = {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploaderName: string | null;
  canDelete: boolean;
};

export type ProjectAttachments = { rows: AttachmentRow[]; uploadableKinds: AttachmentKind[] };

/** The đề án's documents, newest first, and what this actor may add. NotFound outside the scope. */
export async function getProjectAttachments(actor: Actor, projectId: string): Promise<ProjectAttachments> {
  const project = isUuid(projectId)
    ? await db().project.findFirst({
        where: { AND: [{ id: projectId }, projectScopeWhere(actor)] },
        select: { id: true, status: true, implementerId: true, provinceId: true, attachments: { orderBy: { uploadedAt: "desc" }, select: rowSelect } },
      })
    : null;
  if (!project) throw new NotFoundError("project");
  const uploaderIds = [...new Set(project.attachments.map((a) => a.uploadedById).filter((id): id is string => id !== null))];
  // Attachment.uploadedById has no relation in the schema, so uploaders are looked up by id.
  const uploaders = new Map(
    (await db().user.findMany({ where: { id: { in: uploaderIds } }, select: { id: true, name: true, organisationId: true } })).map((u) => [u.id, u]),
  );
  const parties = partiesOf(actor, project);
  const context = await documentsAwaited(db(), project);
  return {
    uploadableKinds: uploadableKinds(parties, project.status, context),
    rows: project.attachments.map((a) => {
      const uploader = a.uploadedById ? uploaders.get(a.uploadedById) : undefined;
      const own = uploader !== undefined && actor.organisationIds.includes(uploader.organisationId);
      return {
        id: a.id,
        kind: a.kind,
        fileName: a.fileName,
        sizeBytes: a.sizeBytes,
        uploadedAt: a.uploadedAt,
        uploaderName: uploader?.name ?? null,
        canDelete: canDeleteAttachment(parties, project.status, a.kind, own, context),
      };
    }),
  };
}

export type AttachmentDownload = { fileName: string; mimeType: string; size: number; stream: ReadableStream<Uint8Array> };

/**
 * Opens a document for download. The attachment is found by id within a đề án the actor can see;
 * the path on disk comes from the stored key only. NotFound when missing, not visible, or when
 * the row exists but its file is gone (logged: that is an operations problem, not the user's).
 */
export async function openAttachment(actor: Actor, projectId: string, attachmentId: string): Promise<AttachmentDownload> {
  const attachment =
    isUuid(projectId) && isUuid(attachmentId)
      ? await db().attachment.findFirst({
          where: { id: attachmentId, projectId, project: projectScopeWhere(actor) },
          select: { fileName: true, mimeType: true, storageKey: true },
        })
      : null;
  if (!attachment) throw new NotFoundError("attachment");
  const file = await openStoredFile(attachment.storageKey);
  if (!file) {
    void log.error("Attachment file missing on disk", { attachmentId, storageKey: attachment.storageKey });
    throw new NotFoundError("attachment");
  }
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, ...file };
}
