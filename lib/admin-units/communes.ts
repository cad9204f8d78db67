// Communes (xã, phường) of a province on a day. A new address goes on the set in force on the day
// it is entered (the 34-province communes from 1/7/2025); a recorded one keeps its commune as it was.
import { isValidOn, validAtWhere, type CalendarDay } from "../calendar";
import { db, type Tx } from "../db/client";
import type { CommuneKind } from "../db/generated/enums";
import { DomainError, message } from "../errors";
import { formatDate } from "../format";

export type CommuneOption = { id: string; name: string; kind: CommuneKind };

/** The communes of `provinceId` in force on `day`, by name. */
export async function communesOf(provinceId: string, day: CalendarDay, tx: Pick<Tx, "commune"> = db()): Promise<CommuneOption[]> {
  return tx.commune.findMany({ where: { AND: [{ provinceId }, validAtWhere(day)] }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
}

/** Refuses, with a message on `field`, a commune outside the province or not in force on `day`. */
export async function assertCommuneOf(tx: Pick<Tx, "commune">, communeId: string, provinceId: string, day: CalendarDay, field = "communeId"): Promise<void> {
  const commune = await tx.commune.findUnique({ where: { id: communeId }, select: { provinceId: true, validFrom: true, validTo: true } });
  if (!commune || commune.provinceId !== provinceId) {
    throw new DomainError("VALIDATION", "errors.facilities.communeNotInProvince", {}, { [field]: message("errors.facilities.communeNotInProvinceField") });
  }
  if (!isValidOn(commune, day)) {
    const date = formatDate(day, true);
    throw new DomainError("VALIDATION", "errors.geography.communeNotInForce", { date }, { [field]: message("errors.geography.communeNotInForceField", { date }) });
  }
}
