// Where a refused access happened, for security.accessDenied (lib/audit/security.ts): the page's
// path, and for a server action Next's id of it (`next-action`; the build's server-reference
// manifest names the function), so an admin can tell which action was probed. Only the path: a
// query string may carry what a user typed. Both headers are bounded and shape-checked, since the
// action id comes from the client.
import { REQUEST_PATH_HEADER } from "../http/request-path";

export type DenialEdge = "server action" | "page";

const ACTION_ID = /^[0-9a-f]{1,128}$/i;
const MAX_PATH = 200;

/** Pure: the place from a request's headers, or just the edge outside a request. */
export function denialPlace(edge: DenialEdge, headers: Headers | null): string {
  if (!headers) return edge;
  const path = headers.get(REQUEST_PATH_HEADER);
  const id = headers.get("next-action");
  const parts = [edge, path?.startsWith("/") ? path.slice(0, MAX_PATH) : null, id && ACTION_ID.test(id) ? `#${id}` : null];
  return parts.filter(Boolean).join(" ");
}

/** The place of the current request, or the bare edge where there is none (tests, scripts). */
export async function deniedAt(edge: DenialEdge): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return denialPlace(edge, await headers());
  } catch {
    return edge;
  }
}
