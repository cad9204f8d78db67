// What a new machine needs from the repository itself (issue #7, "Set-up on any machine").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import nextConfig from "../next.config";
import { devOrigins } from "../scripts/lib/dev-origins";

type LockedPackage = { version?: string; engines?: Record<string, string> | string[]; optional?: boolean };
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockedPackage> };

type Version = [number, number, number];
const parse = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, "").split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The range forms npm packages write in `engines.node`: ">=x", ">x", "<x", "^x", "x.x", "*", joined by "||" and spaces. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split("||").some((set) =>
    set
      .trim()
      .replace(/([<>=^~]+)\s+/g, "$1")
      .split(/\s+/)
      .every((comparator) => {
        const [, op = "", target = ""] = /^([<>=^~]*)(.*)$/.exec(comparator) ?? [];
        if (target === "*" || target === "" || target === "x") return true;
        const t = parse(target);
        const c = compare(v, t);
        if (op === ">=") return c >= 0;
        if (op === ">") return c > 0;
        if (op === "<") return c < 0;
        if (op === "<=") return c <= 0;
        if (op === "^") return c >= 0 && v[0] === t[0];
        // "20", "20.x", "20.19": every part written must match.
        const written = target.split(".").filter((part) => /^\d+$/.test(part)).length;
        return v.slice(0, written).every((n, i) => n === t[i]);
      }),
  );
}

describe("the lockfile", () => {
  it("the range checker reads npm's forms", () => {
    expect(satisfies("20.19.0", ">= 10.x")).toBe(true);
    expect(satisfies("20.19.0", "^20.19 || ^22.12 || >=24.0")).toBe(true);
    expect(satisfies("20.19.0", ">=22.0.0")).toBe(false);
    expect(satisfies("20.19.0", "^18.18.0 || >=21.1.0")).toBe(false);
  });

  it("holds no package whose engines refuse the Node versions package.json accepts (no EBADENGINE)", () => {
    const floor = /^>=\s*(\S+)$/.exec(pkg.engines.node)?.[1];
    expect(floor).toBeDefined();
    const refused = Object.entries(lock.packages)
      .map(([path, p]) => ({ path, node: Array.isArray(p.engines) ? undefined : p.engines?.node }))
      .filter((p): p is { path: string; node: string } => p.node !== undefined)
      .filter((p) => ![floor ?? "", process.version].every((v) => satisfies(v, p.node)));
    expect(refused).toEqual([]);
  });

  it("lists Next's compiler and Tailwind's native packages for every platform a developer may use", () => {
    const platforms = ["linux-x64-gnu", "linux-x64-musl", "linux-arm64-gnu", "darwin-arm64", "darwin-x64", "win32-x64-msvc"];
    const families = ["@next/swc-", "@tailwindcss/oxide-", "lightningcss-"];
    const missing = families.flatMap((family) => platforms.map((platform) => `node_modules/${family}${platform}`)).filter((path) => !lock.packages[path]?.optional);
    expect(missing).toEqual([]);
  });
});

describe("development server", () => {
  it("trusts 127.0.0.1, localhost and this machine's network addresses, so pages hydrate there", () => {
    const origins = nextConfig.allowedDevOrigins ?? [];
    expect(origins).toEqual(expect.arrayContaining(["127.0.0.1", "localhost"]));
    const fake = { eth0: [{ address: "192.168.1.20", family: "IPv4" as const, internal: false, netmask: "255.255.255.0", mac: "00:00:00:00:00:00", cidr: null }] };
    expect(devOrigins(fake, "May-Chu")).toEqual(expect.arrayContaining(["127.0.0.1", "192.168.1.20", "may-chu"]));
  });

  it("has a real favicon, so pages do not 404 on /favicon.ico", () => {
    const icon = readFileSync("public/favicon.ico");
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    expect([icon.readUInt16LE(0), icon.readUInt16LE(2)]).toEqual([0, 1]);
    expect(icon.readUInt16LE(4)).toBeGreaterThan(0);
  });
});
