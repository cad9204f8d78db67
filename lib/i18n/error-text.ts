// The edge's half of domain errors: lib throws a code and a key, the server action or route
// handler renders the text in the request's locale. Pure, so route answers are testable.
import type { DomainError } from "../errors";
import type { Locale } from "./locales";
import { renderMessage, renderRef, type ErrorKey, type MessageParams } from "./messages";

export type ErrorText = { message: string; fieldErrors?: Record<string, string> };

export function errorText(error: DomainError, locale: Locale): ErrorText {
  const message = renderMessage(locale, error.key, error.params);
  if (!error.fields) return { message };
  return { message, fieldErrors: Object.fromEntries(Object.entries(error.fields).map(([path, ref]) => [path, renderRef(locale, ref)])) };
}

/** Texts the edges answer with themselves (session expired, unexpected failure, …). */
export function edgeText(locale: Locale, key: ErrorKey, params?: MessageParams): string {
  return renderMessage(locale, key, params);
}
