// Each schedule item beside what the ledger shows for it (net of reversals, lib/disbursements),
// and the contract's entries themselves, every funding source with its code (the measures count
// support money only, counterpart funds are not what the schedule pays); recording them is on
// /hop-dong/[id]/so-cai.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ContractDetail } from "@/lib/contracts/queries";
import { scheduleVsActual } from "@/lib/contracts/schedule-actual";
import type { LedgerViewEntry } from "@/lib/disbursements/ledger-view";
import type { LedgerMeasures } from "@/lib/disbursements/measures";
import { formatAmount, formatDate, formatRateBp } from "@/lib/format";

export async function ScheduleVsActual({ contract, entries, measures }: { contract: ContractDetail; entries: readonly LedgerViewEntry[]; measures: LedgerMeasures }) {
  const t = await getTranslations("contracts");
  const actual = new Map(scheduleVsActual(contract.schedule, measures).map((a) => [a.seq, a]));
  const rule = contract.schedule[0]?.advanceRule;
  return (
    <section className="space-y-2" aria-label={t("scheduleTitle")}>
      <h2 className="text-lg font-semibold">{t("scheduleTitle")}</h2>
      {rule ? <p className="text-xs text-slate-600">{t("ruleBasis", { rule: rule.description, basis: rule.legalBasis })}</p> : null}
      <DataTable
        caption={t("unit")}
        emptyText={t("noSchedule")}
        columns={[
          { key: "seq", header: t("seq") },
          { key: "kind", header: t("itemKind") },
          { key: "share", header: t("share"), align: "right" },
          { key: "planned", header: t("planned"), align: "right" },
          { key: "actual", header: t("actual"), align: "right" },
          { key: "remaining", header: t("remaining"), align: "right" },
          { key: "condition", header: t("condition") },
          { key: "documents", header: t("documents") },
        ]}
        rows={contract.schedule.map((i) => {
          const a = actual.get(i.seq);
          return {
            id: String(i.seq),
            cells: {
              seq: { text: String(i.seq), sort: i.seq },
              kind: { text: `${t(`kinds.${i.kind}`)}${i.afterAcceptance ? ` (${t("afterAcceptance")})` : ""}` },
              share: { text: formatRateBp(i.shareBp) },
              planned: { text: formatAmount(i.amount, "trieu") },
              actual: { text: formatAmount(a?.actual ?? 0n, "trieu") },
              remaining: { text: formatAmount(a?.remaining ?? i.amount, "trieu"), muted: a?.done },
              condition: { text: i.condition },
              documents: { text: i.documents.join("; ") || "—" },
            },
          };
        })}
      />
      <h3 className="font-semibold">{t("entriesTitle")}</h3>
      <DataTable
        caption={t("entriesCaption", { advanced: formatAmount(measures.advanced, "trieu"), paid: formatAmount(measures.paid, "trieu"), disbursed: formatAmount(measures.disbursed, "trieu") })}
        emptyText={t("noEntries")}
        columns={[
          { key: "date", header: t("entryDate") },
          { key: "kind", header: t("entryKind") },
          { key: "amount", header: t("amountTrieu"), align: "right" },
          { key: "source", header: t("entrySource") },
          { key: "voucher", header: t("voucher") },
          { key: "note", header: t("entryNote") },
        ]}
        rows={entries.map((e) => ({
          id: e.id,
          cells: {
            date: { text: formatDate(e.occurredOn, true), sort: e.occurredOn.getTime() },
            kind: { text: t(`ledgerKind.${e.kind}`) },
            amount: { text: `${e.reversesId ? "−" : ""}${formatAmount(e.amount, "trieu")}`, muted: Boolean(e.reversedBy) },
            source: { text: e.fundingSource.code },
            voucher: { text: e.voucherRef ?? "—" },
            note: { text: e.reversesId ? t("reversal") : e.reversedBy ? t("reversed") : "" },
          },
        }))}
      />
    </section>
  );
}
