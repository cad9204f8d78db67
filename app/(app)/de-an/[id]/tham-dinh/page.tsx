import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getProject } from "@/lib/projects/queries";
import { stepsFor } from "@/lib/projects/steps";
import { AppraisalForm } from "../../_components/workflow/appraisal-form";

export default async function AppraisalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const project = await getProject(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const offer = await stepsFor(actor, project);
  if (!offer.steps.includes("APPRAISE")) notFound();
  const t = await getTranslations("workflow");
  return (
    <div className="space-y-3">
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {project.title}</Link>
      <PageHeader title={t("appraisalTitle", { code: project.code })} />
      <AppraisalForm projectId={id} version={offer.version} />
    </div>
  );
}
