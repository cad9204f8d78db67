// Amending a contract (phụ lục): only its signer (lib/contracts/policy), only while it is signed.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { formatIsoDay, vietnamToday, asCalendarDay } from "@/lib/calendar";
import { contractActions } from "@/lib/contracts/policy";
import { getContract, scheduleRuleFor } from "@/lib/contracts/queries";
import { toMoneyInput } from "@/lib/format";
import { orNotFound } from "@/app/(app)/or-not-found";
import { AmendForm } from "./amend-form";

export default async function AmendContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const contract = await orNotFound(getContract(actor, (await params).id));
  if (!contractActions(actor, contract).amend) notFound();
  const t = await getTranslations("contracts");
  const today = vietnamToday();
  const rule = await scheduleRuleFor(contract.project.contents.map((c) => c.contentCategory.code), today);
  const iso = (d: Date | null) => (d ? formatIsoDay(asCalendarDay(d)) : "");
  return (
    <div className="space-y-4">
      <Link href={`/hop-dong/${contract.id}`} className="text-sm text-blue-700 hover:underline">← {contract.number}</Link>
      <PageHeader title={t("amendTitle")}>{t("heading", { kind: t(`kind.${contract.kind}`), number: contract.number })} · {t("versionLabel")} {contract.versions[0]?.versionNo ?? 1}</PageHeader>
      <AmendForm
        contractId={contract.id}
        version={contract.version}
        rule={rule}
        defaults={{ signedOn: formatIsoDay(today), startsOn: iso(contract.startsOn), endsOn: iso(contract.endsOn), value: toMoneyInput(contract.value), counterpartValue: toMoneyInput(contract.counterpartValue), terms: contract.terms }}
      />
    </div>
  );
}
