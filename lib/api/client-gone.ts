// A client that closed its connection before the answer (a browser tab closed, a load generator
// stopping, a timeout on the caller's side) is not a fault of the server: Node rejects the body
// read with "aborted" (ECONNRESET) and the request's signal is aborted. Found by `npm run load`,
// whose stop cut requests in flight and filled the error log (docs/decisions/054).

export function clientGone(error: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  return error instanceof Error && error.message === "aborted" && (error as { code?: unknown }).code === "ECONNRESET";
}
