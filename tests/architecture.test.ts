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

// A write through Prisma (tx., db()., or a Db | Tx `client`) or raw SQL that changes rows (an
// advisory lock's `$executeRaw\`SELECT …` changes none).
const WRITES = /\b(?:tx|client|db\(\))\s*\.\s*\w+\s*\.\s*(?:create|createMany|createManyAndReturn|update|updateMany|delete|deleteMany|upsert)\s*\(|\$executeRaw(?!`\s*SELECT\b)/;
const libSources = () => files("lib").filter((f) => !f.endsWith(".test.ts"));
/**
 * Access logs: they append to the audit trail that a read or a refusal happened (a denied access,
 * a view of personal data), and change nothing else, so a page that reads through them is still
 * a read. Only lib/audit/security.ts is one; it writes through recordAudit alone.
 */
const ACCESS_LOGS = new Set(["lib/audit/security.ts"]);

/** The value bindings a file imports, with the file each comes from (`import type` left out). */
function importedValues(file: string): { from: string; names: string[] }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/import\s+(?!type\b)\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)].flatMap((m) => {
    const from = resolveImport(file, m[2]!);
    const names = m[1]!.split(",").map((n) => n.trim()).filter((n) => n && !n.startsWith("type ")).map((n) => n.split(/\s+as\s+/).pop()!);
    return from ? [{ from, names }] : [];
  });
}

/** Files that write, themselves or by calling an async function a writing lib file exports (a
 *  closure: workflow.ts writes through applyTransition, mau-2/mutations.ts through save-rows and
 *  bulkInsert). Synchronous exports of a writing file (parseDraft, candidateWhere) are pure. */
function mutationFiles(): Set<string> {
  const sources = libSources();
  const texts = new Map(sources.map((f) => [f, readFileSync(f, "utf8")]));
  const asyncExports = (f: string) => new Set([...texts.get(f)!.matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map((m) => m[1]!));
  const writers = new Set(sources.filter((f) => WRITES.test(texts.get(f)!)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of sources) {
      if (writers.has(f) || ACCESS_LOGS.has(f)) continue;
      const callsAWriter = importedValues(f).some(({ from, names }) => {
        if (!writers.has(from) || ACCESS_LOGS.has(from)) return false;
        const writing = asyncExports(from);
        return names.some((n) => writing.has(n) && new RegExp(`\\b${n}\\s*\\(`).test(texts.get(f)!));
      });
      if (callsAWriter) (writers.add(f), (grew = true));
    }
  }
  return writers;
}
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

/** Files an import brings into a bundle at run time: `import type` and all-`type` braces are erased. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:import|export)\s+(?!type\b)([^;]*?)\s*from\s*["']([^"']+)["']|import\s*\(?\s*["']([^"']+)["']/g)]
    .filter((m) => m[3] !== undefined || !/^\{[^}]*\}$/.test(m[1]!.trim()) || m[1]!.slice(1, -1).split(",").some((n) => n.trim() && !n.trim().startsWith("type ")))
    .map((m) => m[2] ?? m[3]!);
  return specs.map((spec) => resolveImport(file, spec)).filter((r): r is string => r !== null);
}

/** Every file a browser bundle may hold: client components and what they import, up to server actions (those arrive as references). */
function reachedByClients(): Set<string> {
  const isClient = (f: string) => /\.tsx?$/.test(f) && readFileSync(f, "utf8").startsWith('"use client"');
  const queue = [...files("app"), ...files("components"), ...files("lib")].filter(isClient);
  const seen = new Set(queue);
  while (queue.length) {
    const f = queue.pop()!;
    for (const r of runtimeImports(f)) {
      if (seen.has(r) || (/\.tsx?$/.test(r) && readFileSync(r, "utf8").startsWith('"use server"'))) continue;
      seen.add(r);
      if (/\.tsx?$/.test(r)) queue.push(r);
    }
  }
  return seen;
}

describe("import boundaries", () => {
  it("keeps the database client out of app/ and components/", () => {
    const offenders = [...files("app"), ...files("components")].filter((f) => imports(f).some((i) => /lib\/db(\/|$)|@prisma\/|^pg$/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("renders messages in lib with use-intl/core, never next-intl's React entry (scripts such as the bench run lib under react-server)", () => {
    const offenders = libSources().filter((f) => imports(f).some((spec) => spec === "next-intl" || spec === "use-intl" || spec === "use-intl/react"));
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
    // Files that write only through another file's exports.
    for (const f of ["lib/projects/workflow.ts", "lib/mau-2/mutations.ts", "lib/mau-2/bulk-tables.ts", "lib/notifications/deadline-sweep.ts"]) expect(found).toContain(f);
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

  it("keeps the message catalogues out of browser bundles: client code reaches lib/i18n/refs.ts, never the JSON (docs/decisions/058)", () => {
    const reached = reachedByClients();
    expect(reached.has(path.join("lib", "errors.ts"))).toBe(true); // the walk does see the client graph
    expect([...reached].filter((f) => /^messages\/|lib\/i18n\/messages\.ts$/.test(f))).toEqual([]);
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

  it("reads the calendar day only through lib/calendar (no date-part getters, no midnight or +07:00 literals)", () => {
    // Scripts and the seed count too. lib/format.ts is the one formatter: it shows a stored @db.Date
    // by its UTC parts, which is what a CalendarDay is.
    const exempt = (f: string) => f.startsWith(`lib${path.sep}calendar${path.sep}`) || f === path.join("lib", "format.ts");
    const offenders = [...code, ...files("scripts"), ...files("prisma")]
      .filter((f) => !f.endsWith(".test.ts") && !exempt(f))
      .filter((f) => /\.(?:get|set)(?:UTC)?(?:FullYear|Month|Date|Day|Hours)\(|\.getTimezoneOffset\(|T00:00:00(?:\.000)?Z|T23:59:59|\+07:00/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
