// "Valid on a day" for every dated record (provinces, memberships, organisations, norms): validity
// is the half-open range [validFrom, validTo), both DATE columns, so a CalendarDay compares directly.

/** Whether a dated record is in force on `day`. */
export function isValidOn(record: { validFrom: Date; validTo: Date | null }, day: Date): boolean {
  return record.validFrom <= day && (record.validTo === null || record.validTo > day);
}

/**
 * The Prisma condition for "in force on `day`", for any model with validFrom/validTo. It uses `OR`,
 * so combine it with other conditions through `AND: [...]`, never by spreading.
 */
export function validAtWhere(day: Date) {
  return { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gt: day } }] };
}

/** The Prisma condition for "in force at some point of the days [from, until)" (valid during a year). */
export function validDuringWhere(from: Date, until: Date) {
  return { validFrom: { lt: until }, OR: [{ validTo: null }, { validTo: { gt: from } }] };
}
