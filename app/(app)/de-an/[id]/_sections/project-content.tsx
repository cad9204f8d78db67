// The đề án as registered (TT 36/2013 Điều 5, Mẫu 1): need, objectives, scale, organisation,
// effects, work items, partners, budget and beneficiaries with their earlier support. One
// read-only view for the đề án page and the Cục's appraisal page, so the appraiser needs one page.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/auth/actor";
import { earlierSupportOf } from "@/lib/facilities/earlier-support";
import { formatAmount, formatDate } from "@/lib/format";
import type { ProjectDetail } from "@/lib/projects/queries";

export async function ProjectContent({ actor, project }: { actor: Actor; project: ProjectDetail }) {
  const t = await getTranslations();
  const earlier = await earlierSupportOf(actor, project.beneficiaries.map((b) => b.facility.id), project.id);
  const texts: [string, string][] = [
    [t("projects.needAndBasis"), project.needAndBasis],
    [t("projects.objectives"), project.objectives],
    [t("editor.scale"), project.scale],
    [t("editor.arrangements"), project.arrangements],
    [t("projects.expectedEffects"), project.expectedEffects],
  ];
  return (
    <section aria-labelledby="project-content" className="space-y-4" data-testid="project-content">
      <h2 id="project-content" className="text-lg font-semibold">{t("projects.content")}</h2>
      <dl className="space-y-3 rounded border border-slate-200 bg-white p-4 text-sm">
        {texts.map(([label, value]) => (
          <div key={label}>
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className={`whitespace-pre-line ${value ? "" : "text-slate-600"}`}>{value || t("projects.notGiven")}</dd>
          </div>
        ))}
      </dl>
      <div>
        <h3 className="mb-1 font-semibold">{t("editor.workItems")}</h3>
        <DataTable
          emptyText={t("projects.noWorkItems")}
          columns={[{ key: "seq", header: "TT" }, { key: "description", header: t("projects.workItem") }, { key: "responsible", header: t("editor.responsible") }, { key: "start", header: t("editor.start") }, { key: "end", header: t("editor.end") }]}
          rows={project.workItems.map((w) => ({
            id: String(w.seq),
            cells: { seq: { text: String(w.seq) }, description: { text: w.description }, responsible: { text: w.responsible || "—" }, start: { text: w.startDate ? formatDate(w.startDate, true) : "—" }, end: { text: w.endDate ? formatDate(w.endDate, true) : "—" } },
          }))}
        />
      </div>
      <div>
        <h3 className="mb-1 font-semibold">{t("editor.partners")}</h3>
        <DataTable
          emptyText={t("projects.noPartners")}
          columns={[{ key: "name", header: t("editor.partnerName") }, { key: "role", header: t("editor.partnerRole") }]}
          rows={project.partners.map((p, i) => ({ id: String(i), cells: { name: { text: p.name }, role: { text: p.role || "—" } } }))}
        />
      </div>
      <div>
        <h3 className="mb-1 font-semibold">{t("projects.budget")}</h3>
        <DataTable
          caption={t("projects.unitTrieu")}
          emptyText={t("projects.noBudgetLines")}
          columns={[
            { key: "no", header: "TT" },
            { key: "item", header: t("projects.budgetItem") },
            { key: "norm", header: t("editor.norm") },
            { key: "total", header: t("projects.totalCost"), align: "right" },
            { key: "support", header: t("projects.supportLabel"), align: "right" },
            { key: "counterpart", header: t("projects.counterpart"), align: "right" },
          ]}
          rows={project.budgetLines.map((l) => ({
            id: String(l.lineNo),
            cells: {
              no: { text: String(l.lineNo), sort: l.lineNo },
              item: { text: l.item },
              // A line without a norm is appraised on the implementer's written basis.
              norm: l.supportNorm
                ? { text: `${l.supportNorm.code} ${l.supportNorm.costItem}` }
                : { text: `${t("projects.normUnchecked")}${l.normJustification ? ` — ${t("projects.normJustificationLabel")}: ${l.normJustification}` : ""}`, muted: true },
              total: { text: formatAmount(l.totalCost, "trieu") },
              support: { text: formatAmount(l.supportAmount, "trieu") },
              counterpart: { text: formatAmount(l.counterpartAmount, "trieu") },
            },
          }))}
        />
      </div>
      <div>
        <h3 className="mb-1 font-semibold">{t("projects.beneficiaries")}</h3>
        <DataTable
          caption={t("projects.unitTrieu")}
          emptyText={t("projects.noBeneficiaries")}
          columns={[{ key: "taxCode", header: t("facilities.taxCode") }, { key: "name", header: t("common.name") }, { key: "support", header: t("projects.support"), align: "right" }, { key: "earlier", header: t("projects.earlierSupport") }]}
          rows={project.beneficiaries.map((b) => {
            const e = earlier.get(b.facility.id);
            return {
              id: b.facility.id,
              cells: {
                taxCode: { text: b.facility.taxCode, href: `/co-so/${b.facility.id}` },
                name: { text: b.facility.name },
                support: { text: formatAmount(b.supportAmount, "trieu") },
                earlier: e ? { text: t("projects.earlierSupportText", { count: e.count, total: formatAmount(e.total, "trieu"), years: e.years.join(", ") }) } : { text: t("projects.noEarlierSupport"), muted: true },
              },
            };
          })}
        />
      </div>
    </section>
  );
}
