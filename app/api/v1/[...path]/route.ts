// Any other address under /api/v1 answers the JSON envelope (404), not the app's HTML page, so a
// program with a mistyped path gets a message it can read.
import { publicApiRoute } from "@/lib/api/handler";
import { ApiRefusal } from "@/lib/api/errors";

const notFound = publicApiRoute(async (request) => {
  throw new ApiRefusal(404, "NOT_FOUND", "errors.api.notFound", { path: new URL(request.url).pathname.slice(0, 200) });
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
