// The list of a đề án's documents. Presentational: rows arrive formatted from the server, and the
// file name links to the authorised download route (a plain <a>, not next/link: it is a file).
import { useTranslations } from "next-intl";
import { DeleteAttachmentButton, type DeleteAttachment } from "./delete-attachment-button";

export type AttachmentListItem = {
  id: string;
  fileName: string;
  kindLabel: string;
  size: string;
  uploader: string;
  uploadedOn: string;
  href: string;
  canDelete: boolean;
};

export function AttachmentTable({ projectId, items, deleteAction }: { projectId: string; items: AttachmentListItem[]; deleteAction: DeleteAttachment }) {
  const t = useTranslations("attachments");
  if (items.length === 0) return <p className="rounded border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500">{t("empty")}</p>;
  const withActions = items.some((i) => i.canDelete);
  const th = "px-3 py-2 text-left font-semibold text-slate-700";
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="attachment-list">
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t("fileName")}</th>
            <th scope="col" className={th}>{t("kindLabel")}</th>
            <th scope="col" className={`${th} text-right`}>{t("size")}</th>
            <th scope="col" className={th}>{t("uploader")}</th>
            <th scope="col" className={th}>{t("uploadedOn")}</th>
            {withActions ? <th scope="col" className={th}><span className="sr-only">{t("actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-t border-slate-100">
              <td className="px-3 py-2">
                <a href={item.href} download className="break-all text-blue-700 hover:underline" title={t("download", { name: item.fileName })}>
                  {item.fileName}
                </a>
              </td>
              <td className="px-3 py-2">{item.kindLabel}</td>
              <td className="px-3 py-2 text-right tabular-nums">{item.size}</td>
              <td className="px-3 py-2">{item.uploader}</td>
              <td className="px-3 py-2 tabular-nums">{item.uploadedOn}</td>
              {withActions ? (
                <td className="px-3 py-2 text-right">
                  {item.canDelete ? <DeleteAttachmentButton projectId={projectId} attachmentId={item.id} fileName={item.fileName} action={deleteAction} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
