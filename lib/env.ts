// The one place that reads process.env (Prisma's config aside). Validated once, at first use.
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL chưa được đặt. Với `npm run dev`, cơ sở dữ liệu nhúng tự đặt biến này; khi chạy production hãy đặt DATABASE_URL=postgresql://…" })
    .regex(/^postgres(ql)?:\/\/.+/, "DATABASE_URL phải có dạng postgresql://người_dùng:mật_khẩu@máy:cổng/tên_csdl"),
  /**
   * Optional read replica (a PostgreSQL hot standby) for the heavy read-only path, reports
   * (docs/scaling.md, decision 065). Unset or empty: they read DATABASE_URL.
   */
  DATABASE_READ_URL: z.string().regex(/^postgres(ql)?:\/\/.+/, "DATABASE_READ_URL phải có dạng postgresql://người_dùng:mật_khẩu@máy:cổng/tên_csdl").optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET phải dài ít nhất 16 ký tự").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  STORAGE_DIR: z.string().default("storage"),
  /** Optional SMTP transport for the daily digest, e.g. smtp://user:pass@mail.example:587. Off when unset. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, "SMTP_URL phải có dạng smtp://người_dùng:mật_khẩu@máy:cổng").optional(),
  MAIL_FROM: z.string().default("Khuyến công <no-reply@khuyencong.local>"),
  /** Public base URL used in links inside emails. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /**
   * True only behind a reverse proxy that sets X-Forwarded-Host itself and appends the client's
   * address to X-Forwarded-For. Then the app believes both: the host for the same-origin check
   * (decision 046), the last address for the per-address sign-in throttle (decision 048). Unset,
   * both headers are the client's own word: X-Forwarded-Host is replaced by Host, and no
   * per-address throttle applies.
   */
  TRUSTED_PROXY: z.enum(["true", "false", "1", "0"], { error: "TRUSTED_PROXY phải là true hoặc false" }).default("false").transform((v) => v === "true" || v === "1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Years an owner's contact is kept after the facility's last supported đề án ended (or after it
   * was recorded, if never supported); the daily job erases it then. Programme setting, decision 052.
   */
  PERSONAL_DATA_RETENTION_YEARS: z.coerce.number().int("PERSONAL_DATA_RETENTION_YEARS phải là số năm nguyên").min(1, "PERSONAL_DATA_RETENTION_YEARS phải từ 1 năm").max(50, "PERSONAL_DATA_RETENTION_YEARS tối đa 50 năm").default(10),
  /**
   * Whether the seeded demo accounts may sign in and are shown on the sign-in page. Unset: on for
   * `npm run dev` and tests, off for a production server (`npm start`); "1"/"true" or "0"/"false" decide.
   */
  DEMO_MODE: z.enum(["1", "true", "0", "false"], { error: "DEMO_MODE phải là 1 (bật) hoặc 0 (tắt)" }).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // An empty variable (e.g. "SMTP_URL=" copied from .env.example) means "not set".
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Cấu hình môi trường không hợp lệ:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The session secret. Development gets a fixed local secret; production must set its own. */
export function authSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.NODE_ENV === "production") {
    throw new EnvError("NEXTAUTH_SECRET chưa được đặt. Production cần một chuỗi bí mật ngẫu nhiên (ví dụ: openssl rand -base64 32).");
  }
  return "khuyen-cong-local-development-secret";
}

/** Whether X-Forwarded-Host comes from a proxy we run (TRUSTED_PROXY=1), not from the client. */
export function forwardedHostTrusted(): boolean {
  return env().TRUSTED_PROXY;
}

/** Demo mode (docs/decisions/049): the seeded demo accounts work only while it is on. */
export function demoMode(): boolean {
  const e = env();
  if (e.DEMO_MODE) return e.DEMO_MODE === "1" || e.DEMO_MODE === "true";
  return e.NODE_ENV !== "production";
}
