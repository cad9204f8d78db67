import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

export async function Timeline({ transitions }: { transitions: ProjectDetail["transitions"] }) {
  const t = await getTranslations();
  return (
    <section>
      <h2 className="mb-2 text-lg font-semibold">{t("projects.timeline")}</h2>
      {transitions.length === 0 ? (
        <p className="text-sm text-slate-500">{t("projects.noTimeline")}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-blue-200 pl-4" data-testid="timeline">
          {transitions.map((tr) => (
            <li key={tr.id} className="text-sm">
              <span className="font-medium">{t(`status.${tr.toStatus}`)}</span>
              <span className="ml-2 text-slate-500">{formatDateTime(tr.at)} · {tr.actor?.name ?? t("projects.system")}</span>
              {tr.comment ? <p className="text-slate-700">{tr.comment}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
