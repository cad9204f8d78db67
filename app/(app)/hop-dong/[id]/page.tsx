// One contract: parties, values, the versions with their reasons, and the schedule against the
// ledger's actual entries. Recording entries is the ledger page (/hop-dong/[id]/so-cai).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubjectFiles } from "@/components/attachments/subject-files";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { contractActions } from "@/lib/contracts/policy";
import { getContract } from "@/lib/contracts/queries";
import { getContractLedger } from "@/lib/disbursements/ledger-view";
import { formatAmount, formatDate, formatMoney } from "@/lib/format";
import { orNotFound } from "@/app/(app)/or-not-found";
import { ScheduleVsActual } from "../_components/schedule-actual";

const link = "inline-block rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100";

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const contract = await orNotFound(getContract(actor, id));
  // The ledger page's own reader: one place reads a contract's entries and measures.
  const { entries, measures } = await getContractLedger(actor, contract.id);
  const t = await getTranslations("contracts");
  const actions = contractActions(actor, contract);
  const day = (d: Date | null) => (d ? formatDate(d, true) : "—");
  const facts: [string, string, string?][] = [
    [t("project"), `${contract.project.code} – ${contract.project.title}`, `/de-an/${contract.project.id}`],
    [t("partyA"), contract.partyAName],
    [t("partyB"), contract.partyBName + (contract.beneficiary ? ` (${contract.beneficiary.facility.taxCode})` : "")],
    ...(contract.parent ? [[t("parent"), contract.parent.number, `/hop-dong/${contract.parent.id}`] as [string, string, string]] : []),
    [t("signedOn"), day(contract.signedOn)],
    [t("period"), `${day(contract.startsOn)} – ${day(contract.endsOn)}`],
    [t("value"), formatMoney(contract.value)],
    [t("counterpart"), formatMoney(contract.counterpartValue)],
    [t("statusLabel"), t(`status.${contract.status}`)],
    [t("versionLabel"), String(contract.versions[0]?.versionNo ?? 1)],
  ];
  return (
    <div className="space-y-6">
      <Link href="/hop-dong" className="text-sm text-blue-700 hover:underline">← {t("title")}</Link>
      <PageHeader title={t("heading", { kind: t(`kind.${contract.kind}`), number: contract.number })} />
      <div className="flex flex-wrap gap-2">
        <a href={`/hop-dong/${contract.id}/pdf`} download className={link}>{t("pdf")}</a>
        <Link href={`/hop-dong/${contract.id}/so-cai`} className={link}>{t("ledger")}</Link>
        {actions.amend ? <Link href={`/hop-dong/${contract.id}/sua-doi`} className={link}>{t("amend")}</Link> : null}
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4 text-sm md:grid-cols-2">
        {facts.map(([label, value, href]) => (
          <div key={label} className="flex gap-2">
            <dt className="w-40 shrink-0 text-slate-500">{label}</dt>
            <dd className="font-medium">{href ? <Link href={href} className="text-blue-700 hover:underline">{value}</Link> : value}</dd>
          </div>
        ))}
      </dl>
      <SubjectFiles projectId={contract.project.id} subject="contract" subjectId={contract.id} files={contract.attachments} mayAttach={actions.attach} title={t("attach")} />
      {contract.terms ? <section><h2 className="mb-1 font-semibold">{t("terms")}</h2><p className="whitespace-pre-line text-sm">{contract.terms}</p></section> : null}
      <ScheduleVsActual contract={contract} entries={entries} measures={measures} />
      {contract.children.length ? (
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t("children")}</h2>
          <DataTable
            emptyText={t("empty")}
            columns={[{ key: "number", header: t("number") }, { key: "partyB", header: t("partyB") }, { key: "value", header: t("value"), align: "right" }, { key: "status", header: t("statusLabel") }]}
            rows={contract.children.map((c) => ({ id: c.id, cells: { number: { text: c.number, href: `/hop-dong/${c.id}` }, partyB: { text: c.beneficiary?.facility.name ?? "—" }, value: { text: formatAmount(c.value, "trieu") }, status: { text: t(`status.${c.status}`) } } }))}
          />
        </section>
      ) : null}
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("versionsTitle")}</h2>
        <DataTable
          caption={t("unit")}
          emptyText={t("empty")}
          columns={[{ key: "no", header: t("versionLabel") }, { key: "signedOn", header: t("signedOn") }, { key: "value", header: t("value"), align: "right" }, { key: "counterpart", header: t("counterpart"), align: "right" }, { key: "period", header: t("period") }, { key: "reason", header: t("reason") }]}
          rows={contract.versions.map((v) => ({
            id: String(v.versionNo),
            cells: { no: { text: String(v.versionNo), sort: v.versionNo }, signedOn: { text: day(v.signedOn) }, value: { text: formatAmount(v.value, "trieu") }, counterpart: { text: formatAmount(v.counterpartValue, "trieu") }, period: { text: `${day(v.startsOn)} – ${day(v.endsOn)}` }, reason: { text: v.reason || t("asSigned") } },
          }))}
        />
      </section>
    </div>
  );
}
