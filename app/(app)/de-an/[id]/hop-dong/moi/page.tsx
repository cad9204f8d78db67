// Signing a contract of a đề án: the main contract or task assignment (bên A the Cục or the SCT)
// or a support contract with a beneficiary (bên A the implementer), as lib/contracts/policy allows.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatIsoDay, vietnamToday } from "@/lib/calendar";
import { mainContractKind, signableRoles } from "@/lib/contracts/policy";
import { contractFormData, scheduleRuleFor } from "@/lib/contracts/queries";
import { formatMoney, toMoneyInput } from "@/lib/format";
import { orNotFound } from "@/app/(app)/or-not-found";
import { ContractForm } from "./contract-form";

export default async function NewContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const project = await orNotFound(contractFormData(actor, (await params).id));
  const t = await getTranslations("contracts");
  const roles = signableRoles(actor, project);
  const today = vietnamToday();
  const rule = await scheduleRuleFor(project.contents.map((c) => c.contentCategory.code), today);
  const kind = mainContractKind(project.implementer.kind);
  const contracted = new Set(project.contracts.map((c) => c.beneficiaryId));
  const beneficiaries = project.beneficiaries.map((b) => ({ id: b.id, label: `${b.facility.name} (${b.facility.taxCode}) – ${t("supportOf", { amount: formatMoney(b.supportAmount) })}${contracted.has(b.id) ? ` – ${t("alreadyContracted")}` : ""}` }));
  const iso = formatIsoDay(today);
  const suggested = project.approvedAmount ?? project.supportAmount;
  return (
    <div className="space-y-4">
      <Link href={`/de-an/${project.id}`} className="text-sm text-blue-700 hover:underline">← {project.code}</Link>
      <PageHeader title={t("newTitle")}>{project.code} – {project.title} · {project.implementerName}</PageHeader>
      {roles.length ? (
        <ContractForm
          projectId={project.id}
          roles={roles}
          mainLabel={t(`kind.${kind}`)}
          beneficiaries={beneficiaries}
          rule={rule}
          defaults={{ signedOn: iso, startsOn: iso, endsOn: "", value: roles[0] === "MAIN" && suggested > 0n ? toMoneyInput(suggested) : "", counterpartValue: roles[0] === "MAIN" ? toMoneyInput(project.counterpartAmount) : "", terms: "" }}
        />
      ) : <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600">{t("nothingToSign")}</p>}
    </div>
  );
}
