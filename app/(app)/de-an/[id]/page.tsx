import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format";
import { nameAt } from "@/lib/organisations/names";
import { reportReturnPath } from "@/lib/reports/links";
import { getProject, type ProjectDetail } from "@/lib/projects/queries";
import { stepsFor } from "@/lib/projects/steps";
import { Appraisals } from "./_sections/appraisals";
import { ProjectContent } from "./_sections/project-content";
import { AttachmentsSection } from "./tai-lieu/attachments-section";
import { DocumentRequestsSection } from "./tai-lieu/document-requests-section";
import { FullTimeline } from "./_sections/full-timeline";
import { ImplementationNav } from "./_sections/implementation-nav";
import { MoneyPanel } from "./_sections/money-panel";
import { WorkflowPanel } from "./_sections/workflow-panel";
import { orNotFound } from "@/app/(app)/or-not-found";

async function load(id: string): Promise<ProjectDetail> {
  const actor = await requireActor();
  return orNotFound(getProject(actor, id));
}

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const project = await load((await params).id);
  const offer = await stepsFor(actor, project);
  const t = await getTranslations();
  // Opened from a report's drill-down, the way back is that report with its filters.
  const fromReport = reportReturnPath((await searchParams).from);
  const facts: [string, string][] = [
    [t("projects.code"), project.code],
    [t("projects.planYear"), project.endYear > project.planYear ? t("projects.multiYear", { from: project.planYear, to: project.endYear }) : String(project.planYear)],
    [t("projects.source"), t(`fundingSource.${project.fundingSource.code}`)],
    [t("projects.kind"), t(`projectKind.${project.kind}`)],
    [t("common.status"), t(`status.${project.status}`)],
    [t("projects.implementer"), nameAt(project.implementer.names)],
    [t("common.province"), project.province?.name ?? "—"],
    [t("projects.location"), project.locationText || "—"],
    [t("projects.totalCost"), formatMoney(project.totalCost, "trieu")],
    [t("projects.supportLabel"), formatMoney(project.supportAmount, "trieu")],
    [t("projects.counterpart"), formatMoney(project.counterpartAmount, "trieu")],
    [t("projects.approved"), project.approvedAmount === null ? "—" : formatMoney(project.approvedAmount, "trieu")],
    [t("projects.contents"), project.contents.map((c) => `${c.contentCategory.code} ${c.contentCategory.name}`).join("; ") || "—"],
  ];
  return (
    <div className="space-y-6">
      <Link href={fromReport ?? "/de-an"} className="text-sm text-blue-700 hover:underline" data-testid="project-back">← {fromReport ? t("projects.backToReport") : t("common.back")}</Link>
      <PageHeader title={project.title} />
      <WorkflowPanel projectId={project.id} offer={offer} />
      <ImplementationNav projectId={project.id} status={project.status} />
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm md:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex gap-2">
            <dt className="w-48 shrink-0 text-slate-500">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      <MoneyPanel projectId={project.id} />
      <ProjectContent actor={actor} project={project} />
      <DocumentRequestsSection projectId={project.id} />
      <AttachmentsSection projectId={project.id} />
      <Appraisals appraisals={project.appraisals} />
      <FullTimeline actor={actor} projectId={project.id} />
      <Link href={`/de-an/${project.id}/lich-su`} className="inline-block text-sm text-blue-700 hover:underline" data-testid="project-history-link">{t("audit.historyLink")}</Link>
    </div>
  );
}
