// Owner contact is personal data (Luật Bảo vệ dữ liệu cá nhân 2025, in force 1/1/2026; NĐ 13/2023):
// readers who do not work with the owner see it masked, enough to tell two owners apart and no more.
// Pure, so the page, exports and the API mask alike.

const MASK = "•";

/** "0912345678" → "091•••••78": the carrier prefix and the last two digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 6) return MASK.repeat(digits.length || 1);
  return `${digits.slice(0, 3)}${MASK.repeat(digits.length - 5)}${digits.slice(-2)}`;
}

/** "Nguyễn Văn An" → "Nguyễn V. A.": the family name and initials. */
export function maskName(name: string): string {
  const [family, ...rest] = name.trim().split(/\s+/);
  if (!family) return "";
  return [family, ...rest.map((part) => `${[...part][0]!.toLocaleUpperCase("vi-VN")}.`)].join(" ");
}

/** CCCD numbers are never shown, not even masked digits beyond the last three. */
export function maskIdNumber(idNumber: string | null): string | null {
  if (!idNumber) return null;
  return `${MASK.repeat(Math.max(0, idNumber.length - 3))}${idNumber.slice(-3)}`;
}
