// Import boundaries (../shared/architecture.md "Imports"): app/ and components/ never import the
// database client; components/ never imports queries, mutations or anything in app/; a lib file
// that writes to the database, whatever its name, is imported only by actions, route handlers,
// lib, scripts and tests; "use server" files export only actions; server-side lib modules are
// marked server-only; pages ask lib for roles; client forms use the one action hook. Checked here
// instead of ESLint (docs/decisions/007-boundaries-by-test.md, 017-concept-folders.md).
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

/** The repository file an import names (alias "@/" or relative), or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : null;
  if (base === null) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].map((c) => path.normalize(c));
  return candidates.find((c) => { try { return statSync(c).isFile(); } catch { return false; } }) ?? null;
}

// A write through Prisma (tx., db()., or a Db | Tx `client`) or raw SQL that changes rows.
const WRITES = /\b(?:tx|client|db\(\))\s*\.\s*\w+\s*\.\s*(?:create|createMany|createManyAndReturn|update|updateMany|delete|deleteMany|upsert)\s*\(|\$executeRaw/;
const libSources = () => files("lib").filter((f) => !f.endsWith(".test.ts"));
const mutationFiles = () => new Set(libSources().filter((f) => WRITES.test(readFileSync(f, "utf8"))));
/** Who may import a mutation file: actions and route handlers in app/, and lib, scripts, tests. */
const mayImportMutations = (f: string) => /^(lib|scripts|tests)\//.test(f) || /^app\/.*\/(actions|route)\.ts$/.test(f);
/** Every repository file a script or the seed reaches: they run under plain Node, where "server-only" throws. */
function reachedByScripts(): Set<string> {
  const seen = new Set<string>();
  const queue = [...files("scripts"), ...files("prisma")].filter((f) => !f.endsWith(".test.ts"));
  while (queue.length) {
    const f = queue.pop()!;
    for (const r of imports(f).map((i) => resolveImport(f, i))) if (r && !seen.has(r)) (seen.add(r), queue.push(r));
  }
  return seen;
}
const CLIENT_HOOK = path.join("components", "forms", "use-action.ts");

describe("import boundaries", () => {
  it("keeps the database client out of app/ and components/", () => {
    const offenders = [...files("app"), ...files("components")].filter((f) => imports(f).some((i) => /lib\/db(\/|$)|@prisma\/|^pg$/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("keeps queries and mutations out of components/", () => {
    const offenders = files("components").filter((f) => imports(f).some((i) => /\/(queries|mutations)$/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("recognises mutation files by what they do, not by their name", () => {
    const found = mutationFiles();
    // Files that write without being called mutations: the checks must see them.
    for (const f of ["lib/projects/draft.ts", "lib/appraisals/province.ts", "lib/plans/issue.ts", "lib/audit/record.ts"]) expect(found).toContain(f);
    expect(found).not.toContain("lib/projects/queries.ts");
  });

  it("imports mutation files only from actions, route handlers, lib, scripts and tests", () => {
    const writers = mutationFiles();
    const offenders = [...files("app"), ...files("components")]
      .filter((f) => !mayImportMutations(f))
      .flatMap((f) => imports(f).map((i) => resolveImport(f, i)).filter((r): r is string => r !== null && writers.has(r)).map((r) => `${f} → ${r}`));
    expect(offenders).toEqual([]);
  });

  it("keeps components/ from importing anything in app/ (actions come in as props)", () => {
    const offenders = files("components").filter((f) => imports(f).some((i) => i.startsWith("@/app/") || resolveImport(f, i)?.startsWith("app/")));
    expect(offenders).toEqual([]);
  });

  it("leaves role checks to lib: pages and components ask a policy, never the roles", () => {
    const offenders = [...files("app"), ...files("components")].filter((f) => /\bhasRole\(|\.roles\.(?:includes|some|every)\(/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("gives client components one way to run an action: the shared hook owns pending state", () => {
    const offenders = [...files("app"), ...files("components")]
      .filter((f) => f !== CLIENT_HOOK)
      .filter((f) => /\buseTransition\b|\[\s*pending\s*,\s*setPending\s*\]/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("lets 'use server' files export only async actions", () => {
    const offenders = files("app")
      .filter((f) => readFileSync(f, "utf8").startsWith('"use server"'))
      .filter((f) => /export\s+(type|interface|class|function\s+[a-z]|const\s+[A-Z_]+\s*=\s*[^d])/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("marks lib queries, mutations, every file that writes, and sessions as server-only", () => {
    const writers = mutationFiles();
    const jobs = reachedByScripts();
    const serverModules = files("lib").filter((f) => /(queries|mutations|session|options|action)\.ts$/.test(f) || (writers.has(f) && !jobs.has(f)));
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
