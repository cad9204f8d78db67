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

type Options = { public?: boolean };

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "_", i.message]));
}

function firstMessage(error: z.ZodError): string {
  return `Dữ liệu chưa hợp lệ: ${error.issues[0]?.message ?? "hãy kiểm tra các ô được đánh dấu"}`;
}

export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>, actor: Actor | null) => Promise<T>, options: Options = {}) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: firstMessage(parsed.error), fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      const actor = await getActor();
      if (!actor && !options.public) return { ok: false, code: "UNAUTHENTICATED", message: "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại; dữ liệu trên trang vẫn được giữ." };
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (error) {
      // lib mutations parse their own input too; their zod errors are the user's input, not a fault.
      if (error instanceof z.ZodError) return { ok: false, code: "VALIDATION", message: firstMessage(error), fieldErrors: fieldErrorsOf(error) };
      if (isDomainError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: error.details };
      console.error("Unexpected error in server action", error);
      return { ok: false, code: "UNEXPECTED", message: "Hệ thống gặp lỗi khi xử lý. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại." };
    }
  };
}
