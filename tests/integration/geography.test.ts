// Geography on real PostgreSQL: scopes at a date (a Lào Cai SCT covers the old Yên Bái; national
// actors see everything under one meaning; one province cannot see another), and, on a database
// seeded with the reference data, regions for the 34 and the 34 view's search of former provinces.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { parseCalendarDate } from "../../lib/calendar";
import { DomainError } from "../../lib/errors";
import { facilityScopeWhere } from "../../lib/auth/policy";
import { findProvinceByCode, loadGeography, loadMergerDate, provincesInScope } from "../../lib/admin-units/load";
import { groupingOf } from "../../lib/admin-units/groups";
import { provinceSet } from "../../lib/admin-units/basis";
import { listProvinces } from "../../lib/admin-units/queries";
import { seed } from "../../prisma/seed";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";
import { cucStaff, facility, provinceWorld } from "../fixtures/world";
import { testDb } from "./db";

const day = (s: string) => parseCalendarDate(s);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("provinces in an actor's scope (fixture provinces)", () => {
  let laoCai: Awaited<ReturnType<typeof provinceWorld>>;
  let thanhHoa: Awaited<ReturnType<typeof provinceWorld>>;

  beforeAll(async () => {
    laoCai = await provinceWorld(testDb(), "Lào Cai");
    thanhHoa = await provinceWorld(testDb(), "Thanh Hóa");
  });

  it("covers the former province for the SCT of the successor, each at its date", async () => {
    expect(ids(await provincesInScope(laoCai.sct, day("2024-06-01")))).toEqual([laoCai.old.id]);
    expect(ids(await provincesInScope(laoCai.sct, day("2026-01-01")))).toEqual([laoCai.current.id]);
    const oldFacility = await facility(testDb(), laoCai.old.id);
    const seen = await testDb().facility.findMany({ where: { AND: [{ id: oldFacility.id }, facilityScopeWhere(laoCai.sct)] }, select: { id: true } });
    expect(ids(seen)).toEqual([oldFacility.id]);
  });

  it("gives a national actor every province in force, and every facility", async () => {
    const cuc = await cucStaff(testDb());
    const at = day("2026-01-01");
    const inForce = await testDb().province.count({ where: { validFrom: { lte: at }, OR: [{ validTo: null }, { validTo: { gt: at } }] } });
    const scoped = await provincesInScope(cuc, at);
    expect(scoped).toHaveLength(inForce);
    expect(ids(scoped)).toEqual(expect.arrayContaining([laoCai.current.id, thanhHoa.current.id]));
    const f = await facility(testDb(), thanhHoa.current.id);
    expect(await testDb().facility.count({ where: { AND: [{ id: f.id }, facilityScopeWhere(cuc)] } })).toBe(1);
  });

  it("keeps province A out of province B's scope", async () => {
    const scoped = ids(await provincesInScope(thanhHoa.sct, day("2026-01-01")));
    expect(scoped).toEqual([thanhHoa.current.id]);
    expect(scoped).not.toContain(laoCai.current.id);
    const f = await facility(testDb(), laoCai.current.id);
    expect(await testDb().facility.count({ where: { AND: [{ id: f.id }, facilityScopeWhere(thanhHoa.sct)] } })).toBe(0);
  });
});

describe("the seeded reference geography", () => {
  const baseUrl = inject("baseUrl");
  const name = `kc_geo_${process.pid}`;
  let db: Db;

  beforeAll(async () => {
    await ensureDatabase(baseUrl, name);
    await applyMigrations(`${baseUrl}/${name}`);
    db = createDb(`${baseUrl}/${name}`);
    await seed(db, { demo: false });
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(baseUrl, name);
  });

  it("reads the merger date from ProvinceSuccession", async () => {
    expect(await loadMergerDate(db)).toEqual(day("2025-07-01"));
  });

  it("gives every one of the 34 a region, the straddlers (Lâm Đồng …) explicitly", async () => {
    const geo = await loadGeography(db);
    const the34 = provinceSet(geo, "34");
    expect(the34).toHaveLength(34);
    const kinds = the34.map((p) => [p.name, groupingOf(geo, "regions", p.id).kind] as const);
    expect(kinds.filter(([, k]) => k === "none")).toEqual([]);
    expect(kinds.filter(([, k]) => k === "straddling").map(([n]) => n).sort()).toEqual(["Bắc Ninh", "Gia Lai", "Lâm Đồng", "Phú Thọ", "Quảng Ngãi", "Tây Ninh", "Đắk Lắk"].sort());
    const sql = new pg.Client({ connectionString: `${baseUrl}/${name}` });
    await sql.connect();
    try {
      const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "RegionMembership" m JOIN "Province" p ON p.id = m."provinceId" WHERE p."validTo" IS NULL`);
      expect(rows[0].n).toBe(34 + 7); // one row per region: each straddler has two
    } finally {
      await sql.end();
    }
  });

  it("finds Lào Cai when the 34 view is searched for the former Yên Bái, saying why", async () => {
    const { rows } = await listProvinces({ set: "34", q: "yen bai" }, db);
    expect(rows.map((r) => [r.code, r.name, r.matchedFormer])).toEqual([["15", "Lào Cai", ["Yên Bái"]]]);
    const lamDong = (await listProvinces({ set: "34", q: "lam dong" }, db)).rows[0]!;
    expect(lamDong.regions.kind).toBe("straddling");
    expect(lamDong.zoneGrouping.kind).toBe("straddling");
    expect(lamDong.matchedFormer).toEqual([]);
    const on63 = await listProvinces({ set: "63", q: "yen bai" }, db);
    expect(on63.rows.map((r) => r.name)).toEqual(["Yên Bái"]);
  });

  it("resolves GSO code 15 only with a date", async () => {
    expect((await findProvinceByCode("15", day("2025-06-30"), db)).name).toBe("Yên Bái");
    expect((await findProvinceByCode("15", day("2025-07-01"), db)).name).toBe("Lào Cai");
    await expect(findProvinceByCode("15", null, db)).rejects.toSatisfy((e) => e instanceof DomainError && e.code === "VALIDATION" && e.message.includes("Yên Bái") && e.message.includes("Lào Cai"));
  });
});
