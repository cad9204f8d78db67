import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { toCheckView } from "@/lib/projects/check-view";
import { checkProject } from "@/lib/projects/checks";
import { editorOptions, loadDraft } from "@/lib/projects/editor-data";
import { ProjectEditor } from "../../_components/editor/project-editor";
import { orNotFound } from "@/app/(app)/or-not-found";

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const draft = await orNotFound(loadDraft(actor, id));
  const t = await getTranslations();
  const [options, checks] = await Promise.all([editorOptions(actor), checkProject(actor, id)]);
  return (
    <div>
      <Link href={`/de-an/${id}`} className="text-sm text-blue-700 hover:underline">← {t("editor.back")}</Link>
      <PageHeader title={t("editor.editTitle", { code: draft.code })}>
        {draft.editable ? null : t("editor.readOnly", { status: t(`status.${draft.status}`) })}
      </PageHeader>
      <ProjectEditor options={options} checks={toCheckView(checks)} readOnly={!draft.editable} initial={draft.input} initialFacilities={draft.facilities} />
    </div>
  );
}
