// Mã số thuế: 10 digits with a check digit, optionally "-NNN" for a dependent unit; or the 12-digit
// personal identification number that household businesses use as their tax code from 1/7/2025
// (UNCONFIRMED exact rule: accepted without a checksum).
export type TaxCodeCheck = { ok: true; normalised: string } | { ok: false; reason: string };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Check digit of a 10-digit enterprise tax code from its first nine digits. */
export function taxCodeCheckDigit(firstNine: string): number | null {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstNine[i]), 0);
  const digit = 10 - (sum % 11);
  return digit === 10 ? null : digit === 11 ? 0 : digit;
}

export function checkTaxCode(input: string): TaxCodeCheck {
  const value = input.trim().replace(/\s/g, "");
  if (/^\d{12}$/.test(value)) return { ok: true, normalised: value };
  const match = /^(\d{10})(?:-(\d{3}))?$/.exec(value);
  if (!match) return { ok: false, reason: "Mã số thuế phải gồm 10 chữ số (có thể thêm -XXX cho đơn vị phụ thuộc) hoặc 12 chữ số định danh cá nhân." };
  const main = match[1]!;
  const expected = taxCodeCheckDigit(main.slice(0, 9));
  if (expected === null || expected !== Number(main[9])) return { ok: false, reason: `Mã số thuế ${value} sai chữ số kiểm tra; hãy kiểm tra lại từng chữ số.` };
  if (match[2] === "000") return { ok: false, reason: "Phần đuôi -000 không hợp lệ cho đơn vị phụ thuộc." };
  return { ok: true, normalised: value };
}

/** Builds a valid tax code from nine digits (for tests and demo data). */
export function withCheckDigit(firstNine: string): string | null {
  const digit = taxCodeCheckDigit(firstNine);
  return digit === null ? null : firstNine + String(digit);
}
