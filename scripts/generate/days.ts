// Calendar days as integers (days since 1970-01-01) and their ISO text, by civil-date arithmetic
// (H. Hinnant's algorithm): the generator writes dates as text for COPY and never builds a Date.
export type DayNo = number;

export function dayNo(y: number, m: number, d: number): DayNo {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civil(n: DayNo): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2026-03-15". */
export function iso(n: DayNo): string {
  const { y, m, d } = civil(n);
  return `${y}-${two(m)}-${two(d)}`;
}

/** A timestamp on that day in office hours, written in UTC (01–10 UTC is 08–17 in Hà Nội). */
export function stamp(n: DayNo, minuteOfDay: number): string {
  const h = 1 + (Math.floor(minuteOfDay / 60) % 9);
  return `${iso(n)} ${two(h)}:${two(minuteOfDay % 60)}:00+00`;
}

export const yearOfDay = (n: DayNo): number => civil(n).y;
export const monthOfDay = (n: DayNo): number => civil(n).m;
/** First day of the month of n. */
export const monthStart = (n: DayNo): DayNo => {
  const { y, m } = civil(n);
  return dayNo(y, m, 1);
};
export const addMonths = (n: DayNo, k: number): DayNo => {
  const { y, m } = civil(n);
  const total = y * 12 + (m - 1) + k;
  return dayNo(Math.floor(total / 12), (total % 12) + 1, 1);
};
