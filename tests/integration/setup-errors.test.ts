// Bad setups get clear messages, and a stale database server left by a killed run is handled.
import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { checkConnection } from "../../scripts/lib/database-url";
import { SetupError, startCluster } from "../../scripts/lib/embedded-postgres";

const offset = Number(process.env.KC_PORT_OFFSET ?? 0);
const busyPort = 54398 + offset;

describe("setup errors", () => {
  it("explains a malformed DATABASE_URL", async () => {
    await expect(checkConnection("not a url")).rejects.toThrow(/DATABASE_URL không hợp lệ/);
    await expect(checkConnection("mysql://u:p@127.0.0.1/db")).rejects.toThrow(/phải bắt đầu bằng postgresql:\/\//);
  });

  it("explains an unreachable database without leaking the password", async () => {
    const error = await checkConnection("postgresql://kc:secret@127.0.0.1:1/khuyencong").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as Error).message).toMatch(/Không kết nối được PostgreSQL tại postgresql:\/\/kc:\*\*\*@127\.0\.0\.1:1/);
    expect((error as Error).message).not.toContain("secret");
  });

  it("explains a port taken by another program", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(busyPort, "127.0.0.1", resolve));
    try {
      await expect(startCluster({ dataDir: ".data/postgres-busy-port", port: busyPort })).rejects.toThrow(new RegExp(`Cổng ${busyPort} trên 127\\.0\\.0\\.1 đang được một chương trình khác dùng`));
    } finally {
      blocker.close();
    }
  });

  it("stops a stale server left by a killed run and starts again on the same data", async () => {
    const dataDir = ".data/postgres-stale-test";
    const port = 54397 + offset;
    const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/hold-cluster.ts", dataDir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && resolve());
      child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
    });
    // kill -9 of the whole holder: the postmaster survives, as after a crashed `npm run dev`.
    child.kill("SIGKILL");
    const cluster = await startCluster({ dataDir, port });
    await cluster.stop();
  }, 90_000);
});
