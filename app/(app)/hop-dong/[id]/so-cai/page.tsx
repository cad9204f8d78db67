// The contract's disbursement ledger (sổ giải ngân, issue #8 item 3): measures, entries with
// reversal links and confirmation, the record form, and the Mẫu 10 year closing.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, StatCard } from "@/components/ui/page-header";
import { orNotFound } from "@/app/(app)/or-not-found";
import { requireActor } from "@/lib/auth/session";
import { asCalendarDay, formatIsoDay, vietnamToday } from "@/lib/calendar";
import { getContractLedger, type ContractLedger } from "@/lib/disbursements/ledger-view";
import { entrySourcesOf } from "@/lib/disbursements/schemas";
import { formatAmount, formatDate, formatDateTime, formatMoney, formatPercentBp } from "@/lib/format";
import { ratioBp } from "@/lib/money";
import { nameAt } from "@/lib/organisations/names";
import { CloseYearForm } from "./close-year-form";
import { EntryForm } from "./entry-form";
import { EntryRows, type EntryRow } from "./entry-rows";

type T = Awaited<ReturnType<typeof getTranslations>>;

function entryRows(ledger: ContractLedger, t: T): EntryRow[] {
  const by = (name: string | null, at: Date | null) => (at ? t("ledger.by", { name: name ?? t("ledger.unknownUser"), at: formatDateTime(at) }) : null);
  return ledger.entries.map((e) => ({
    id: e.id,
    kind: t(`ledger.kind.${e.kind}`),
    amount: formatAmount(e.amount, "trieu"),
    source: t(`fundingSource.${e.fundingSource.code}`),
    occurredOn: formatDate(e.occurredOn, true),
    voucher: e.voucherRef ?? "—",
    treasury: e.treasuryRef ?? "",
    note: e.note,
    recorded: by(e.recordedBy, e.recordedAt) ?? "—",
    confirmed: by(e.confirmedBy, e.confirmedAt),
    reverses: e.reversesId ? { id: e.reversesId, voucher: e.reverses?.voucherRef ?? "—" } : null,
    reversedBy: e.reversedBy ? { id: e.reversedBy.id, voucher: e.reversedBy.voucherRef ?? "—" } : null,
    mayConfirm: e.mayConfirm,
    mayReverse: e.mayReverse,
  }));
}

export default async function ContractLedgerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const ledger = await orNotFound(getContractLedger(actor, (await params).id));
  const t = await getTranslations();
  const { contract, measures } = ledger;
  const share = (amount: bigint) => t("ledger.shareOfValue", { share: formatPercentBp(ratioBp(amount, contract.value), 1) });
  const partyB = contract.partyB ? nameAt(contract.partyB.names) : (contract.beneficiary?.facility.name ?? "—");
  const today = formatIsoDay(vietnamToday());
  return (
    <div className="space-y-6">
      <Link href={`/hop-dong/${contract.id}`} className="text-sm text-blue-700 hover:underline">← {t("ledger.backToContract", { number: contract.number })}</Link>
      <PageHeader title={t("ledger.title", { number: contract.number })}>
        {t(`ledger.contractKind.${contract.kind}`)} · <Link className="text-blue-700 hover:underline" href={`/de-an/${contract.project.id}`}>{contract.project.code} — {contract.project.title}</Link>
        <br />
        {t("ledger.partyA")}: {nameAt(contract.partyA.names)} · {t("ledger.partyB")}: {partyB} · {t("ledger.value")}: {formatMoney(contract.value, "trieu")} · {t("ledger.signedOn")}: {contract.signedOn ? formatDate(asCalendarDay(contract.signedOn), true) : t("ledger.notSigned")}
      </PageHeader>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-6" data-testid="ledger-measures">
        <StatCard label={t("ledger.measures.advanced")} value={formatMoney(measures.advanced, "trieu")} hint={share(measures.advanced)} />
        <StatCard label={t("ledger.measures.paid")} value={formatMoney(measures.paid, "trieu")} hint={share(measures.paid)} />
        <StatCard label={t("ledger.measures.settled")} value={formatMoney(measures.settled, "trieu")} hint={share(measures.settled)} />
        <StatCard label={t("ledger.measures.refunded")} value={formatMoney(measures.refunded, "trieu")} hint={share(measures.refunded)} />
        <StatCard label={t("ledger.measures.outstanding")} value={formatMoney(ledger.outstanding, "trieu")} hint={t("ledger.outstandingHint")} />
        <StatCard label={t("ledger.measures.disbursed")} value={formatMoney(measures.disbursed, "trieu")} hint={share(measures.disbursed)} />
      </div>
      <p className="text-xs text-slate-500">{t("ledger.counterpartNote")}</p>
      {ledger.may.record ? <EntryForm contractId={contract.id} sources={entrySourcesOf(contract.project.fundingSource.code)} today={today} /> : <p className="text-sm text-slate-600">{t("ledger.readOnly")}</p>}
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("ledger.entries")}</h2>
        <EntryRows rows={entryRows(ledger, t)} today={today} />
      </section>
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">{t("ledger.closing.title")}</h2>
        <p className="text-xs text-slate-500">{t("ledger.closing.hint")}</p>
        {contract.closedYears.length ? (
          <ul className="ml-5 mt-2 list-disc text-sm" data-testid="closed-years">
            {contract.closedYears.map((c) => <li key={c.year}>{t("ledger.closing.item", { year: String(c.year), reference: c.reference || "—", date: formatDate(c.closedOn, true), by: c.closedBy ?? "—" })}</li>)}
          </ul>
        ) : <p className="mt-2 text-sm text-slate-500">{t("ledger.closing.none")}</p>}
        {ledger.may.close && ledger.closableYears.length ? <CloseYearForm contractId={contract.id} years={ledger.closableYears} /> : null}
      </section>
    </div>
  );
}
