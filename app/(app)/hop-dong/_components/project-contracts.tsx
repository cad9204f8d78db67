// The đề án page's contracts line: each contract of the đề án, and signing a new one when
// lib/contracts/policy allows it for this actor now.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { signableRoles } from "@/lib/contracts/policy";
import { contractFormData } from "@/lib/contracts/queries";

export async function ProjectContracts({ projectId }: { projectId: string }) {
  const actor = await requireActor();
  const project = await contractFormData(actor, projectId);
  const t = await getTranslations("contracts");
  const canSign = signableRoles(actor, project).length > 0;
  if (!project.contracts.length && !canSign) return null;
  return (
    <section aria-label={t("title")} className="flex flex-wrap items-center gap-2 text-sm">
      <h2 className="font-semibold">{t("title")}:</h2>
      {project.contracts.map((c) => (
        <Link key={c.id} href={`/hop-dong/${c.id}`} className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-100">{t(`kind.${c.kind}`)} {c.number}</Link>
      ))}
      {canSign ? <Link href={`/de-an/${project.id}/hop-dong/moi`} className="rounded bg-blue-700 px-2 py-1 text-white hover:bg-blue-800">{t("signNew")}</Link> : null}
    </section>
  );
}
