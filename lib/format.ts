// The one formatter module: vi-VN numbers, money in triệu/tỷ đồng, percentages with their
// denominator, and dates as dd/mm/yyyy in Asia/Ho_Chi_Minh.
import { VIETNAM_TIME_ZONE } from "./calendar/day";
import { toUnitParts, type Dong, type MoneyUnit, unitLabel } from "./money";

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** "1.234,5" style, from exact integer parts. */
function joinParts(parts: { negative: boolean; integer: string; fraction: string }): string {
  const body = groupThousands(parts.integer) + (parts.fraction ? "," + parts.fraction : "");
  return parts.negative ? "-" + body : body;
}

export function formatInteger(value: number | bigint): string {
  const text = BigInt(value).toString();
  return text.startsWith("-") ? "-" + groupThousands(text.slice(1)) : groupThousands(text);
}

/**
 * A chart's axis tick (recharts picks 0.35, 0.7, 1.05 in tỷ đồng): "0,35", "1.050". Display only;
 * the figures themselves are the server's exact texts.
 */
export function formatChartNumber(value: number, maxDecimals = 3): string {
  if (!Number.isFinite(value)) return "";
  const [integer = "0", fraction = ""] = Math.abs(value).toFixed(maxDecimals).split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return joinParts({ negative: value < 0 && (integer !== "0" || trimmed !== ""), integer, fraction: trimmed });
}

/** Decimals that write any whole number of đồng exactly in a unit. */
const EXACT_DECIMALS: Record<MoneyUnit, number> = { dong: 0, trieu: 6, ty: 9 };

/**
 * Amount in a unit without the unit label: "1.234,5". Without `decimals` it is exact to the đồng,
 * with only the decimals the amount needs (150,5 stays 150,5; 300 stays 300). Pass `decimals` only
 * for a figure meant to be rounded (a summary in tỷ), never for a recorded amount.
 */
export function formatAmount(amount: Dong, unit: MoneyUnit, decimals?: number): string {
  if (decimals !== undefined) return joinParts(toUnitParts(amount, unit, decimals));
  const parts = toUnitParts(amount, unit, EXACT_DECIMALS[unit]);
  return joinParts({ ...parts, fraction: parts.fraction.replace(/0+$/, "") });
}

/** Amount with its unit label, exact unless `decimals` asks for rounding: "1.722,5 triệu đồng". */
export function formatMoney(amount: Dong, unit: MoneyUnit = "trieu", decimals?: number): string {
  return `${formatAmount(amount, unit, decimals)} ${unitLabel(unit)}`;
}

/** Exact amount in tỷ for amounts of at least one tỷ, in triệu otherwise. */
export function formatMoneyAuto(amount: Dong): string {
  const abs = amount < 0n ? -amount : amount;
  return formatMoney(amount, abs >= 1_000_000_000n ? "ty" : "trieu");
}

/** Basis points as "20,71 %". */
export function formatPercentBp(bp: bigint | number | null, decimals = 2): string {
  if (bp === null) return "–";
  const value = BigInt(bp);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  // bp has two decimals of percent; round to `decimals` (≤ 2).
  const drop = 10n ** BigInt(2 - Math.min(decimals, 2));
  const rounded = (abs + drop / 2n) / drop;
  const digits = rounded.toString().padStart(decimals + 1, "0");
  const integer = decimals > 0 ? digits.slice(0, -decimals) : digits;
  const fraction = decimals > 0 ? digits.slice(-decimals) : "";
  return `${negative ? "-" : ""}${groupThousands(integer)}${fraction ? "," + fraction : ""} %`;
}

/** A rate as legal texts write it, without trailing zeros: 5000 → "50 %", 250 → "2,5 %". */
export function formatRateBp(bp: number): string {
  return formatPercentBp(bp).replace(/,?0+ %$/, " %");
}

const fileSizeFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** "12,3 KB", "4,5 MB" (binary units, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${fileSizeFormat.format(bytes / (1024 * 1024))} MB`;
  return `${fileSizeFormat.format(Math.max(bytes / 1024, 0.1))} KB`;
}

/** A percentage that always states its denominator: "20,71 % (của kế hoạch 140,0 tỷ đồng)". */
export function formatShare(bp: bigint | null, denominatorLabel: string): string {
  return `${formatPercentBp(bp)} (${denominatorLabel})`;
}

const dateFormatter = new Intl.DateTimeFormat("vi-VN", { timeZone: VIETNAM_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFormatter = new Intl.DateTimeFormat("vi-VN", {
  timeZone: VIETNAM_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** dd/mm/yyyy. Pure calendar dates (@db.Date) are stored at UTC midnight and shown as such. */
export function formatDate(date: Date, calendarDate = false): string {
  if (calendarDate) {
    const d = String(date.getUTCDate()).padStart(2, "0");
    const m = String(date.getUTCMonth() + 1).padStart(2, "0");
    return `${d}/${m}/${date.getUTCFullYear()}`;
  }
  const parts = Object.fromEntries(dateFormatter.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

export function formatDateTime(date: Date): string {
  const p = Object.fromEntries(dateTimeFormatter.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Whole đồng as the text a money input shows, in triệu with only the decimals needed: "1.234,5". */
export function toMoneyInput(amount: Dong): string {
  return formatAmount(amount, "trieu");
}
