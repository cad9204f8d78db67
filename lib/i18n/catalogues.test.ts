import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueProblems, errorKeysIn, leafKeys, lookup, placeholders, type Tree } from "./catalogue-check";

const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;
const catalogues = { vi: load("vi"), en: load("en") };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every error key named by lib (the throw sites) and by the edges in app/. */
function usedErrorKeys(): string[] {
  return [...new Set([...sourceFiles("lib"), ...sourceFiles("app")].flatMap((file) => errorKeysIn(readFileSync(file, "utf8"))))].sort();
}

describe("message catalogues", () => {
  it("has the same keys in Vietnamese and English, none empty", () => {
    const { vi, en } = catalogues;
    expect(leafKeys(en).sort()).toEqual(leafKeys(vi).sort());
    const empty = leafKeys(vi).filter((k) => lookup(vi, k) === "");
    expect(empty).toEqual([]);
  });

  it("gives every key the same ICU placeholders in both languages", () => {
    expect(catalogueProblems(leafKeys(catalogues.vi), catalogues)).toEqual([]);
  });

  it("has every error key used by a throw site in lib, in both catalogues", () => {
    const used = usedErrorKeys();
    expect(used.length).toBeGreaterThan(100);
    expect(used).toContain("errors.missing.project");
    expect(catalogueProblems(used, catalogues)).toEqual([]);
  });

  it("catches a planted missing key and a placeholder that differs", () => {
    const planted = `throw new DomainError("VALIDATION", "errors.plans.noSuchKey", {}); throw new NotFoundError("unicorn");`;
    expect(errorKeysIn(planted)).toEqual(["errors.missing.unicorn", "errors.plans.noSuchKey"]);
    expect(catalogueProblems(errorKeysIn(planted), catalogues).map((p) => p.problem)).toEqual(["missing in vi", "missing in en", "missing in vi", "missing in en"]);
    const drifted = { vi: { errors: { x: "Năm {year}" } }, en: { errors: { x: "Year {yr}" } } };
    expect(catalogueProblems(["errors.x"], drifted)).toEqual([{ key: "errors.x", problem: "placeholders vi {year} ≠ en {yr}" }]);
  });
});

describe("placeholders", () => {
  it("reads arguments, nested arguments and not case labels", () => {
    expect(placeholders("Năm {year}: {n, plural, one {# đề án} other {# đề án của {who}}}")).toEqual(["n", "who", "year"]);
    expect(placeholders("{extension, select, none {empty} other {“.{extension}”}} ({size, number})")).toEqual(["extension", "size"]);
  });
});
