// "Yêu cầu bổ sung hồ sơ" on the đề án page: the SCT's requests while it appraises, with the form
// to ask (SCT) and the button to say the documents were added (implementer).
import { getTranslations } from "next-intl/server";
import { DocumentRequestForm, FulfilRequest } from "@/components/document-requests/request-form";
import { requireActor } from "@/lib/auth/session";
import { getDocumentRequests } from "@/lib/document-requests/queries";
import { formatDate } from "@/lib/format";
import { fulfilDocumentRequestAction, requestDocumentsAction } from "./actions";

export async function DocumentRequestsSection({ projectId }: { projectId: string }) {
  const actor = await requireActor();
  const { rows, canRequest, canFulfil } = await getDocumentRequests(actor, projectId);
  if (rows.length === 0 && !canRequest) return null;
  const t = await getTranslations("documentRequests");
  return (
    <section id="document-requests" aria-labelledby="document-requests-title" className="rounded border border-amber-200 bg-amber-50 p-4" data-testid="document-requests">
      <h2 id="document-requests-title" className="mb-2 text-lg font-semibold">{t("title")}</h2>
      {rows.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="rounded border border-amber-200 bg-white p-3 text-sm" data-testid="document-request">
            <p className="whitespace-pre-line">{r.note}</p>
            <p className="mt-1 text-xs text-slate-700">{t("requested", { by: r.requestedBy ?? "—", date: formatDate(r.requestedAt) })}</p>
            {canFulfil ? (
              <FulfilRequest projectId={projectId} requestId={r.id} fulfilled={r.fulfilledAt ? t("fulfilled", { date: formatDate(r.fulfilledAt), by: r.fulfilledBy ?? "—" }) : null} action={fulfilDocumentRequestAction} />
            ) : r.fulfilledAt ? (
              <p className="mt-1 text-xs font-medium text-emerald-800">{t("fulfilled", { date: formatDate(r.fulfilledAt), by: r.fulfilledBy ?? "—" })}</p>
            ) : (
              <p className="mt-2 text-xs font-medium text-amber-900">{t("open")}</p>
            )}
          </li>
        ))}
      </ul>
      {canRequest ? <DocumentRequestForm projectId={projectId} action={requestDocumentsAction} /> : null}
    </section>
  );
}
