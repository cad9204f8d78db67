// One Mẫu 3b report: lines, narrative, who submitted and confirmed, files; the edit form for the
// implementer before confirmation, the confirmation form for the SCT.
import { getTranslations } from "next-intl/server";
import { AttachmentUploadForm } from "@/components/attachments/upload-form";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/file-types";
import { SUBJECT_KINDS } from "@/lib/attachments/subjects";
import { formatIsoDay, type CalendarDay } from "@/lib/calendar";
import { formatDate, formatDateTime, formatFileSize, formatMoney, formatPercentBp } from "@/lib/format";
import type { ProgressReportView } from "@/lib/progress/queries";
import { formatQuantity, monthText } from "@/lib/progress/rules";
import { ConfirmProgressForm } from "./confirm-form";
import { ProgressForm, type ProgressLineField } from "./progress-form";

export async function ReportCard({ projectId, month, report, editLines }: { projectId: string; month: CalendarDay; report: ProgressReportView; editLines: ProgressLineField[] }) {
  const t = await getTranslations("progress");
  const ta = await getTranslations("attachments");
  return (
    <section id={`report-${report.id}`} aria-label={t("reportOf", { month: monthText(month) })} className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="progress-report">
      <h2 className="font-semibold">{t("reportOf", { month: monthText(month) })} · {formatPercentBp(report.completionBp)} · {formatMoney(report.completedValue, "trieu")}</h2>
      <p className="text-xs text-slate-500">
        {t("submittedBy", { name: report.submittedBy ?? "—", at: formatDateTime(report.submittedAt) })}
        {report.confirmedAt ? ` · ${t("confirmedBy", { name: report.confirmedBy ?? "—", at: formatDateTime(report.confirmedAt) })}` : ` · ${t("awaitingConfirmation")}`}
      </p>
      {report.confirmationNote ? <p className="text-sm">{t("confirmNote")}: {report.confirmationNote}</p> : null}
      <div className="overflow-x-auto">
      <table className="w-full text-sm [&_td]:px-2 [&_th]:px-2 [&_th]:font-medium">
        <thead><tr className="border-b text-left"><th>{t("item")}</th><th>{t("unit")}</th><th className="text-right">{t("planned")}</th><th className="text-right">{t("done")}</th><th className="text-right">{t("cost")}</th></tr></thead>
        <tbody>
          {report.lines.map((l, i) => (
            <tr key={i} className="border-b">
              <td className="py-1">{l.description}</td><td>{l.unit}</td>
              <td className="text-right">{l.planned === null ? "—" : formatQuantity(l.planned)}</td>
              <td className="text-right">{formatQuantity(l.done)}</td>
              <td className="text-right">{formatMoney(l.cost, "trieu")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {report.narrative ? <p className="whitespace-pre-line text-sm">{report.narrative}</p> : null}
      <div className="text-sm">
        <span className="font-medium">{t("files")}: </span>
        {report.attachments.length === 0 ? t("noFiles") : report.attachments.map((a, i) => (
          <span key={a.id}>{i > 0 ? ", " : ""}<a className="text-blue-700 hover:underline" href={`/de-an/${projectId}/tai-lieu/${a.id}`}>{a.fileName}</a> ({ta(`kind.${a.kind}`)})</span>
        ))}
      </div>
      {report.canEdit ? (
        <>
          <AttachmentUploadForm uploadUrl={`/de-an/${projectId}/tai-lieu`} title={t("attach")} fields={{ subject: "progressReport", subjectId: report.id }} kinds={SUBJECT_KINDS.progressReport.map((k) => ({ value: k, label: ta(`kind.${k}`) }))} accept={ACCEPTED_EXTENSIONS.join(",")} maxBytes={MAX_ATTACHMENT_BYTES} maxLabel={formatFileSize(MAX_ATTACHMENT_BYTES)} />
          <details>
            <summary className="cursor-pointer text-sm text-blue-700">{t("edit")}</summary>
            <ProgressForm projectId={projectId} months={[{ value: formatIsoDay(month).slice(0, 7), label: monthText(month) }]} report={{ id: report.id, version: report.version }} completion={formatPercentBp(report.completionBp).replace(" %", "")} narrative={report.narrative} lines={editLines} />
          </details>
        </>
      ) : null}
      {report.canConfirm ? <ConfirmProgressForm projectId={projectId} reportId={report.id} version={report.version} /> : null}
      {report.late ? <p className="text-xs text-amber-700">{t("lateNote", { date: formatDate(report.reportedOn, true) })}</p> : null}
    </section>
  );
}
