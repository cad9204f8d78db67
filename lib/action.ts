import "server-only";
// The one server-action wrapper. Server actions are public endpoints: the input is parsed with
// zod (with the Vietnamese error map), the actor is resolved on the server, domain errors become
// typed results with their text rendered in the request's locale, and anything unexpected is
// logged and never echoed.
import { z } from "zod";
import type { Actor } from "./auth/actor";
import { deniedAt } from "./audit/denied-at";
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

/** What an action lets through before its input is read. */
type Gate = (actor: Actor | null, locale: Locale) => ActionResult<never> | null;

export type ActionOptions = {
  /**
   * Runs for a user whose password an admin reset (mustChangePassword): only the own-password
   * change, which is how that user gets out of the state. Every other action refuses them.
   */
  beforePasswordChange?: true;
};

/**
 * An action for signed-in users: without a session it answers UNAUTHENTICATED and never runs, and
 * a user who must first change their password is refused (the page redirect is only convenience).
 */
export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor, locale: Locale) => Promise<T>, options: ActionOptions = {}): ServerAction<T> {
  const gate: Gate = (actor, locale) => {
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: edgeText(locale, "errors.action.unauthenticated") };
    if (actor.mustChangePassword && !options.beforePasswordChange) return { ok: false, code: "FORBIDDEN", message: edgeText(locale, "errors.action.passwordChangeRequired") };
    return null;
  };
  return run(schema, gate, async (input, actor, locale) => ({ ok: true, data: await handler(input, actor!, locale) }));
}

/** An action open to anyone (e.g. the language switch, a reset link's redemption); the actor may be null. */
export function definePublicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor | null) => Promise<T>): ServerAction<T> {
  return run(schema, () => null, async (input, actor) => ({ ok: true, data: await handler(input, actor) }));
}

function run<S extends z.ZodType, T>(schema: S, gate: Gate, body: (input: z.infer<S>, actor: Actor | null, locale: Locale) => Promise<ActionResult<T>>): ServerAction<T> {
  const invoke = async (raw: unknown, { locale, actor }: ActionContext): Promise<ActionResult<T>> => {
    let who: Actor | null = null;
    try {
      // Who calls is settled before the input is read: a refused caller learns nothing of the schema.
      who = await actor();
      const refused = gate(who, locale);
      if (refused) return refused;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error, locale);
      return await body(parsed.data, who, locale);
    } catch (error) {
      if (isDenial(error)) await recordDenied(who, error, await deniedAt("server action"));
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
