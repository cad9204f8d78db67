import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import type { DayGroup, NoticeRow } from "@/lib/notifications/group";
import { listMyNotices } from "@/lib/notifications/queries";
import { MarkAllReadButton, MarkReadButton } from "./notice-buttons";

const KINDS = ["DEADLINE_APPROACHING", "PROJECT_RETURNED", "DECISION_ISSUED", "ADJUSTMENT_AWAITING", "PROGRESS_OVERDUE", "PROGRESS_SUBMITTED", "PROGRESS_CONFIRMED", "INSPECTION_RECORDED", "PROJECT_AWAITING", "PROJECT_WITHDRAWN", "DOCUMENTS_REQUESTED", "DOCUMENTS_SUPPLIED"];

export default async function NotificationsPage() {
  const actor = await requireActor();
  const t = await getTranslations("notifications");
  const notices = await listMyNotices(actor);
  const kindLabel = (kind: string) => t(`kind.${KINDS.includes(kind) ? kind : "OTHER"}`);
  const days = (groups: DayGroup<NoticeRow>[], unread: boolean) =>
    groups.map((g) => (
      <section key={g.day} className="mb-3" data-testid={unread ? "unread-day" : "read-day"}>
        <h3 className="mb-1 text-sm font-semibold text-slate-600">{g.day}</h3>
        <ul className="divide-y rounded border border-slate-200 bg-white">
          {g.notices.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-2 px-3 py-2 ${unread ? "bg-blue-50" : ""}`} data-testid="notice">
              <div className="min-w-0">
                <div className="text-xs text-slate-600">{kindLabel(n.kind)} · {formatDateTime(n.createdAt)}{n.resolvedAt ? <span className="ml-2 rounded bg-green-100 px-1 text-green-800" data-testid="notice-resolved">{t("resolved")}</span> : null}</div>
                <div className={unread ? "font-semibold" : ""}>{n.title}</div>
                {n.body ? <div className="text-sm text-slate-700">{n.body}</div> : null}
              </div>
              <div className="flex items-center gap-2">
                {n.link ? <Link href={n.link} className="text-sm text-blue-700 hover:underline">{t("open")}</Link> : null}
                {unread ? <MarkReadButton id={n.id} label={t("markRead")} /> : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    ));
  const empty = notices.unread.length === 0 && notices.read.length === 0;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")}>{t("note")}</PageHeader>
      {empty ? <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">{t("none")}</p> : null}
      {empty ? null : (
        <>
          <div className="flex items-center justify-between">
            <h2 className="text-lg font-semibold" data-testid="unread-heading">{t("unread", { count: notices.unreadCount })}</h2>
            {notices.unreadCount > 0 ? <MarkAllReadButton label={t("markAllRead")} /> : null}
          </div>
          {notices.unread.length ? days(notices.unread, true) : <p className="text-sm text-slate-500">{t("noUnread")}</p>}
          {notices.read.length ? (
            <>
              <h2 className="text-lg font-semibold">{t("read")}</h2>
              {days(notices.read, false)}
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
