import "server-only";
// The one server-action wrapper. Server actions are public endpoints: the input is parsed with
// zod, the actor is resolved on the server, domain errors become typed results with Vietnamese
// messages, and anything unexpected is logged and never echoed.
import { z } from "zod";
import type { Actor } from "./auth/actor";
import { getActor } from "./auth/session";
import { isDomainError, type DomainErrorCode } from "./errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: DomainErrorCode | "UNEXPECTED"; message: string; fieldErrors?: Record<string, string> };

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message]));
}

function firstMessage(error: z.ZodError): string {
  return `Dữ liệu chưa hợp lệ: ${error.issues[0]?.message ?? "hãy kiểm tra các ô được đánh dấu"}`;
}

/** An action for signed-in users: without a session it answers UNAUTHENTICATED and never runs. */
export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor) => Promise<T>) {
  return run(schema, async (input, actor) => (actor ? { ok: true, data: await handler(input, actor) } : UNAUTHENTICATED));
}

/** An action open to anyone (e.g. the language switch); the actor may be null. */
export function definePublicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor | null) => Promise<T>) {
  return run(schema, async (input, actor) => ({ ok: true, data: await handler(input, actor) }));
}

const UNAUTHENTICATED = { ok: false, code: "UNAUTHENTICATED", message: "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại; dữ liệu trên trang vẫn được giữ." } as const;

function run<S extends z.ZodType, T>(schema: S, body: (input: z.infer<S>, actor: Actor | null) => Promise<ActionResult<T>>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: firstMessage(parsed.error), fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      return await body(parsed.data, await getActor());
    } catch (error) {
      // lib mutations parse their own input too; their zod errors are the user's input, not a fault.
      if (error instanceof z.ZodError) return { ok: false, code: "VALIDATION", message: firstMessage(error), fieldErrors: fieldErrorsOf(error) };
      if (isDomainError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: error.details };
      console.error("Unexpected error in server action", error);
      return { ok: false, code: "UNEXPECTED", message: "Hệ thống gặp lỗi khi xử lý. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại." };
    }
  };
}
