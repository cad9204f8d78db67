import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getProject } from "@/lib/projects/queries";
import { stepsFor } from "@/lib/projects/steps";
import { missingDossierForSheet } from "@/lib/appraisals/queries";
import { AppraisalForm } from "../../_components/workflow/appraisal-form";
import { orNotFound } from "@/app/(app)/or-not-found";

export default async function AppraisalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const project = await orNotFound(getProject(actor, id));
  const offer = await stepsFor(actor, project);
  if (!offer.steps.includes("APPRAISE")) notFound();
  const t = await getTranslations("workflow");
  return (
    <div className="space-y-3">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {project.title}</Link>
      <PageHeader title={t("appraisalTitle", { code: project.code })} />
      <AppraisalForm projectId={id} version={offer.version} missingDossier={await missingDossierForSheet(actor, id)} />
    </div>
  );
}
