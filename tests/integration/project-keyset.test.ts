// Keyset pages of the đề án list (decision 063): walking the cursors forward and back gives the
// pages the plain ORDER BY … OFFSET gives, with the filters applied; a cursor is only a position,
// so a crafted one never shows another province's đề án, and a malformed one opens page 1.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import type { Db } from "../../lib/db/client";
import { toSearchText } from "../../lib/search-text";
import { useOwnDatabase } from "./own-database";

type Lib = { listProjects: typeof import("../../lib/projects/queries").listProjects; encodeCursor: typeof import("../../lib/keyset").encodeCursor; COUNT_CAP: number };
let lib: Lib;
let db: Db;
let cuc: Actor;
let a: Awaited<ReturnType<typeof import("../fixtures/world").provinceWorld>>;
let b: typeof a;
let kcqgId: string;

const YEARS = [2025, 2026, 2027];

beforeAll(async () => {
  await useOwnDatabase("keyset");
  const world = await import("../fixtures/world");
  db = (await import("../../lib/db/client")).db();
  lib = { listProjects: (await import("../../lib/projects/queries")).listProjects, ...(await import("../../lib/keyset")) };
  kcqgId = (await world.referenceBasics(db)).kcqg.id;
  const catalog = await db.contentCatalogVersion.findFirstOrThrow({ select: { id: true } });
  for (const year of YEARS) await db.planYear.upsert({ where: { year }, update: {}, create: { year, sctSubmissionDeadline: new Date(`${year - 1}-05-20`), registrationDeadline: new Date(`${year - 1}-06-15`), contentCatalogVersionId: catalog.id } });
  cuc = await world.cucStaff(db);
  a = await world.provinceWorld(db, "Thanh Hóa");
  b = await world.provinceWorld(db, "Lào Cai");
  await projects("A", a, 70);
  await projects("B", b, 30);
});

/** `n` đề án spread over the years, with codes not in insertion order, a few titles alike and several statuses. */
async function projects(label: string, p: typeof a, n: number) {
  const data = Array.from({ length: n }, (_, i) => {
    const title = i % 3 === 0 ? `Máy sấy nông sản ${label}` : `Đề án ${label} số ${(i * 37) % n}`;
    return {
      code: `${label}-${String((i * 37) % n).padStart(3, "0")}`,
      title,
      searchText: toSearchText(title),
      planYear: YEARS[i % YEARS.length]!,
      endYear: YEARS[i % YEARS.length]!,
      fundingSourceId: kcqgId,
      kind: "STANDARD" as const,
      status: (["DRAFT", "SUBMITTED_TO_SCT", "REGISTERED"] as const)[i % 4 === 0 ? 1 : i % 5 === 0 ? 2 : 0],
      implementerId: p.centreOrg.id,
      provinceId: p.current.id,
      supportAmount: BigInt(1_000_000 * (i % 7)),
    };
  });
  await db.project.createMany({ data });
}

type Input = Parameters<Lib["listProjects"]>[1];

/** Every page from page 1 on by the "Sau" cursors, then back by the "Trước" cursors. */
async function walk(actor: Actor, input: Input) {
  const forward: string[][] = [];
  let page = await lib.listProjects(actor, input);
  expect(page.prev).toBeNull();
  for (;;) {
    forward.push(page.rows.map((r) => r.code));
    if (!page.next) break;
    if (forward.length > 50) throw new Error("the cursors do not reach the end");
    page = await lib.listProjects(actor, { ...input, after: page.next });
  }
  const back: string[][] = [forward.at(-1)!];
  while (page.prev) {
    if (back.length > 50) throw new Error("the cursors do not reach page 1");
    page = await lib.listProjects(actor, { ...input, before: page.prev });
    back.unshift(page.rows.map((r) => r.code));
  }
  return { forward, back, total: page.total };
}

/** The same pages by ORDER BY … OFFSET, 25 at a time. */
async function offsetPages(actor: Actor, input: Input): Promise<string[][]> {
  const pages: string[][] = [];
  for (let p = 1; ; p++) {
    const page = await lib.listProjects(actor, { ...input, page: p });
    pages.push(page.rows.map((r) => r.code));
    if (!page.next) return pages;
  }
}

describe("keyset pages of the đề án list", () => {
  it("walks forward then back through the same pages as the offset order, for every sort", async () => {
    for (const sort of ["year", "code", "title", "support", "status"] as const) {
      for (const dir of ["desc", "asc"] as const) {
        const { forward, back, total } = await walk(cuc, { sort, dir });
        expect(total).toBe(100);
        expect(forward.length).toBe(4);
        expect(forward, `${sort} ${dir}`).toEqual(await offsetPages(cuc, { sort, dir }));
        expect(back, `${sort} ${dir}`).toEqual(forward);
        expect(new Set(forward.flat()).size).toBe(100);
      }
    }
  });

  it("orders the default list by plan year, newest first, and ties on the year by code", async () => {
    const rows = await db.project.findMany({ select: { code: true, planYear: true } });
    const expected = rows.sort((x, y) => y.planYear - x.planYear || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)).map((r) => r.code);
    expect((await walk(cuc, {})).forward.flat()).toEqual(expected);
  });

  it("keeps the search and the filters on every page", async () => {
    const searched = await walk(cuc, { q: "may say" });
    expect(searched.forward.flat().length).toBe(34);
    expect(searched.forward).toEqual(await offsetPages(cuc, { q: "may say" }));
    const filtered = await walk(a.sct, { status: "DRAFT", year: 2026 });
    const expected = await db.project.findMany({ where: { provinceId: a.current.id, status: "DRAFT", planYear: 2026 }, orderBy: { code: "asc" }, select: { code: true } });
    expect(filtered.forward.flat()).toEqual(expected.map((r) => r.code));
  });

  it("never shows the Thanh Hóa SCT a Lào Cai đề án, whatever cursor it sends", async () => {
    const own = (await walk(a.sct, {})).forward.flat();
    expect(own.length).toBe(70);
    expect(own.every((c) => c.startsWith("A-"))).toBe(true);
    const laoCai = await db.project.findMany({ where: { provinceId: b.current.id }, select: { code: true, planYear: true } });
    for (const row of laoCai) {
      const cursor = lib.encodeCursor({ s: "year", d: "desc", k: [row.planYear, row.code] });
      for (const input of [{ after: cursor }, { before: cursor }]) {
        const page = await lib.listProjects(a.sct, input);
        expect(page.rows.every((r) => r.code.startsWith("A-"))).toBe(true);
        expect(page.total).toBe(70);
      }
    }
    // A cursor beyond every row of the province: its own page 1, never an empty list without links.
    const page = await lib.listProjects(a.sct, { after: lib.encodeCursor({ s: "year", d: "desc", k: [0, "Z"] }) });
    expect(page.rows.map((r) => r.code)).toEqual(own.slice(0, 25));
    expect(page).toMatchObject({ prev: null, total: 70 });
  });

  it("opens page 1 for a forged or malformed cursor", async () => {
    const first = (await lib.listProjects(cuc, {})).rows.map((r) => r.code);
    const forged = ["%%%", "bm90IGpzb24", lib.encodeCursor({ s: "year", d: "desc", k: ["2026", 1] }), lib.encodeCursor({ s: "code", d: "asc", k: ["A-001"] }), lib.encodeCursor({ s: "status", d: "desc", k: ["NOPE", "A-001"] }), "x".repeat(5000)];
    for (const cursor of forged) {
      for (const input of [{ after: cursor }, { before: cursor }]) {
        const page = await lib.listProjects(cuc, input);
        expect(page.rows.map((r) => r.code)).toEqual(first);
        expect(page.prev).toBeNull();
      }
    }
  });

  it("keeps old ?page=N links, and their cursors go on from there", async () => {
    const pages = await offsetPages(cuc, {});
    const second = await lib.listProjects(cuc, { page: 2 });
    expect(second.rows.map((r) => r.code)).toEqual(pages[1]);
    expect((await lib.listProjects(cuc, { after: second.next! })).rows.map((r) => r.code)).toEqual(pages[2]);
    expect((await lib.listProjects(cuc, { before: second.prev! })).rows.map((r) => r.code)).toEqual(pages[0]);
    // A link past the end (the list shrank since): page 1 with its links.
    const past = await lib.listProjects(cuc, { page: pages.length + 5 });
    expect(past.rows.map((r) => r.code)).toEqual(pages[0]);
    expect(past.prev).toBeNull();
    expect(past.next).not.toBeNull();
  });

  it(`counts at most ${(10_000).toLocaleString("vi-VN")} rows and says there are more`, async () => {
    const c = await (await import("../fixtures/world")).provinceWorld(db, "Nghệ An");
    await projects("C", c, lib.COUNT_CAP + 5);
    const page = await lib.listProjects(cuc, {});
    expect(page).toMatchObject({ total: lib.COUNT_CAP, over: true });
    expect(page.rows).toHaveLength(25);
    expect(await lib.listProjects(a.sct, {})).toMatchObject({ total: 70, over: false });
  });
});
