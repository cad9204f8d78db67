// A GSO code alone does not identify a province: 15 was Yên Bái until 30/6/2025 and is Lào Cai from
// 1/7/2025. A lookup by code takes the date it is meant for; without one it answers only when the
// code was never reused, and otherwise says which provinces the code could mean.
import { DomainError, message } from "../errors";
import { formatDate } from "../format";
import { lastDayBefore, validAt, type ProvinceRecord } from "./basis";

function period(p: ProvinceRecord): string {
  return p.validTo ? `${formatDate(p.validFrom, true)}–${formatDate(lastDayBefore(p.validTo), true)}` : `từ ${formatDate(p.validFrom, true)}`;
}

/**
 * The province with GSO `code` in force on `at`. With `at` null, the one province that ever had
 * the code; a reused code is a VALIDATION error naming each meaning, never a silent choice.
 */
export function provinceByCode<P extends ProvinceRecord>(provinces: readonly P[], code: string, at: Date | null): P {
  const wanted = code.trim();
  const withCode = provinces.filter((p) => p.code === wanted).sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
  if (withCode.length === 0) throw new DomainError("VALIDATION", "errors.geography.unknownCode", { code: wanted }, { province: message("errors.geography.unknownCodeField") });
  if (at === null) {
    if (withCode.length === 1) return withCode[0]!;
    const meanings = withCode.map((p) => `${p.name} (${period(p)})`).join(", ");
    throw new DomainError("VALIDATION", "errors.geography.codeNeedsDate", { code: wanted, meanings }, { province: message("errors.geography.codeNeedsDateField") });
  }
  const match = withCode.find((p) => validAt(p, at));
  if (!match) {
    const meanings = withCode.map((p) => `${p.name} (${period(p)})`).join(", ");
    throw new DomainError("VALIDATION", "errors.geography.codeNotAtDate", { date: formatDate(at, true), code: wanted, meanings }, { province: message("errors.geography.codeNotAtDateField") });
  }
  return match;
}
