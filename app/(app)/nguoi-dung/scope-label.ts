import type { UserRow } from "@/lib/users/queries";

type Translate = (key: "scopeNational" | "scopeZone" | "scopeProvince", params?: { name: string }) => string;

/** "Toàn quốc", "Vùng: …" or "Tỉnh: …" for each scope of an account. */
export function scopeLabel(scopes: UserRow["scopes"], t: Translate): string {
  return scopes.map((s) => (s.kind === "NATIONAL" ? t("scopeNational") : t(s.kind === "ZONE" ? "scopeZone" : "scopeProvince", { name: s.name ?? "—" }))).join("; ") || "—";
}
