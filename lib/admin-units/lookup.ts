// A GSO code alone does not identify a province: 15 was Yên Bái until 30/6/2025 and is Lào Cai from
// 1/7/2025. A lookup by code takes the date it is meant for; without one it answers only when the
// code was never reused, and otherwise says which provinces the code could mean.
import { DomainError, message, type MessageRef } from "../errors";
import { formatDate } from "../format";
import { lastDayBefore, validAt, type ProvinceRecord } from "./basis";

/** One meaning of a code, "Lào Cai (từ 01/07/2025)", as a catalogue message so each locale words it. */
function meaning(p: ProvinceRecord): MessageRef {
  const from = formatDate(p.validFrom, true);
  return p.validTo
    ? message("errors.geography.meaningPeriod", { name: p.name, from, to: formatDate(lastDayBefore(p.validTo), true) })
    : message("errors.geography.meaningSince", { name: p.name, from });
}

/** Every meaning, joined by the catalogue's list separator (nested: first, then the rest). */
function meanings(provinces: readonly ProvinceRecord[]): MessageRef {
  const refs = provinces.map(meaning);
  return refs.slice(0, -1).reduceRight<MessageRef>((rest, first) => message("errors.geography.meaningList", { first, rest }), refs.at(-1)!);
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
    throw new DomainError("VALIDATION", "errors.geography.codeNeedsDate", { code: wanted, meanings: meanings(withCode) }, { province: message("errors.geography.codeNeedsDateField") });
  }
  const match = withCode.find((p) => validAt(p, at));
  if (!match) {
    throw new DomainError("VALIDATION", "errors.geography.codeNotAtDate", { date: formatDate(at, true), code: wanted, meanings: meanings(withCode) }, { province: message("errors.geography.codeNotAtDateField") });
  }
  return match;
}
