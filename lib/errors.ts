// The one error hierarchy. A domain error carries its category (the code, which decides the HTTP
// status) and a catalogue key with ICU params (the text). The edges render it in the request's
// locale (lib/i18n/error-text.ts); `.message` is the Vietnamese rendering, for logs and tests,
// rendered when read: client components reach this module, the catalogues stay on the server (058).
// Anything else is unexpected: logged on the server and never echoed to the user.
import { message, verbatim, vietnamese, vietnameseMessageOf, type ErrorKey, type MessageParams, type MessageRef } from "./i18n/refs";
import type vi from "../messages/vi.json";

export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "INVALID_TRANSITION"
  | "CONFLICT"
  | "DEADLINE_PASSED";

/** Messages per input field (path → message), rendered at the edge like the error itself. */
export type FieldMessages = Record<string, MessageRef>;

export class DomainError extends Error {
  readonly params: MessageParams;

  constructor(
    readonly code: DomainErrorCode,
    readonly key: ErrorKey,
    params: MessageParams = {},
    readonly fields?: FieldMessages,
  ) {
    super();
    vietnameseMessageOf(this, key, params);
    this.params = params;
    this.name = "DomainError";
  }

  /** The field messages in Vietnamese (import reports are Vietnamese documents; logs and tests read them too). */
  get details(): Record<string, string> | undefined {
    return this.fields && Object.fromEntries(Object.entries(this.fields).map(([path, ref]) => [path, vietnamese(ref.key, ref.params)]));
  }
}

/** What was not found; each has its own sentence in errors.missing (grammar differs per noun in English). */
export type MissingSubject = keyof typeof vi.errors.missing;

/** Missing and "not yours" give the same answer, so ids of other provinces' records do not leak. */
export class NotFoundError extends DomainError {
  constructor(what: MissingSubject = "record", params?: MessageParams) {
    super("NOT_FOUND", `errors.missing.${what}`, params);
  }
}

export class ForbiddenError extends DomainError {
  constructor(key: ErrorKey = "errors.common.forbidden", params?: MessageParams) {
    super("FORBIDDEN", key, params);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(key: ErrorKey, params?: MessageParams) {
    super("INVALID_TRANSITION", key, params);
  }
}

export class ConflictError extends DomainError {
  constructor(key: ErrorKey = "errors.common.conflict", params?: MessageParams) {
    super("CONFLICT", key, params);
  }
}

export { message, verbatim };
export type { ErrorKey, MessageParams, MessageRef };

/** Field messages from texts that are already Vietnamese (zod issues, computed checks), keyed by field path. */
export function verbatimFields(entries: Iterable<readonly [string, string]>): FieldMessages {
  return Object.fromEntries([...entries].map(([path, text]) => [path, verbatim(text)]));
}

/** Field messages of a zod error (its texts come from the Vietnamese zod map or the schema's own messages). */
export function zodFields(issues: readonly { path: readonly PropertyKey[]; message: string }[], emptyPath = ""): FieldMessages {
  return verbatimFields(issues.map((i) => [i.path.map(String).join(".") || emptyPath, i.message] as const));
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

const HTTP_STATUS: Record<DomainErrorCode, number> = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, VALIDATION: 400, CONFLICT: 409, INVALID_TRANSITION: 409, DEADLINE_PASSED: 409 };

/** The HTTP status a route handler answers a domain error with. */
export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS[error.code];
}

/**
 * The field messages of a check that throws a validation error, so several checks report together
 * (every error of a form at once); any other error passes through.
 */
export async function fieldMessagesOf(check: Promise<unknown>): Promise<FieldMessages> {
  try {
    await check;
    return {};
  } catch (error) {
    if (error instanceof DomainError && error.code === "VALIDATION" && error.fields) return error.fields;
    throw error;
  }
}
