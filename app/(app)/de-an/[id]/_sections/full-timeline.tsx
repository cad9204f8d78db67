// The đề án's timeline of every event and document (issue #8 item 8), oldest first, each linked
// to where it is recorded.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Actor } from "@/lib/auth/actor";
import { listProjectTimeline } from "@/lib/timeline/queries";

export async function FullTimeline({ actor, projectId }: { actor: Actor; projectId: string }) {
  const t = await getTranslations();
  const events = await listProjectTimeline(actor, projectId);
  return (
    <section>
      <h2 className="mb-2 text-lg font-semibold">{t("projects.timeline")}</h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-500">{t("projects.noTimeline")}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-blue-200 pl-4" data-testid="timeline">
          {events.map((e) => {
            const text = t(`timeline.${e.kind}`, { ...e.params, status: e.status ? t(`status.${e.status}`) : "" });
            return (
              <li key={`${e.kind}-${e.id}`} className="text-sm" data-kind={e.kind}>
                <span className="font-medium">{e.href ? <Link className="text-blue-800 hover:underline" href={e.href}>{text}</Link> : text}</span>
                <span className="ml-2 text-slate-500">{e.at ? formatDateTime(e.at) : formatDate(e.day, true)}{e.kind === "status" ? ` · ${e.params.actor || t("projects.system")}` : ""}</span>
                {e.kind === "status" && e.params.comment ? <p className="text-slate-700">{e.params.comment}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
