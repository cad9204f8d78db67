// GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (lib/api/openapi.ts). Public: it
// describes the API and holds no data.
import { OPENAPI_DOCUMENT } from "@/lib/api/openapi";
import { publicApiRoute } from "@/lib/api/handler";
import { apiJson } from "@/lib/api/respond";

export const GET = publicApiRoute(async () => apiJson(OPENAPI_DOCUMENT));
