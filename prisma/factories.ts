// Pure helpers shared by the seed and by tests: deterministic ids, exact money, a seeded PRNG,
// and one DB helper that creates an isolated province scope for integration tests.
// Money is whole đồng in bigint (docs/decisions/003-money.md); nothing here touches a float.
import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "../lib/db/generated/client";
import type { Role } from "../lib/db/generated/enums";
import { asCalendarDay, formatIsoDay, parseCalendarDate, yearOf, type CalendarDay } from "../lib/calendar";
import { toSearchText } from "../lib/search-text";

/** A UUID derived from a name (sha256, RFC 9562 version 8 layout): same name, same id, every run. */
export function uuidFrom(name: string): string {
  const h = createHash("sha256").update(name).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Exact decimal string × 10^scale as bigint; refuses anything that is not a whole number after scaling. */
function scaleDecimal(value: number | string | bigint, scale: number): bigint {
  if (typeof value === "bigint") return value * 10n ** BigInt(scale);
  const text = typeof value === "number" ? numberToPlainString(value) : value.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new RangeError(`"${text}" is not a plain decimal number`);
  const [, sign, int, frac = ""] = m;
  if (frac.replace(/0+$/, "").length > scale) throw new RangeError(`"${text}" does not convert to whole đồng`);
  const digits = BigInt(int! + frac.padEnd(scale, "0"));
  return sign === "-" ? -digits : digits;
}

function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = n.toString();
  if (/e/i.test(s)) throw new RangeError(`${s}: pass a decimal string instead`);
  return s;
}

/** triệu đồng → đồng, exactly: trieu("2.5") === 2_500_000n. */
export const trieu = (n: number | string | bigint): bigint => scaleDecimal(n, 6);
/** tỷ đồng → đồng, exactly: ty("50.578") === 50_578_000_000n. */
export const ty = (n: number | string | bigint): bigint => scaleDecimal(n, 9);

export function sum(values: readonly bigint[]): bigint {
  return values.reduce((a, b) => a + b, 0n);
}

/** Splits `total` into `parts` equal integer shares; the remainder goes on the last one. */
export function splitEvenly(total: bigint, parts: number): bigint[] {
  if (parts < 1) throw new RangeError("parts must be ≥ 1");
  const base = total / BigInt(parts);
  const out = Array.from({ length: parts }, () => base);
  out[parts - 1] = total - base * BigInt(parts - 1);
  return out;
}

/** Splits `total` in proportion to integer weights, rounded down to `unit`; the remainder goes on the last share. */
export function splitByWeights(total: bigint, weights: readonly (number | bigint)[], unit = 1n): bigint[] {
  const w = weights.map((x) => BigInt(x));
  const wsum = sum(w);
  if (w.length === 0 || wsum <= 0n) throw new RangeError("weights must be positive");
  const out = w.map((x) => ((total * x) / wsum / unit) * unit);
  out[out.length - 1] = total - sum(out.slice(0, -1));
  return out;
}

/** A calendar day (UTC midnight, as stored in @db.Date columns); throws on an impossible day. */
export function day(iso: string): CalendarDay {
  return parseCalendarDate(iso);
}

/** The year of a calendar day (a @db.Date value, UTC midnight). */
export const yearOfDay = (date: Date): number => yearOf(asCalendarDay(date));
/** "2026-11" for a calendar day. */
export const monthOfDay = (date: Date): string => formatIsoDay(asCalendarDay(date)).slice(0, 7);

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Small deterministic PRNG (mulberry32) seeded from a name, so each seed section has its own stream. */
export class Rng {
  private state: number;
  constructor(name: string) {
    this.state = parseInt(createHash("sha256").update(name).digest("hex").slice(0, 8), 16) >>> 0;
  }
  /** Uniform in [0, 1). Used for choices only, never for money. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** A bigint amount of triệu in [min, max] triệu, a multiple of `step` triệu, in đồng. */
  trieu(min: number, max: number, step = 1): bigint {
    return trieu(this.int(Math.ceil(min / step), Math.floor(max / step)) * step);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A Vietnamese tax code (mã số thuế) of 10 digits with a valid check digit; `serial` makes it unique. */
export function taxCode(prefix: string, serial: number): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (let s = serial; ; s++) {
    const body = `${prefix.padStart(2, "0").slice(-2)}${String(1_000_000 + ((s * 7_919) % 9_000_000)).padStart(7, "0")}`;
    const check = 10 - ([...body].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0) % 11);
    if (check < 10) return `${body}${check}`;
  }
}

export type TestProvinceScope = {
  provinceId: string;
  provinceCode: string;
  sctId: string;
  centreId: string;
  users: { sct: string; centre: string };
};

/**
 * Creates an isolated province (valid from 1/7/2025) with its SCT, its provincial centre and one user
 * for each, under unique codes, so parallel integration tests never share rows.
 */
export async function createTestProvinceScope(db: PrismaClient, suffix: string = randomUUID().slice(0, 8)): Promise<TestProvinceScope> {
  const tag = `${suffix}-${randomUUID().slice(0, 6)}`;
  const name = `Tỉnh thử ${tag}`;
  const validFrom = day("2025-07-01");
  const province = await db.province.create({ data: { code: `T-${tag}`, name, searchText: toSearchText(name), validFrom } });
  const org = (kind: "SCT" | "PROVINCIAL_CENTRE", label: string) =>
    db.organisation.create({
      data: { code: `${kind}-T-${tag}`, kind, provinceId: province.id, validFrom, searchText: toSearchText(label), names: { create: { name: label, validFrom } } },
    });
  const sct = await org("SCT", `Sở Công Thương ${name}`);
  const centre = await org("PROVINCIAL_CENTRE", `Trung tâm Khuyến công ${name}`);
  const user = (organisationId: string, role: Role, who: string) =>
    db.user.create({
      data: {
        email: `${who}.${tag}@test.local`,
        name: `${who} ${tag}`,
        passwordHash: "not-used-in-tests",
        organisationId,
        roles: { create: [{ role }] },
        scopes: { create: [{ kind: "PROVINCE", provinceId: province.id }] },
      },
    });
  const sctUser = await user(sct.id, "SCT", "sct");
  const centreUser = await user(centre.id, "PROVINCIAL_CENTRE", "ttkc");
  return { provinceId: province.id, provinceCode: province.code, sctId: sct.id, centreId: centre.id, users: { sct: sctUser.id, centre: centreUser.id } };
}
