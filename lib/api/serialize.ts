// The API's value formats, pure (docs/decisions/033): money as exact whole đồng in a string
// ("130396000000", no float can round it), percentages as a decimal string with two places
// ("91.75"), null kept as null ("not reported", never 0), days as "yyyy-mm-dd" and instants as ISO 8601 UTC.
import { formatIsoDay, type CalendarDay } from "../calendar";
import type { Dong } from "../money";

export function moneyJson(amount: Dong | null): string | null {
  return amount === null ? null : amount.toString();
}

/** Basis points (10 000 = 100 %) as a percentage with two decimals: 9175n → "91.75", -250n → "-2.50". */
export function percentJson(bp: bigint | null): string | null {
  if (bp === null) return null;
  const negative = bp < 0n;
  const abs = negative ? -bp : bp;
  const fraction = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${abs / 100n}.${fraction}`;
}

export function dayJson(day: CalendarDay): string {
  return formatIsoDay(day);
}

export function instantJson(instant: Date): string {
  return instant.toISOString();
}

export function nullableInstantJson(instant: Date | null): string | null {
  return instant === null ? null : instant.toISOString();
}

/** Each value of a record of money, as money strings. */
export function moneyRecordJson<K extends string>(record: Record<K, Dong | null>): Record<K, string | null> {
  return Object.fromEntries(Object.entries<Dong | null>(record).map(([key, value]) => [key, moneyJson(value)])) as Record<K, string | null>;
}
