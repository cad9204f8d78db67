// "Hồ sơ, tài liệu đính kèm" on the đề án page: loads the documents through the actor's scope,
// formats them (vi-VN sizes, dd/mm/yyyy) and hands plain strings to the presentational pieces.
import { getTranslations } from "next-intl/server";
import { AttachmentTable } from "@/components/attachments/attachment-table";
import { AttachmentUploadForm } from "@/components/attachments/upload-form";
import { formatFileSize } from "@/lib/format";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/file-types";
import { getProjectAttachments } from "@/lib/attachments/queries";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { deleteAttachmentAction } from "./actions";

export async function AttachmentsSection({ projectId }: { projectId: string }) {
  const actor = await requireActor();
  const t = await getTranslations("attachments");
  const { rows, uploadableKinds } = await getProjectAttachments(actor, projectId);
  const base = `/de-an/${projectId}/tai-lieu`;
  return (
    <section aria-labelledby="attachments-title" data-testid="attachments">
      <h2 id="attachments-title" className="mb-2 text-lg font-semibold">{t("title")}</h2>
      <AttachmentTable
        projectId={projectId}
        deleteAction={deleteAttachmentAction}
        items={rows.map((r) => ({
          id: r.id,
          fileName: r.fileName,
          kindLabel: t(`kind.${r.kind}`),
          size: formatFileSize(r.sizeBytes),
          uploader: r.uploaderName ?? "—",
          uploadedOn: formatDate(r.uploadedAt),
          href: `${base}/${r.id}`,
          canDelete: r.canDelete,
        }))}
      />
      {uploadableKinds.length > 0 ? (
        <AttachmentUploadForm
          uploadUrl={base}
          kinds={uploadableKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          accept={ACCEPTED_EXTENSIONS.join(",")}
          maxBytes={MAX_ATTACHMENT_BYTES}
          maxLabel={formatFileSize(MAX_ATTACHMENT_BYTES)}
        />
      ) : null}
    </section>
  );
}
