import "server-only";
// The one server-action wrapper. Server actions are public endpoints: the input is parsed with
// zod (with the Vietnamese error map), the actor is resolved on the server, domain errors become
// typed results with their text rendered in the request's locale, and anything unexpected is
// logged and never echoed.
import { z } from "zod";
import type { Actor } from "./auth/actor";
import { isDenial, recordDenied } from "./audit/security";
import { getActor } from "./auth/session";
import { domainErrorOfPrisma } from "./db/prisma-errors";
import { isDomainError, type DomainErrorCode } from "./errors";
import { edgeText, errorText } from "./i18n/error-text";
import type { Locale } from "./i18n/locales";
import { requestLocale } from "./i18n/request-locale";
import "./i18n/zod-vietnamese";
import { log } from "./log";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: DomainErrorCode | "UNEXPECTED"; message: string; fieldErrors?: Record<string, string> };

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message]));
}

function firstMessage(error: z.ZodError, locale: Locale): string {
  return edgeText(locale, "errors.action.invalidInput", { detail: error.issues[0]?.message ?? edgeText(locale, "errors.action.checkMarkedFields") });
}

function invalid(error: z.ZodError, locale: Locale): ActionResult<never> {
  return { ok: false, code: "VALIDATION", message: firstMessage(error, locale), fieldErrors: fieldErrorsOf(error) };
}

/** Who calls and in which language: the request's, or a test's (tests/integration/fuzz-actions.test.ts). */
export type ActionContext = { locale: Locale; actor: () => Promise<Actor | null> };

/**
 * A server action as Next calls it, with `invoke` running the very same parse, handler and error
 * mapping for a given context, so the fuzz and authorization tests exercise the real path.
 */
export type ServerAction<T> = ((raw: unknown) => Promise<ActionResult<T>>) & { schema: z.ZodType; invoke: (raw: unknown, context: ActionContext) => Promise<ActionResult<T>> };

/** An action for signed-in users: without a session it answers UNAUTHENTICATED and never runs. */
export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor, locale: Locale) => Promise<T>): ServerAction<T> {
  return run(schema, async (input, actor, locale) => (actor ? { ok: true, data: await handler(input, actor, locale) } : { ok: false, code: "UNAUTHENTICATED", message: edgeText(locale, "errors.action.unauthenticated") }));
}

/** An action open to anyone (e.g. the language switch); the actor may be null. */
export function definePublicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor | null) => Promise<T>): ServerAction<T> {
  return run(schema, async (input, actor) => ({ ok: true, data: await handler(input, actor) }));
}

function run<S extends z.ZodType, T>(schema: S, body: (input: z.infer<S>, actor: Actor | null, locale: Locale) => Promise<ActionResult<T>>): ServerAction<T> {
  const invoke = async (raw: unknown, { locale, actor }: ActionContext): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, locale);
    let who: Actor | null = null;
    try {
      who = await actor();
      return await body(parsed.data, who, locale);
    } catch (error) {
      if (isDenial(error)) await recordDenied(who, error, "server action");
      // lib mutations parse their own input too; their zod errors are the user's input, not a fault.
      if (error instanceof z.ZodError) return invalid(error, locale);
      if (isDomainError(error)) return { ok: false, code: error.code, ...errorText(error, locale) };
      const refused = domainErrorOfPrisma(error);
      if (refused) return { ok: false, code: refused.code, ...errorText(refused, locale) };
      void log.error("Unexpected error in server action", { error });
      return { ok: false, code: "UNEXPECTED", message: edgeText(locale, "errors.action.unexpected") };
    }
  };
  return Object.assign(async (raw: unknown) => invoke(raw, { locale: await requestLocale(), actor: getActor }), { schema, invoke });
}
