// Money is whole đồng in bigint (VND has no minor unit, ISO 4217 exponent 0). Never a float.
// Display is in triệu or tỷ đồng; parsing accepts vi-VN input ("1.234,5").

import { z } from "zod";
import { DomainError } from "./errors";
import { vietnameseMessageOf, type ErrorKey, type MessageParams, type MessageRef } from "./i18n/refs";

export type Dong = bigint;

export const DONG_PER_TRIEU = 1_000_000n;
export const DONG_PER_TY = 1_000_000_000n;

export type MoneyUnit = "dong" | "trieu" | "ty";

/**
 * The largest amount anyone may type: 1 triệu tỷ đồng (10^15). Far above any khuyến công total,
 * far below bigint/PostgreSQL limits (9,2 × 10^18), so sums of many amounts cannot overflow into
 * a generic error; a larger figure is a typo (extra digits), said as such (docs/decisions/047).
 */
export const MAX_MONEY_DONG = 10n ** 15n;

const UNIT_FACTOR: Record<MoneyUnit, bigint> = { dong: 1n, trieu: DONG_PER_TRIEU, ty: DONG_PER_TY };

/** Not a DomainError (money parsing is pure and used outside domain code), but carries a catalogue key the same way. */
export class MoneyParseError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly params: MessageParams = {},
  ) {
    super();
    vietnameseMessageOf(this, key, params);
  }

  get ref(): MessageRef {
    return { key: this.key, params: this.params };
  }
}

export function sumDong(values: readonly Dong[]): Dong {
  return values.reduce((a, b) => a + b, 0n);
}

/** Whole đồng from an amount in triệu given as an exact decimal string, e.g. "1.234,5" → 1_234_500_000n. */
export function parseMoney(input: string, unit: MoneyUnit = "trieu"): Dong {
  const text = input.trim().replace(/\s/g, "");
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(text)) {
    throw new MoneyParseError("errors.money.notVietnameseNumber", { input });
  }
  const negative = text.startsWith("-");
  const [intPart = "0", fracPart = ""] = text.replace("-", "").replace(/\./g, "").split(",");
  const factor = UNIT_FACTOR[unit];
  const scale = 10n ** BigInt(fracPart.length);
  const scaled = BigInt(intPart + fracPart) * factor;
  if (scaled % scale !== 0n) {
    throw new MoneyParseError("errors.money.notWholeDong", { input, unit: unitLabel(unit) });
  }
  const value = scaled / scale;
  if (value > MAX_MONEY_DONG) throw new MoneyParseError("errors.money.tooLarge", { input });
  return negative ? -value : value;
}

/**
 * parseMoney for one form field: a malformed amount is a VALIDATION error whose message is also
 * attached to `field`, so a server action answers with the field message instead of UNEXPECTED.
 */
export function parseMoneyField(input: string, field: string, unit: MoneyUnit = "trieu"): Dong {
  try {
    return parseMoney(input, unit);
  } catch (error) {
    if (error instanceof MoneyParseError) throw new DomainError("VALIDATION", error.key, error.params, { [field]: error.ref });
    throw error;
  }
}

export function unitLabel(unit: MoneyUnit): string {
  return unit === "dong" ? "đồng" : unit === "trieu" ? "triệu đồng" : "tỷ đồng";
}

/**
 * Rounds `amount` đồng to `decimals` places of `unit`, half away from zero, in exact integer
 * arithmetic. Returns the integer part and fraction digits as strings.
 */
export function toUnitParts(amount: Dong, unit: MoneyUnit, decimals: number): { negative: boolean; integer: string; fraction: string } {
  const factor = UNIT_FACTOR[unit];
  const scale = 10n ** BigInt(decimals);
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const scaledTimesTwo = (abs * scale * 2n) / factor;
  const rounded = (scaledTimesTwo + 1n) / 2n;
  const digits = rounded.toString().padStart(decimals + 1, "0");
  const integer = decimals > 0 ? digits.slice(0, -decimals) : digits;
  const fraction = decimals > 0 ? digits.slice(-decimals) : "";
  return { negative: negative && rounded !== 0n, integer, fraction };
}

/**
 * Ratio in basis points rounded half away from zero (a fall of 1,5 bp is −2, as a rise is +2), or
 * null when the denominator is zero. Rounds the size, then signs it: bigint division truncates.
 */
export function ratioBp(numerator: Dong, denominator: Dong): bigint | null {
  if (denominator === 0n) return null;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const size = (n * 20_000n + d) / (2n * d);
  return (numerator < 0n) !== (denominator < 0n) ? -size : size;
}

/** An amount typed as vi-VN text, checked (format, whole đồng, bound) in the schema but kept as text. */
export function moneyText(unit: MoneyUnit = "trieu") {
  return z
    .string()
    .trim()
    .max(40, "Số tiền quá dài.")
    .superRefine((value, ctx) => {
      if (value === "") return;
      try {
        parseMoney(value, unit);
      } catch (error) {
        if (!(error instanceof MoneyParseError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
      }
    });
}

/** A required, non-negative amount in triệu đồng, parsed into whole đồng by the schema itself. */
export function trieuAmount(requiredMessage: string) {
  return z
    .string()
    .trim()
    .min(1, requiredMessage)
    .max(40, "Số tiền quá dài.")
    .transform((value, ctx) => {
      try {
        const amount = parseMoney(value, "trieu");
        if (amount < 0n) ctx.addIssue({ code: "custom", message: "Số tiền không được âm." });
        return amount;
      } catch (error) {
        if (!(error instanceof MoneyParseError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
        return z.NEVER;
      }
    });
}
