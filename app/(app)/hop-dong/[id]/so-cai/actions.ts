"use server";
// The ledger's server actions: each calls one lib mutation, which parses its own input, checks
// the actor inside its transaction and refuses with a Vietnamese message carrying the figures.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { confirmLedgerEntry, recordLedgerEntry, reverseLedgerEntry } from "@/lib/disbursements/mutations";
import { closeLedgerYear } from "@/lib/disbursements/year-closing";

const refresh = (contractId: string | null) => {
  if (contractId) revalidatePath(`/hop-dong/${contractId}/so-cai`);
};

export const recordEntryAction = defineAction(z.unknown(), async (input, actor) => {
  const entry = await recordLedgerEntry(actor, input);
  refresh(entry.contractId);
  return { id: entry.id, voucherRef: entry.voucherRef ?? "", replayed: entry.replayed };
});

export const reverseEntryAction = defineAction(z.unknown(), async (input, actor) => {
  const entry = await reverseLedgerEntry(actor, input);
  refresh(entry.contractId);
  return { id: entry.id, voucherRef: entry.voucherRef ?? "", replayed: entry.replayed };
});

export const confirmEntryAction = defineAction(z.unknown(), async (input, actor) => {
  const done = await confirmLedgerEntry(actor, input);
  return { id: done.id };
});

export const closeYearAction = defineAction(z.unknown(), async (input, actor) => {
  const closed = await closeLedgerYear(actor, input);
  return { id: closed.id, year: closed.year };
});
