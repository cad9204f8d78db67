// A valid request for every route handler, on a fresh resource of side A or B. A signed-in caller
// carries a session cookie (its actor is what the session lookup answers in the test); reports
// name the side's province, which outside the caller's scope answers 404.
import { NextRequest } from "next/server";
import { recordAcceptance } from "../../../lib/acceptance/mutations";
import { createCouncil } from "../../../lib/appraisals/councils";
import { uploadAttachment } from "../../../lib/attachments/mutations";
import { samplePdf } from "../../../lib/attachments/sample-files";
import { createPlan } from "../../../lib/plans/assemble";
import { submitSettlement } from "../../../lib/settlement/mutations";
import { acceptanceInput } from "../../fixtures/implementation-world";
import type { Caller, MatrixWorld, SideResources } from "./world";

export type RouteRequest = { request: NextRequest; params: Record<string, string | string[]> };
type Build = (r: SideResources, base: MatrixWorld, caller: Caller) => Promise<RouteRequest>;

const ORIGIN = "http://localhost";

function request(caller: Caller, path: string, init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {}): NextRequest {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (caller.actor) headers.cookie = "next-auth.session-token=matrix";
  if (init.method && init.method !== "GET") Object.assign(headers, { origin: ORIGIN, host: new URL(ORIGIN).host });
  return new NextRequest(`${ORIGIN}${path}`, { method: init.method ?? "GET", body: init.body, headers });
}

const get = (path: string, params: Record<string, string | string[]> = {}): Build => async (_r, _b, caller) => ({ request: request(caller, path), params });
const report = (path: string): Build => async (r, _b, caller) => ({ request: request(caller, `${path}?year=2027&province=${r.world.current.id}`), params: {} });

async function settledProject(r: SideResources) {
  const p = await r.running();
  await recordAcceptance(r.world.sct, acceptanceInput(p));
  await submitSettlement(r.world.centre, { projectId: p.projectId, settledAmount: "100" });
  return p;
}

async function provincialPlanId(r: SideResources, base: MatrixWorld): Promise<string> {
  const existing = await base.db.annualPlan.findFirst({ where: { provinceId: r.world.current.id, planYear: 2027 }, select: { id: true } });
  return (existing ?? (await createPlan(r.world.sct, { year: 2027, level: "PROVINCIAL", envelope: "5000" }))).id;
}

const periodicRow = (r: SideResources) => ({ provinceId: r.world.current.id, year: 2026, period: "Q1", source: "KCDP", unit: "trieu", planAmount: "2000", executedAmount: "500", projectCount: 2 });

const notFound = (method: string): Build => async (_r, _b, caller) => ({ request: request(caller, "/api/v1/khong-co", { method, body: method === "GET" ? undefined : "{}", headers: { "content-type": "application/json" } }), params: { path: ["khong-co"] } });

export const ROUTE_REQUESTS: Record<string, Build> = {
  "GET app/(app)/bao-cao-dinh-ky/mau/route.ts": get("/bao-cao-dinh-ky/mau?year=2026&period=Q1"),
  "GET app/(app)/bao-cao/hoi-nghi/route.ts": report("/bao-cao/hoi-nghi"),
  "GET app/(app)/bao-cao/xuat/route.ts": async (r, _b, caller) => ({ request: request(caller, `/bao-cao/xuat?format=csv&year=2027&province=${r.world.current.id}`), params: {} }),
  "GET app/(app)/de-an/[id]/nghiem-thu/[acceptanceId]/bien-ban/route.ts": async (r, _b, caller) => {
    const p = await r.running();
    const made = await recordAcceptance(r.world.sct, acceptanceInput(p));
    return { request: request(caller, `/de-an/${p.projectId}/nghiem-thu/${made.id}/bien-ban`), params: { id: p.projectId, acceptanceId: made.id } };
  },
  "GET app/(app)/de-an/[id]/quyet-toan/[sheet]/route.ts": async (r, _b, caller) => {
    const p = await settledProject(r);
    return { request: request(caller, `/de-an/${p.projectId}/quyet-toan/mau-7`), params: { id: p.projectId, sheet: "mau-7" } };
  },
  "GET app/(app)/de-an/[id]/tai-lieu/[attachmentId]/route.ts": async (r, _b, caller) => {
    const p = await r.project("DRAFT");
    const a = await uploadAttachment(r.world.centre, { projectId: p.id, kind: "REQUEST_LETTER" }, { name: "cong-van.pdf", bytes: samplePdf() });
    return { request: request(caller, `/de-an/${p.id}/tai-lieu/${a.id}`), params: { id: p.id, attachmentId: a.id } };
  },
  "POST app/(app)/de-an/[id]/tai-lieu/route.ts": async (r, _b, caller) => {
    const p = await r.project("DRAFT");
    const form = new FormData();
    form.set("kind", "REQUEST_LETTER");
    form.set("file", new File([Buffer.from(samplePdf())], "cong-van.pdf", { type: "application/pdf" }));
    return { request: request(caller, `/de-an/${p.id}/tai-lieu`, { method: "POST", body: form }), params: { id: p.id } };
  },
  "GET app/(app)/de-an/excel/xuat/route.ts": get("/de-an/excel/xuat?year=2027"),
  "GET app/(app)/hop-dong/[id]/pdf/route.ts": async (r, _b, caller) => {
    const p = await r.running();
    return { request: request(caller, `/hop-dong/${p.contractId}/pdf`), params: { id: p.contractId } };
  },
  "GET app/(app)/ke-hoach/[id]/phu-luc/[format]/route.ts": async (r, base, caller) => {
    const planId = await provincialPlanId(r, base);
    return { request: request(caller, `/ke-hoach/${planId}/phu-luc/xlsx`), params: { id: planId, format: "xlsx" } };
  },
  "GET app/(app)/tham-dinh/hoi-dong/[councilId]/bien-ban/route.ts": async (_r, base, caller) => {
    const council = await createCouncil(base.cuc, { planYear: 2027, name: "Hội đồng thẩm định thử", members: [{ name: "Chủ tịch", role: "CHAIR" }, { name: "Thư ký", role: "SECRETARY" }, { name: "Ủy viên", role: "MEMBER" }] });
    return { request: request(caller, `/tham-dinh/hoi-dong/${council.id}/bien-ban`), params: { councilId: council.id } };
  },
  "GET app/api/auth/[...nextauth]/route.ts": get("/api/auth/providers", { nextauth: ["providers"] }),
  "POST app/api/auth/[...nextauth]/route.ts": async (_r, _b, caller) => ({ request: request(caller, "/api/auth/callback/credentials", { method: "POST", body: "email=khong-co%40test.local&password=sai&json=true", headers: { "content-type": "application/x-www-form-urlencoded" } }), params: { nextauth: ["callback", "credentials"] } }),
  "GET app/api/health/route.ts": get("/api/health"),
  "GET app/api/v1/[...path]/route.ts": notFound("GET"),
  "POST app/api/v1/[...path]/route.ts": notFound("POST"),
  "PUT app/api/v1/[...path]/route.ts": notFound("PUT"),
  "PATCH app/api/v1/[...path]/route.ts": notFound("PATCH"),
  "DELETE app/api/v1/[...path]/route.ts": notFound("DELETE"),
  "GET app/api/v1/openapi.json/route.ts": get("/api/v1/openapi.json"),
  "POST app/api/v1/periodic-reports/route.ts": async (r, _b, caller) => ({ request: request(caller, "/api/v1/periodic-reports", { method: "POST", body: JSON.stringify({ rows: [periodicRow(r)] }), headers: { "content-type": "application/json" } }), params: {} }),
  "GET app/api/v1/reports/summary/route.ts": report("/api/v1/reports/summary"),
  "GET app/api/v1/reports/trend/route.ts": report("/api/v1/reports/trend"),
};
