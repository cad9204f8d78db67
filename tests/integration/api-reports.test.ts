// The JSON API on the seeded demo data (issue #9 items 6, 7, 9): the published figures through
// GET /api/v1/reports/summary with a personal token, the SCT scope through every parameter, bad
// parameters as 400 JSON in Vietnamese, and the token's life (revoked, expired → 401). Runs on a
// database of its own, which lib's db() is pointed at before its first use.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/mutations";
import { hashToken } from "../../lib/api-tokens/token";
import { reportJson, type ReportJson } from "../../lib/api/report-json";
import type { Actor } from "../../lib/auth/actor";
import { loadActor } from "../../lib/auth/load-actor";
import { db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrator";
import { buildReport } from "../../lib/reports/build";
import { parseReportQuery } from "../../lib/reports/query";
import { seed } from "../../prisma/seed";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";
import { GET as summary } from "../../app/api/v1/reports/summary/route";
import { GET as trend } from "../../app/api/v1/reports/trend/route";
import type { TrendJson } from "../../lib/api/report-json";

const baseUrl = inject("baseUrl");
const name = `kc_api_${process.pid}`;
process.env.DATABASE_URL = `${baseUrl}/${name}`;
process.env.DATABASE_READ_URL = "";

let leadership: Actor;
let sct: Actor;
let leadershipToken: string;
let sctToken: string;

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };
const get = async <T = ReportJson>(query: string, token: string | null) => {
  const response = await summary(new Request(`http://localhost/api/v1/reports/summary?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }));
  expect(response.headers.get("content-type")).toContain("application/json");
  return { status: response.status, body: (await response.json()) as T };
};
const actorOf = async (email: string) => (await loadActor(db(), (await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id))!;
const line = (r: ReportJson, key: string) => r.lines.find((l) => l.key === key)!;
const withoutAsOf = ({ asOf: _asOf, ...rest }: ReportJson) => rest;

beforeAll(async () => {
  await ensureDatabase(baseUrl, name);
  await applyMigrations(process.env.DATABASE_URL!);
  expect((await db().$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!.name).toBe(name);
  await seed(db(), { demo: true });
  leadership = await actorOf("lanhdao@khuyencong.local");
  sct = await actorOf("sct.thanhhoa@khuyencong.local");
  leadershipToken = (await createApiToken(leadership, { name: "Lãnh đạo", expiresOn: "" })).token;
  sctToken = (await createApiToken(sct, { name: "Sở Thanh Hóa", expiresOn: "" })).token;
}, 180_000);

afterAll(async () => {
  await db().$disconnect();
  await dropDatabase(baseUrl, name);
});

describe("the published figures through the API (issue #9 item 7)", () => {
  it("North zone 2021: executed 130396000000 of 142121000000 planned, 91.75 %; KCQG 99.35 %, KCĐP 87.55 %", async () => {
    const { status, body } = await get("year=2021&preset=YEAR&zone=BAC&by=source", leadershipToken);
    expect(status).toBe(200);
    expect(body.total.current.executed).toBe("130396000000");
    expect(body.total.current.planAdjusted).toBe("142121000000");
    expect(body.total.percentOfPlan).toEqual({ percent: "91.75", numerator: "executed", denominator: "planAdjusted" });
    expect([line(body, "KCQG").current.executed, line(body, "KCQG").current.planAdjusted, line(body, "KCQG").percentOfPlan.percent]).toEqual(["50250000000", "50578000000", "99.35"]);
    expect([line(body, "KCDP").current.executed, line(body, "KCDP").percentOfPlan.percent, line(body, "KCDP").path]).toEqual(["80146000000", "87.55", "periodic"]);
    expect(body.query).toMatchObject({ year: 2021, preset: "YEAR", cutOff: "2021-12-31", basis: "recorded", source: "ALL", by: "source" });
    expect(body.periodsUsed).toHaveLength(28);
    expect(Date.parse(body.asOf)).not.toBeNaN();
  });

  it("North zone 2022 at 30/9: plan 174280000000 (+22.63 %), executed 73700000000 (42.29 %), 112.79 % of the same period", async () => {
    const { body } = await get("year=2022&preset=M9&zone=BAC&by=province&basis=63", leadershipToken);
    expect(body.total.current.planAdjusted).toBe("174280000000");
    expect(body.total.planGrowth.percent).toBe("22.63");
    expect(body.total.current.executed).toBe("73700000000");
    expect(body.total.percentOfPlan.percent).toBe("42.29");
    expect(body.total.lastYear.executed).toBe("65340000000");
    expect(body.total.vsSamePeriod).toEqual({ percent: "112.79", numerator: "executed", denominator: "lastYearExecuted" });
    expect(body.query.basis).toBe("63");
  });

  it("gives the North's January 2023 payments on 2022 đề án beside executed, with the note in Vietnamese", async () => {
    const { body } = await get("year=2023&preset=DATE&date=2023-01-31&zone=BAC&by=province", leadershipToken);
    expect(body.total.disbursedOutsidePlan).toBe("22990000000");
    expect(body.notes).toContainEqual({ key: "reports.notes.disbursedOutsidePlan", message: expect.stringContaining("22,99 tỷ đồng") });
  });

  it("answers exactly what the reporting core computes, in the API's formats", async () => {
    const params = "year=2022&preset=M9&by=zone&basis=34";
    const core = reportJson(await buildReport(leadership, await parseReportQuery(new URLSearchParams(params))));
    expect(withoutAsOf((await get(params, leadershipToken)).body)).toEqual(withoutAsOf(core));
  });
});

describe("the trend through the API", () => {
  it("gives each plan year's North total at the same cut-off, 2021 and 2022 as published", async () => {
    const response = await trend(new Request("http://localhost/api/v1/reports/trend?year=2022&preset=M9&zone=BAC", { headers: { authorization: `Bearer ${leadershipToken}` } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as TrendJson;
    const byYear = new Map(body.years.map((y) => [y.year, y]));
    expect(body.years.map((y) => y.year)).toEqual([...byYear.keys()].sort());
    expect(byYear.get(2022)).toMatchObject({ cutOff: "2022-09-30", total: { current: { executed: "73700000000", planAdjusted: "174280000000" } } });
    expect(byYear.get(2021)).toMatchObject({ cutOff: "2021-09-30", total: { current: { executed: "65340000000" } } });
    expect(body.query).toMatchObject({ year: 2022, cutOff: "2022-09-30" });
  });

  it("refuses a bad parameter with 400 and an SCT's other province with 404", async () => {
    const call = (query: string, token: string) => trend(new Request(`http://localhost/api/v1/reports/trend?${query}`, { headers: { authorization: `Bearer ${token}` } }));
    expect((await call("year=2022&by=planet", leadershipToken)).status).toBe(400);
    expect((await call("year=2022&province=15", sctToken)).status).toBe(404);
  });
});

describe("scope through the API (issue #9 item 9)", () => {
  it("gives an SCT token its province only, whatever the dimension, basis or geography filter", async () => {
    const own = new Set(sct.scope.provinceIds);
    const regions = (await db().socioEconomicRegion.findMany({ select: { code: true } })).map((r) => `region=${r.code}`);
    expect(regions.length).toBeGreaterThan(3);
    for (const basis of ["recorded", "63", "34"]) {
      // Every region once (on the recorded basis), the other filters on every basis.
      for (const filter of ["", "zone=BAC", "zone=NAM", "implementer=TTKC1", "source=KCDP", ...(basis === "recorded" ? regions : [])]) {
        for (const by of ["province", "project"]) {
          const query = `year=2022&preset=YEAR&basis=${basis}&by=${by}&${filter}`;
          const { status, body } = await get(query, sctToken);
          expect(status, query).toBe(200);
          // "_none" gathers figures with no đề án (periodic reports, plan tasks), already in scope by periodsUsed.
          const projectIds = body.lines.map((l) => l.key).filter((k) => k !== "_none");
          const projects = by === "project" ? await db().project.findMany({ where: { id: { in: projectIds } }, select: { provinceId: true } }) : [];
          if (by === "project") expect(projects).toHaveLength(projectIds.length);
          const provinces = by === "province" ? body.lines.map((l) => l.key) : projects.map((p) => p.provinceId);
          expect(provinces.filter((p) => !own.has(p ?? "")), query).toEqual([]);
          expect(body.periodsUsed.filter((p) => !own.has(p.provinceId)), query).toEqual([]);
          expect(body.context?.national, query).toBeTruthy();
        }
      }
    }
  });

  it("answers 404 JSON for another province, by id or by code, as for a missing one", async () => {
    const laoCai = await db().province.findFirstOrThrow({ where: { code: "15", validTo: null }, select: { id: true } });
    const byId = await get<ErrorBody>(`year=2026&province=${laoCai.id}`, sctToken);
    expect(byId).toEqual({ status: 404, body: { error: { code: "NOT_FOUND", message: expect.stringContaining("không có quyền xem") } } });
    expect((await get<ErrorBody>("year=2022&province=15", sctToken)).status).toBe(404);
    expect((await get("year=2026&province=" + laoCai.id, leadershipToken)).status).toBe(200);
  });

  it("shows the SCT the same totals the core gives it, context included", async () => {
    const params = "year=2022&preset=M9&kind=GROUP";
    const core = reportJson(await buildReport(sct, await parseReportQuery(new URLSearchParams(params))));
    const { body } = await get(params, sctToken);
    expect(withoutAsOf(body)).toEqual(withoutAsOf(core));
    expect(body.context?.zone).toBeTruthy();
  });
});

describe("bad input answers 4xx JSON in Vietnamese, never 500", () => {
  it.each([
    ["year=abc", "year"],
    ["year=1990", "year"],
    ["year=2022&preset=DATE&date=2022-02-30", "date"],
    ["year=2022&preset=DATE&date=2023-01-01", "date"],
    ["by=planet", "by"],
    ["basis=99", "basis"],
    ["zone=XYZ", "zone"],
    ["year=2022&year=2021", "year"],
    ["provice=01", "provice"],
  ])("%s → 400 naming %s", async (query, field) => {
    const { status, body } = await get<ErrorBody>(query, leadershipToken);
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i);
    expect(Object.keys(body.error.fields ?? {})).toContain(field);
  });

  it("refuses a call without credentials, and a user without a reporting role", async () => {
    expect((await get<ErrorBody>("year=2021", null)).status).toBe(401);
    const org = await db().organisation.findFirstOrThrow({ where: { code: "TTKC1" }, select: { id: true } });
    const user = await db().user.create({ data: { email: "khong-vai-tro@test.local", name: "Không vai trò", passwordHash: "x", organisationId: org.id }, select: { id: true } });
    const token = `kc_${"N".repeat(43)}`;
    await db().apiToken.create({ data: { userId: user.id, name: "thử", prefix: token.slice(0, 11), tokenHash: hashToken(token) } });
    expect(await get<ErrorBody>("year=2021", token)).toEqual({ status: 403, body: { error: { code: "FORBIDDEN", message: expect.any(String) } } });
  });
});

describe("a token's life through the API", () => {
  it("works until revoked, then 401 TOKEN_REVOKED; an expired one 401 TOKEN_EXPIRED", async () => {
    const created = await createApiToken(sct, { name: "Tạm", expiresOn: "" });
    expect((await get("year=2021&preset=YEAR", created.token)).status).toBe(200);
    await revokeApiToken(sct, { id: created.id });
    expect(await get<ErrorBody>("year=2021&preset=YEAR", created.token)).toEqual({ status: 401, body: { error: { code: "TOKEN_REVOKED", message: expect.stringContaining("thu hồi") } } });
    const expiring = await createApiToken(sct, { name: "Hết hạn", expiresOn: "" });
    await db().apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await get<ErrorBody>("year=2021", expiring.token)).body.error.code).toBe("TOKEN_EXPIRED");
  });
});
