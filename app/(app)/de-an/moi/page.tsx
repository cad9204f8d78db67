import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { canDraftProject } from "@/lib/projects/policy";
import { requireActor } from "@/lib/auth/session";
import { nextPlanYear } from "@/lib/calendar";
import { emptyDraft } from "@/lib/projects/draft-input";
import { editorOptions } from "@/lib/projects/editor-data";
import { notFound } from "next/navigation";
import { ProjectEditor } from "../_components/editor/project-editor";

export default async function NewProjectPage() {
  const actor = await requireActor();
  if (!canDraftProject(actor)) notFound();
  const t = await getTranslations("editor");
  const options = await editorOptions(actor);
  const firstOpen = options.years.find((y) => y.open) ?? options.years[0];
  const year = firstOpen?.year ?? nextPlanYear();
  const ownProvince = options.provinces.length === 1 ? options.provinces[0]!.id : null;
  return (
    <div>
      <PageHeader title={t("newTitle")} />
      <ProjectEditor
        options={options}
        checks={null}
        readOnly={false}
        initialFacilities={[]}
        initial={emptyDraft(year, ownProvince)}
      />
    </div>
  );
}
