// Reads the province lists copied from ../shared/data (see docs/demo-data.md for the source).
// The files have no quoted fields, so a plain split is enough.
import { readFileSync } from "node:fs";
import type { NewProvince, OldProvince } from "../context";

function rows(file: string): Record<string, string>[] {
  const text = readFileSync(new URL(`../data/${file}`, import.meta.url), "utf8").replace(/^\uFEFF/, "");
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const cols = header!.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    if (cells.length !== cols.length) throw new Error(`seed: ${file}: bad line "${line}"`);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]!.trim()]));
  });
}

export function readOldProvinces(): OldProvince[] {
  return rows("provinces-63.csv").map((r) => ({
    code: r.old_code!,
    name: r.old_name!,
    region: r.socio_economic_region!,
    zone: r.kc_zone!,
    newCode: r.new_code!,
    newName: r.new_name!,
  }));
}

export function readNewProvinces(): NewProvince[] {
  return rows("provinces-34.csv").map((r) => ({
    code: r.new_code!,
    name: r.new_name!,
    absorbed: r.absorbed_old_codes!.split(" ").filter(Boolean),
    // "MIXED(NAM+TRUNG_TAY_NGUYEN)" (Lâm Đồng) has no single derived zone.
    zoneDerived: /^[A-Z_]+$/.test(r.kc_zone_derived!) ? r.kc_zone_derived! : null,
  }));
}
