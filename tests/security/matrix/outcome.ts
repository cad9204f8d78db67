// How a matrix case ended: allowed (the action ran, or a business rule answered after the actor
// was let in) or denied (no session, refused, or "not found" — what another province's record
// answers). A success whose answer shows the other side's record (a search, a batch report) is
// judged by the case's own reading of the answer.
import type { ActionResult } from "../../../lib/action";

export type Decision = "allow" | "deny";
export const DENIAL_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

/**
 * A record or province outside the caller's scope named in a field (a row's province, a draft's
 * province) is refused in that field with this wording, which says no more than "not found".
 */
export const SCOPE_REFUSAL = /không có tỉnh này, hoặc tỉnh nằm ngoài phạm vi|nằm ngoài phạm vi của đơn vị bạn|không tồn tại hoặc bạn không có quyền/;

function refusedForScope(result: Extract<ActionResult<unknown>, { ok: false }>): boolean {
  return result.code === "VALIDATION" && [result.message, ...Object.values(result.fieldErrors ?? {})].some((m) => SCOPE_REFUSAL.test(m));
}

export function decisionOfAction(result: ActionResult<unknown>, granted?: (data: unknown) => boolean): Decision {
  if (!result.ok) return DENIAL_CODES.has(result.code) || refusedForScope(result) ? "deny" : "allow";
  return granted && !granted(result.data) ? "deny" : "allow";
}

/**
 * 401, 403, 404, a redirect to sign-in and a 400 refusing the province for scope deny; any other
 * answer means the handler let the caller in.
 */
export function decisionOfResponse(response: Response, body: string): Decision {
  if ([401, 403, 404].includes(response.status)) return "deny";
  if (response.status === 400 && SCOPE_REFUSAL.test(body)) return "deny";
  if (response.status === 303 && (response.headers.get("location") ?? "").includes("/dang-nhap")) return "deny";
  return "allow";
}

/** "allowed (OK)", "allowed (INVALID_TRANSITION)", "denied (NOT_FOUND)": how a case is printed. */
export function describeOutcome(result: ActionResult<unknown>): string {
  return result.ok ? "OK" : `${result.code}: ${result.message.slice(0, 160)}${result.fieldErrors ? ` ${JSON.stringify(result.fieldErrors).slice(0, 200)}` : ""}`;
}
