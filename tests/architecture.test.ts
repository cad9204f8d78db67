// Import boundaries (../shared/architecture.md "Imports"): app/ and components/ never import the
// database client; components/ never imports queries or mutations; "use server" files export
// only actions; server-side lib modules are marked server-only. Checked here instead of ESLint
// (docs/decisions/007-boundaries-by-test.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);

describe("import boundaries", () => {
  it("keeps the database client out of app/ and components/", () => {
    const offenders = [...files("app"), ...files("components")].filter((f) => imports(f).some((i) => /lib\/db(\/|$)|@prisma\/|^pg$/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("keeps queries and mutations out of components/", () => {
    const offenders = files("components").filter((f) => imports(f).some((i) => /\/(queries|mutations)$/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("lets 'use server' files export only async actions", () => {
    const offenders = files("app")
      .filter((f) => readFileSync(f, "utf8").startsWith('"use server"'))
      .filter((f) => /export\s+(type|interface|class|function\s+[a-z]|const\s+[A-Z_]+\s*=\s*[^d])/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("marks lib queries, mutations and sessions as server-only", () => {
    const serverModules = files("lib").filter((f) => /(queries|mutations|session|options|action)\.ts$/.test(f));
    const unmarked = serverModules.filter((f) => !readFileSync(f, "utf8").startsWith('import "server-only"'));
    expect(unmarked).toEqual([]);
  });

  it("uses ActionButton in client components, so nothing can be clicked before hydration", () => {
    const offenders = [...files("app"), ...files("components")]
      .filter((f) => !/(^|\/)(action-button|error|global-error)\.tsx$/.test(f))
      .filter((f) => readFileSync(f, "utf8").startsWith('"use client"') && /<button\b/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("one kernel (docs/architecture.md)", () => {
  const code = [...files("lib"), ...files("app"), ...files("components")].filter((f) => !/\.test\.ts$/.test(f));

  it("writes row and advisory locks only in lib/db/", () => {
    const offenders = code.filter((f) => !f.startsWith(`lib${path.sep}db${path.sep}`) && /FOR\s+UPDATE|pg_advisory/i.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("reads the calendar day only through lib/calendar (no local-time getters, no +07:00 literals)", () => {
    const offenders = code
      .filter((f) => !f.startsWith(`lib${path.sep}calendar${path.sep}`))
      .filter((f) => /\.(getFullYear|getMonth|getDate|getDay|getHours|setHours|setDate|setFullYear|getTimezoneOffset)\(|T23:59:59|\+07:00/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
