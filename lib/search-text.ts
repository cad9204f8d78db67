// Diacritic-insensitive search: "thanh hoa" finds "Thanh Hóa". Stored in `searchText` columns
// and applied to the query the same way, so Postgres needs no unaccent extension.
export function toSearchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .join(" ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
