import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canAppraiseAtMinistry } from "@/lib/appraisals/policy";
import { getAppraisalTarget } from "@/lib/appraisals/council-queries";
import { requireActor } from "@/lib/auth/session";
import { formatMoney } from "@/lib/format";
import { DecisionForm } from "../_components/decision-form";
import { orNotFound } from "@/app/(app)/or-not-found";
import { getProject } from "@/lib/projects/queries";
import { ProjectContent } from "@/app/(app)/de-an/[id]/_sections/project-content";
import { Appraisals } from "@/app/(app)/de-an/[id]/_sections/appraisals";

// Thẩm định cấp Bộ of one đề án by the Cục's staff (TT 36/2013 Điều 8.2, 9).
export default async function MinistryAppraisalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!canAppraiseAtMinistry(actor)) notFound();
  const { id } = await params;
  const project = await orNotFound(getAppraisalTarget(actor, id));
  const detail = await orNotFound(getProject(actor, id));
  const t = await getTranslations();
  const open = project.status === "REGISTERED" || project.status === "UNDER_CUC_APPRAISAL";
  return (
    <div className="space-y-3">
      <Link href="/tham-dinh" className="text-sm text-blue-700 hover:underline">← {t("appraisal.back")}</Link>
      <PageHeader title={t("appraisal.appraiseTitle", { code: project.code })}>
        {project.title} · {project.implementerName} · {project.province?.name ?? "—"} · {t("appraisal.requested")}: {formatMoney(project.supportAmount)}
      </PageHeader>
      {!open ? <p role="status" className="rounded border border-amber-200 bg-amber-50 p-2 text-sm">{t("appraisal.notAppraisable", { status: t(`status.${project.status}`) })}</p> : null}
      {open && project.councilId ? <Link href={`/tham-dinh/hoi-dong/${project.councilId}`} className="text-blue-700 hover:underline">{t("appraisal.council")}</Link> : null}
      {/* The SCT's sheet and the đề án's content on the same page as the decision (issue #10). */}
      <Appraisals appraisals={detail.appraisals} />
      <ProjectContent actor={actor} project={detail} />
      {open && !project.councilId ? <DecisionForm projectId={project.id} version={project.version} code={project.code} after="/tham-dinh" /> : null}
    </div>
  );
}
