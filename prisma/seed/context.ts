// Shared shapes of the seed: parsed province lists and the id lookups that reference data hands
// to the demo data. Ids come from the database (natural-key upserts), never assumed.
import { day } from "../factories";

/** Day the 63 provinces gave way to the 34 (Nghị quyết 202/2025/QH15). */
export const MERGER_DATE = day("2025-07-01");
/** Start of the 63-province map used here (Hà Nội's 2008 expansion, Nghị quyết 15/2008/QH12). */
export const OLD_MAP_FROM = day("2008-08-01");

export type ProvinceSet = "old" | "new";
/** A province by set and GSO code: a code alone is ambiguous (15 = Yên Bái, later Lào Cai). */
export type ProvRef = { set: ProvinceSet; code: string };
export const oldP = (code: string): ProvRef => ({ set: "old", code });
export const newP = (code: string): ProvRef => ({ set: "new", code });

export type OldProvince = { code: string; name: string; region: string; zone: string; newCode: string; newName: string };
export type NewProvince = { code: string; name: string; absorbed: string[]; zoneDerived: string | null };

export type Ref = {
  old: OldProvince[];
  new: NewProvince[];
  provinceId(ref: ProvRef): string;
  zoneId(code: string): string;
  orgId(code: string): string;
  fundingId(code: string): string;
  /** Category id by catalogue version code and category code ("ND45-2012", "03.2"). */
  categoryId(version: string, code: string): string;
  /** National KCQG norm by code, or a province's KCĐP norm when `province` is given. */
  normId(code: string, province?: ProvRef): string | undefined;
  /** Communes seeded for a province, for facility addresses. */
  communes(ref: ProvRef): CommuneInfo[];
};

export type CommuneInfo = { id: string; name: string; kind: "XA" | "PHUONG" | "THI_TRAN" | "DAC_KHU"; district?: string };

export function provinceName(ref: ProvRef, lists: Pick<Ref, "old" | "new">): string {
  const list: { code: string; name: string }[] = ref.set === "old" ? lists.old : lists.new;
  const p = list.find((x) => x.code === ref.code);
  if (!p) throw new Error(`seed: unknown ${ref.set} province ${ref.code}`);
  return p.name;
}

/** Centrally-run cities (thành phố trực thuộc trung ương) among the old 63 and the new 34. */
export const CENTRAL_OLD = new Set(["01", "31", "48", "79", "92", "46"]);
export const CENTRAL_NEW = new Set(["01", "31", "46", "48", "79", "92", "75"]);

/** "tỉnh Thanh Hóa", "thành phố Hà Nội", "Thành phố Hồ Chí Minh" — for organisation names and addresses. */
export function provinceLabel(name: string, central: boolean): string {
  if (name === "Hồ Chí Minh") return "Thành phố Hồ Chí Minh";
  return `${central ? "thành phố" : "tỉnh"} ${name}`;
}
