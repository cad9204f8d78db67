// A refused cross-origin request is a security event (ASVS 16.3.3): one JSON warn line with where it
// was refused, the method, the path and the Origin's host, nothing personal. A log line, not an
// audit row: it comes before any actor is known, and the proxy has no database.
import { log } from "../log";

export const CROSS_ORIGIN_EVENT = "security.crossOriginRefused";

function originHost(request: Request): string {
  const origin = request.headers.get("origin") ?? "";
  try {
    return new URL(origin).host;
  } catch {
    return origin.slice(0, 100);
  }
}

/** `where`: "serverAction" (proxy.ts), "api" (lib/api/actor.ts), "attachmentUpload" (the upload route). */
export function logCrossOriginRefused(request: Request, where: string): Promise<void> {
  return log.warn(CROSS_ORIGIN_EVENT, { where, method: request.method, path: new URL(request.url).pathname, origin: originHost(request) });
}
