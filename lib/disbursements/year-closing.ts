import "server-only";
// Closing a contract's ledger year by its Mẫu 10 reconciliation (biên bản đối chiếu, TT 36/2013
// Điều 18.2; docs/decisions/023). After it, entries dated in that year are refused by the ledger
// invariants (yearOpen): corrections go into the open year. Only a year that has ended can close.
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { asCalendarDay, formatIsoDay, vietnamToday, yearOf } from "../calendar";
import { db } from "../db/client";
import { lockRows } from "../db/locks";
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from "../errors";
import { formatDate } from "../format";
import { canCloseLedgerYear, yearClosingContractWhere } from "./policy";
import { CloseLedgerYearInputSchema } from "./schemas";

export type YearClosingResult = { id: string; year: number; closedOn: Date };

/** Closes one year of one contract's ledger; refused for a year not yet ended or already closed. */
export async function closeLedgerYear(actor: Actor, raw: unknown): Promise<YearClosingResult> {
  if (!canCloseLedgerYear(actor)) throw new ForbiddenError("errors.ledger.cannotCloseYear");
  const input = CloseLedgerYearInputSchema.parse(raw);
  return db().$transaction(async (tx) => {
    // The same lock as the ledger's writers: no entry slips into the year while it closes.
    await lockRows(tx, "Contract", [input.contractId]);
    const contract = await tx.contract.findFirst({ where: { AND: [{ id: input.contractId }, yearClosingContractWhere(actor)] }, select: { id: true, projectId: true, number: true, signedOn: true, closedYears: { select: { year: true } } } });
    if (!contract) throw new NotFoundError("contract");
    const today = vietnamToday();
    if (input.year >= yearOf(today)) throw new DomainError("VALIDATION", "errors.ledger.yearNotEnded", { year: String(input.year), today: formatDate(today, true) });
    if (!contract.signedOn) throw new DomainError("VALIDATION", "errors.ledger.notSigned", { contract: contract.number });
    const signedYear = yearOf(asCalendarDay(contract.signedOn));
    if (input.year < signedYear) throw new DomainError("VALIDATION", "errors.ledger.yearBeforeContract", { year: String(input.year), contract: contract.number, signedOn: formatDate(contract.signedOn, true) });
    if (contract.closedYears.some((c) => c.year === input.year)) throw new ConflictError("errors.ledger.yearAlreadyClosed", { year: String(input.year), contract: contract.number });
    const row = await tx.ledgerYearClosing.create({ data: { contractId: contract.id, year: input.year, closedOn: today, reference: input.reference, closedById: actor.userId }, select: { id: true, year: true, closedOn: true } });
    await recordAudit(tx, actor, { action: "ledger.closeYear", entityType: "LedgerYearClosing", entityId: row.id, projectId: contract.projectId, data: { contractId: contract.id, year: input.year, reference: input.reference, closedOn: formatIsoDay(today) } });
    return row;
  });
}
