// The files attached to one subject inside a đề án (a contract, an acceptance…) with links to
// download them, and the upload form when the actor may add one (lib/attachments/subjects.ts).
import { getTranslations } from "next-intl/server";
import { AttachmentUploadForm } from "@/components/attachments/upload-form";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/file-types";
import { SUBJECT_KINDS, type AttachmentSubject, type SubjectFile } from "@/lib/attachments/subjects";
import { formatFileSize } from "@/lib/format";

export async function SubjectFiles({ projectId, subject, subjectId, files, mayAttach, title }: { projectId: string; subject: AttachmentSubject; subjectId: string; files: readonly SubjectFile[]; mayAttach: boolean; title: string }) {
  const ta = await getTranslations("attachments");
  return (
    <div className="space-y-2 text-sm" data-testid={`${subject}-files`}>
      <p>
        <span className="font-medium">{ta("subjectFiles")}: </span>
        {files.length === 0 ? ta("noSubjectFiles") : files.map((a, i) => (
          <span key={a.id}>{i > 0 ? ", " : ""}<a className="text-blue-700 hover:underline" href={`/de-an/${projectId}/tai-lieu/${a.id}`}>{a.fileName}</a> ({ta(`kind.${a.kind}`)})</span>
        ))}
      </p>
      {mayAttach ? (
        <AttachmentUploadForm uploadUrl={`/de-an/${projectId}/tai-lieu`} title={title} fields={{ subject, subjectId }} kinds={SUBJECT_KINDS[subject].map((k) => ({ value: k, label: ta(`kind.${k}`) }))} accept={ACCEPTED_EXTENSIONS.join(",")} maxBytes={MAX_ATTACHMENT_BYTES} maxLabel={formatFileSize(MAX_ATTACHMENT_BYTES)} />
      ) : null}
    </div>
  );
}
