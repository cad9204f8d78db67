// Exact decimal text of a spreadsheet number. Excel stores numbers as IEEE doubles; JavaScript's
// String(n) gives the shortest decimal that reads back as the same double, which is exactly what
// the user typed for anything up to 15 significant digits. We never do arithmetic on the double:
// the decimal text is parsed into whole đồng by lib/money (docs/decisions/003-money.md).
import { MAX_AMOUNT } from "../projects/budget";
import { MoneyParseError, parseMoney, type Dong } from "../money";

/** "1234.5", "-0.000001", "100000000000000000000" — no exponent, no grouping; null if not finite. */
export function numberToDecimalText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign = "", intPart = "0", fracPart = "", exp = "0"] = match;
  const digits = intPart + fracPart;
  const point = intPart.length + Number(exp);
  let integer: string;
  let fraction: string;
  if (point <= 0) {
    integer = "0";
    fraction = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + "0".repeat(point - digits.length);
    fraction = "";
  } else {
    integer = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  integer = integer.replace(/^0+(?=\d)/, "");
  fraction = fraction.replace(/0+$/, "");
  const body = fraction ? `${integer}.${fraction}` : integer;
  return body === "0" ? "0" : sign + body;
}

export type MoneyCellResult = { ok: true; text: string; dong: Dong } | { ok: false; message: string };

/** Largest number of decimals of triệu that is still a whole đồng. */
const MAX_DECIMALS = 6;

/**
 * A money cell (in triệu đồng) → the vi-VN text the đề án editor would have received ("1234,5"),
 * with its exact value in đồng. Refuses negatives, sub-đồng precision and absurd magnitudes.
 */
export function moneyFromNumber(value: number): MoneyCellResult {
  const decimal = numberToDecimalText(value);
  if (decimal === null) return { ok: false, message: "Ô không chứa số hợp lệ." };
  if (decimal.startsWith("-")) return { ok: false, message: "Số tiền không được âm." };
  const [integer = "0", fraction = ""] = decimal.split(".");
  // Checked on the digits, before any BigInt, so 1e300 is refused without building a huge number.
  if (integer.length > 8) return { ok: false, message: "Số tiền vượt quá 10.000 tỷ đồng; hãy kiểm tra đơn vị (triệu đồng)." };
  if (fraction.length > MAX_DECIMALS) {
    return { ok: false, message: `Số tiền có ${fraction.length} chữ số thập phân; tính theo triệu đồng chỉ được tối đa ${MAX_DECIMALS} chữ số (tức là đồng). Hãy làm tròn.` };
  }
  const text = fraction ? `${integer},${fraction}` : integer;
  try {
    const dong = parseMoney(text, "trieu");
    if (dong > MAX_AMOUNT) return { ok: false, message: "Số tiền vượt quá 10.000 tỷ đồng; hãy kiểm tra đơn vị (triệu đồng)." };
    return { ok: true, text, dong };
  } catch (error) {
    if (error instanceof MoneyParseError) return { ok: false, message: error.message };
    throw error;
  }
}
