// The đề án page's implementation line: its contracts, and the places where the work after the
// plan is recorded (progress, inspection, acceptance, settlement, stopping), once it is in a plan.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isInImplementation, type ProjectStatus } from "@/lib/projects/statuses";
import { ProjectContracts } from "@/app/(app)/hop-dong/_components/project-contracts";

const PLACES = [
  ["tien-do", "progress.link"],
  ["kiem-tra", "inspections.link"],
  ["nghiem-thu", "acceptance.link"],
  ["quyet-toan", "settlement.link"],
  ["ngung", "stop.link"],
] as const;

export async function ImplementationNav({ projectId, status }: { projectId: string; status: ProjectStatus }) {
  if (!isInImplementation(status)) return null;
  const t = await getTranslations();
  return (
    <section aria-labelledby="implementation-heading" className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <h2 id="implementation-heading" className="font-semibold">{t("projects.implementation")}</h2>
      <ProjectContracts projectId={projectId} />
      <nav aria-label={t("projects.implementation")} className="flex flex-wrap gap-4 text-sm">
        {PLACES.map(([segment, key]) => (
          <Link key={segment} href={`/de-an/${projectId}/${segment}`} className="text-blue-700 hover:underline">{t(key)}</Link>
        ))}
      </nav>
    </section>
  );
}
