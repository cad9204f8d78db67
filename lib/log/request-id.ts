// The request id proxy.ts gives every request: the caller's x-request-id when it looks like an id
// (so a load balancer's id follows the request), else a new UUID. Anything else in that header could
// forge or flood log lines, so it is replaced.
export const REQUEST_ID_HEADER = "x-request-id";
const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && VALID_ID.test(incoming) ? incoming : crypto.randomUUID();
}
