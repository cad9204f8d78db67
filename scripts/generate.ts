// `npm run generate -- --scale N [--seed S] [--database NAME]`: a synthetic national dataset in a
// database of its own (default kc_scale_<N>), on DATABASE_URL's server when it is set, else on the
// bench cluster. Prints the rows per table and its own time (docs/decisions/055).
import { performance } from "node:perf_hooks";
import { generate } from "./generate/index";
import { exitWithSetupError, redact } from "./lib/database-url";
import { startCluster, type RunningCluster } from "./lib/embedded-postgres";

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const started = performance.now();
  const scale = Number(arg("scale") ?? "1");
  const seed = arg("seed") ?? "1";
  const database = arg("database") ?? `kc_scale_${String(scale).replace(/\./g, "_")}`;
  if (!/^[a-z0-9_]+$/i.test(database)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${database}`);
  let cluster: RunningCluster | null = null;
  let url: string;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    // The generator drops its database first: never the one the app runs on.
    if (decodeURIComponent(u.pathname.slice(1)) === database) throw new Error(`Từ chối: ${database} là cơ sở dữ liệu của DATABASE_URL; hãy chọn --database khác.`);
    u.pathname = `/${database}`;
    url = u.toString();
  } else {
    cluster = await startCluster({ dataDir: ".data/postgres-bench", port: 54369 + offset });
    url = cluster.urlFor(database);
  }
  try {
    console.log(`Sinh dữ liệu quy mô ${scale} (hạt giống ${seed}) vào ${redact(url)}`);
    const r = await generate({ url, scale, seed, log: (line) => console.log(line) });
    console.log(`\nNăm kế hoạch ${r.years[0]}–${r.years[r.years.length - 1]} (+ mùa đăng ký ${r.years[r.years.length - 1]! + 1}), khối lượng mỗi năm ×${r.perYear}; COPY ${r.fastCopy ? "bỏ kiểm tra khóa ngoại từng dòng (session_replication_role = replica)" : "với khóa ngoại kiểm tra từng dòng"}`);
    const width = Math.max(...Object.keys(r.counts).map((k) => k.length));
    let total = 0;
    for (const [table, n] of Object.entries(r.counts)) {
      total += n;
      console.log(`${table.padEnd(width)} ${n.toLocaleString("vi-VN").padStart(12)}`);
    }
    console.log(`${"Tổng".padEnd(width)} ${total.toLocaleString("vi-VN").padStart(12)}`);
    console.log(`\nThời gian: ${((performance.now() - started) / 1000).toFixed(1)} s (hàm generate ${(r.ms / 1000).toFixed(1)} s)`);
  } finally {
    await cluster?.stop();
  }
}

main().catch(exitWithSetupError);
