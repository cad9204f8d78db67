import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

const load = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;

describe("message catalogues", () => {
  it("has the same keys in Vietnamese and English, none empty", () => {
    const vi = load("vi");
    const en = load("en");
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    const empty = keys(vi).filter((k) => k.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part]!, vi) === "");
    expect(empty).toEqual([]);
  });
});
