// A refused report URL keeps its valid parameters for the error page's filter form (issue #9, the
// new-user walk): only the wrong one is dropped, the path's own filter always stays.
import { beforeAll, describe, expect, it } from "vitest";
import { calendarDay } from "../../lib/calendar";
import { parseReportQuery } from "../../lib/reports/query";
import { salvageReportQuery } from "../../lib/reports/salvage";
import { provinceWorld, referenceBasics } from "../fixtures/world";
import { testDb as db } from "./db";

const NOW = new Date("2027-06-01T03:00:00Z");
const UNKNOWN = "00000000-0000-7000-8000-000000000000";
type World = Awaited<ReturnType<typeof provinceWorld>>;
let a: World;

beforeAll(async () => {
  await referenceBasics(db());
  a = await provinceWorld(db(), "Tỉnh Lọc lỗi A");
});

const salvage = async (params: Record<string, string>, keep: string[] = []) => {
  const fields = await parseReportQuery(params, NOW, db()).then(
    () => [] as string[],
    (e: { fields?: Record<string, unknown> }) => Object.keys(e.fields ?? {}),
  );
  return { fields, query: await salvageReportQuery(params, fields, keep, NOW, db()) };
};

describe("salvageReportQuery", () => {
  it("drops an unknown province and keeps the year, basis, source and grouping", async () => {
    const { fields, query } = await salvage({ year: "2027", preset: "YEAR", basis: "63", source: "KCDP", by: "province", province: UNKNOWN });
    expect(fields).toEqual(["province"]);
    expect(query).toMatchObject({ year: 2027, preset: "YEAR", basis: "63", source: "KCDP", by: "province", filter: {} });
  });

  it("drops a date outside the year, keeping the other filters", async () => {
    const { query } = await salvage({ year: "2027", date: "2026-03-01", source: "KCQG", province: a.current.id });
    expect(query).toMatchObject({ year: 2027, source: "KCQG", filter: { provinceId: a.current.id } });
    expect(query?.preset).toBe("DATE");
    expect(query?.cutOff).toEqual(calendarDay(2027, 6, 1));
  });

  it("drops one parameter more when the named one is not the cause (a month cut-off without its month)", async () => {
    const { fields, query } = await salvage({ year: "2027", preset: "MONTH", basis: "34" });
    expect(fields).toEqual(["month"]);
    expect(query).toMatchObject({ year: 2027, basis: "34" });
    expect(query?.preset).not.toBe("MONTH");
  });

  it("keeps the path's own filter, and gives up (null) when that itself is refused", async () => {
    const kept = await salvage({ province: a.current.id, status: "NOT_A_STATUS", basis: "34" }, ["province"]);
    expect(kept.query).toMatchObject({ basis: "34", filter: { provinceId: a.current.id } });
    expect(kept.query?.filter.status).toBeUndefined();
    const refused = await salvage({ province: UNKNOWN, basis: "34" }, ["province"]);
    expect(refused.query).toBeNull();
  });
});
