// /de-an/[id]/kiem-tra: inspections (kiểm tra, giám sát) of a đề án with their findings. Open
// findings stay listed until closed with evidence; the Cục and the province's SCT record.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttachmentUploadForm } from "@/components/attachments/upload-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/app/(app)/or-not-found";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/file-types";
import { SUBJECT_KINDS, type AttachmentSubject } from "@/lib/attachments/subjects";
import { requireActor } from "@/lib/auth/session";
import { formatDate, formatFileSize } from "@/lib/format";
import { getInspectionsPage } from "@/lib/inspections/queries";
import { CloseFindingForm } from "./close-finding-form";
import { InspectionForm } from "./inspection-form";

type File = { id: string; fileName: string; kind: string };

export default async function InspectionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const page = await orNotFound(getInspectionsPage(actor, id));
  const t = await getTranslations("inspections");
  const ta = await getTranslations("attachments");
  const files = (list: File[]) => (list.length === 0 ? null : (
    <p className="text-sm">{t("files")}: {list.map((a, i) => <span key={a.id}>{i > 0 ? ", " : ""}<a className="text-blue-700 hover:underline" href={`/de-an/${id}/tai-lieu/${a.id}`}>{a.fileName}</a> ({ta(`kind.${a.kind}`)})</span>)}</p>
  ));
  const upload = (subject: AttachmentSubject, subjectId: string) => (
    <AttachmentUploadForm uploadUrl={`/de-an/${id}/tai-lieu`} title={t(subject === "finding" ? "attachEvidence" : "attachRecord")} fields={{ subject, subjectId }} kinds={SUBJECT_KINDS[subject].map((k) => ({ value: k, label: ta(`kind.${k}`) }))} accept={ACCEPTED_EXTENSIONS.join(",")} maxBytes={MAX_ATTACHMENT_BYTES} maxLabel={formatFileSize(MAX_ATTACHMENT_BYTES)} />
  );
  return (
    <div className="space-y-5">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {page.project.title}</Link>
      <PageHeader title={t("title", { code: page.project.code })} />
      <p className="text-sm" data-testid="open-findings-count">{t("openCount", { count: page.openCount })}</p>
      {page.canRecord ? (
        <section aria-labelledby="inspection-new">
          <h2 id="inspection-new" className="mb-2 text-lg font-semibold">{t("newInspection")}</h2>
          <InspectionForm projectId={id} />
        </section>
      ) : null}
      {page.inspections.length === 0 ? <p className="text-sm text-slate-500">{t("none")}</p> : null}
      {page.inspections.map((i) => (
        <section key={i.id} className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="inspection" aria-label={t("inspectionOf", { date: formatDate(i.inspectedOn, true), by: i.inspector })}>
          <h2 className="font-semibold">{t("inspectionOf", { date: formatDate(i.inspectedOn, true), by: i.inspector })}</h2>
          <p className="text-sm"><span className="font-medium">{t("team")}:</span> {i.team.join("; ")}</p>
          <p className="whitespace-pre-line text-sm"><span className="font-medium">{t("findingsText")}:</span> {i.findings}</p>
          {i.conclusion ? <p className="whitespace-pre-line text-sm"><span className="font-medium">{t("conclusion")}:</span> {i.conclusion}</p> : null}
          {files(i.attachments)}
          {i.canAttach ? upload("inspection", i.id) : null}
          <ol className="space-y-2">
            {i.items.map((f) => (
              <li key={f.id} id={`finding-${f.id}`} className={`rounded border p-3 text-sm ${f.status === "OPEN" ? (f.overdue ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50") : "border-slate-200"}`} data-testid="finding">
                <p><span className="font-medium">{f.seq}. {f.description}</span> — {t("requiredAction")}: {f.requiredAction}</p>
                <p className="text-xs text-slate-600">
                  {t("dueOn")}: {f.dueOn ? formatDate(f.dueOn, true) : "—"} · {t(`status.${f.status}`)}{f.overdue ? ` · ${t("overdue")}` : ""}
                  {f.closedOn ? ` · ${t("closedOn", { date: formatDate(f.closedOn, true) })}` : ""}
                </p>
                {f.closingEvidence ? <p>{t("evidence")}: {f.closingEvidence}</p> : null}
                {files(f.attachments)}
                {f.canAttach ? upload("finding", f.id) : null}
                {f.canClose ? <CloseFindingForm projectId={id} findingId={f.id} version={f.version} /> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
