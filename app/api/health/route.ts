// GET /api/health: 200 {"status":"ok",…} when the database answers and is fully migrated, else 503
// with the same shape (lib/health). Open without a session (proxy.ts) and never cached.
import { checkHealth } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
