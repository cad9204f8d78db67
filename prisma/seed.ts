// Reference data (always) and demo data 2019–2027 (when asked). Idempotent: natural-key upserts and
// deterministic ids, so running it again neither duplicates nor loses rows (docs/demo-data.md).
// Run directly: `npm run db:seed` (DATABASE_URL must point at a local database).
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "../lib/db/generated/client";
import { createDb } from "../lib/db/client";
import { seedDemo } from "./seed/demo";
import { seedReference } from "./seed/reference";
import { Seeder, type Stats } from "./seed/sync";

export type SeedSummary = {
  demo: boolean;
  ms: number;
  created: number;
  updated: number;
  /** Tables where rows were created or updated. */
  changed: Stats;
};

export async function seed(db: PrismaClient, options: { demo: boolean }): Promise<SeedSummary> {
  const started = Date.now();
  const s = new Seeder(db);
  const ref = await seedReference(s);
  if (options.demo) await seedDemo(s, ref);
  const changed = Object.fromEntries(Object.entries(s.stats).filter(([, v]) => v.created + v.updated > 0));
  const total = (f: "created" | "updated") => Object.values(s.stats).reduce((a, v) => a + v[f], 0);
  return { demo: options.demo, ms: Date.now() - started, created: total("created"), updated: total("updated"), changed };
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** The seed writes demo accounts with a known password: it refuses anything but a local database. */
export function assertLocalDatabase(url: string | undefined): string {
  if (!url) throw new Error("Chưa đặt DATABASE_URL. Ví dụ: DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:5432/khuyencong npm run db:seed");
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error("DATABASE_URL không hợp lệ (cần dạng postgresql://người_dùng:mật_khẩu@máy:cổng/tên_csdl).");
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `Từ chối nạp dữ liệu mẫu: DATABASE_URL trỏ tới máy "${host}". Dữ liệu mẫu (kèm tài khoản có mật khẩu công khai) ` +
        "chỉ được nạp vào cơ sở dữ liệu trên máy này (127.0.0.1, localhost hoặc ::1).",
    );
  }
  return url;
}

async function main(): Promise<void> {
  const url = assertLocalDatabase(process.env.DATABASE_URL);
  const db = createDb(url);
  try {
    const summary = await seed(db, { demo: true });
    const tables = Object.entries(summary.changed)
      .map(([t, v]) => `${t} +${v.created}${v.updated ? ` ~${v.updated}` : ""}`)
      .join(", ");
    console.log(`Đã nạp dữ liệu trong ${(summary.ms / 1000).toFixed(1)} giây: ${summary.created} dòng mới, ${summary.updated} dòng cập nhật.`);
    if (tables) console.log(`Chi tiết: ${tables}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
