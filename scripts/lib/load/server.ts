// The production server under load: `next start` bound to 127.0.0.1, in a process group of its own
// so it can be stopped with everything it spawned, and its memory read from /proc while it runs.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type AppServer = { pid: number; stop(): Promise<void>; exited: Promise<number | null> };

export function startServer(port: number, env: Record<string, string>): AppServer {
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    // The harness's own database serves every read: no replica from the shell or .env.local.
    env: { ...process.env, DATABASE_READ_URL: "", ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // The whole group: `next start` may leave a worker behind its own exit for a moment.
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    if (!groupAlive()) return;
    process.kill(-child.pid!, "SIGTERM");
    for (let i = 0; i < 100 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) process.kill(-child.pid!, "SIGKILL");
    await exited;
  };
  return { pid: child.pid!, stop, exited };
}

/** Polls until the sign-in page answers 200, or fails after `timeoutMs`. */
export async function waitForServer(origin: string, server: AppServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void server.exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error("Máy chủ production dừng ngay khi khởi động (xem nhật ký ở trên).");
    try {
      const res = await fetch(`${origin}/dang-nhap`, { redirect: "manual" });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Máy chủ ${origin} không trả lời sau ${timeoutMs / 1000} giây.`);
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process and its descendants, from the parent pids in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      /* exited meanwhile */
    }
  }
  const tree: number[] = [];
  const walk = (pid: number) => {
    tree.push(pid);
    for (const child of parents.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

export type MemorySample = { peakRssMb: number; hwmMb: number; samples: number };

/** Samples the tree's summed VmRSS every `everyMs`; `stop()` returns the peak and the summed VmHWM then. */
export function sampleMemory(root: number, everyMs = 500): { stop(): MemorySample } {
  let peakKb = 0;
  let samples = 0;
  const tick = () => {
    peakKb = Math.max(peakKb, processTree(root).reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0));
    samples++;
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      const hwmKb = processTree(root).reduce((sum, pid) => sum + statusKb(pid, "VmHWM"), 0);
      return { peakRssMb: peakKb / 1024, hwmMb: hwmKb / 1024, samples };
    },
  };
}
