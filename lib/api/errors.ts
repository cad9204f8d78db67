// The API's error envelope, pure: { "error": { "code", "message", "fields"? } }. Messages are
// Vietnamese (the API's language, docs/decisions/033); codes are stable names for programs. Bad
// input always answers 4xx; a 500 means a fault of ours, logged and never echoed.
import { z } from "zod";
import { httpStatusOf, isDomainError, type DomainErrorCode } from "../errors";
import { domainErrorOfPrisma } from "../db/prisma-errors";
import { errorText } from "../i18n/error-text";
import { renderMessage, type ErrorKey, type MessageParams } from "../i18n/messages";
import { log } from "../log";

export type ApiErrorCode = DomainErrorCode | "TOKEN_EXPIRED" | "TOKEN_REVOKED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNEXPECTED";
export const API_ERROR_CODES = ["VALIDATION", "UNAUTHENTICATED", "TOKEN_EXPIRED", "TOKEN_REVOKED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION", "DEADLINE_PASSED", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "UNEXPECTED"] as const satisfies readonly ApiErrorCode[];

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; fields?: Record<string, string> } };
export type ApiFailure = { status: number; body: ApiErrorBody };

/** A refusal of the API edge itself (authentication, body, method), with its own status. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415,
    readonly code: ApiErrorCode,
    readonly key: ErrorKey,
    readonly params: MessageParams = {},
    /** The parameter or field the refusal is about, with the same message. */
    readonly field?: string,
  ) {
    super(renderMessage("vi", key, params));
    this.name = "ApiRefusal";
  }
}

function envelope(code: ApiErrorCode, message: string, fields?: Record<string, string>): ApiErrorBody {
  return { error: fields && Object.keys(fields).length ? { code, message, fields } : { code, message } };
}

const zodFieldsOf = (error: z.ZodError) => Object.fromEntries(error.issues.map((i) => [i.path.map(String).join(".") || "_", i.message]));

/** The status and body for anything a handler threw. */
export function apiFailureOf(error: unknown): ApiFailure {
  if (error instanceof ApiRefusal) return { status: error.status, body: envelope(error.code, error.message, error.field ? { [error.field]: error.message } : undefined) };
  if (error instanceof z.ZodError) {
    const detail = error.issues[0]?.message ?? renderMessage("vi", "errors.action.checkMarkedFields");
    return { status: 400, body: envelope("VALIDATION", renderMessage("vi", "errors.action.invalidInput", { detail }), zodFieldsOf(error)) };
  }
  const domain = isDomainError(error) ? error : domainErrorOfPrisma(error);
  if (domain) {
    const { message, fieldErrors } = errorText(domain, "vi");
    return { status: httpStatusOf(domain), body: envelope(domain.code, message, fieldErrors) };
  }
  void log.error("Unexpected error in the JSON API", { error });
  return { status: 500, body: envelope("UNEXPECTED", renderMessage("vi", "errors.action.unexpected")) };
}
