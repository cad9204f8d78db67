// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter, so that
// migrations can be authored offline (the CLI's native engine cannot be downloaded here).
// Depends on Prisma internals: versions are pinned and tests/integration/migrations.test.ts covers it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineModule from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);
let initialised = false;

let lastPanic = "";

function initialiseWasm(): void {
  if (initialised) return;
  // The engine reports Rust panics through this global before throwing.
  Object.assign(globalThis, { PRISMA_WASM_PANIC_REGISTRY: { set_message: (m: string) => (lastPanic = m) } });
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = readFileSync(glue.replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": engineModule as unknown as WebAssembly.ModuleImports });
  engineModule.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  initialised = true;
}

// adapter-pg 7.10.1 has no column type for Postgres' internal "char" (OID 18), which the engine's
// introspection selects from pg_catalog; report it as text (OID 25), which is what it holds.
function charAsTextPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  Object.assign(pool, {
    query: async (...args: unknown[]) => {
      const result = await original(...args);
      for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    },
  });
  return pool;
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

/**
 * SQL that takes a database built from `fromSchema` (null: an empty database) to `toSchema`.
 * Both sides are schema files, so no introspection runs; the engine still opens a connection
 * (to `connectionUrl`) to learn the server version.
 */
export async function diffSchemas(connectionUrl: string, fromSchema: string | null, toSchema: string): Promise<string> {
  initialiseWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(charAsTextPool(connectionUrl), { disposeExternalPool: true }));
  const engine = await engineModule.SchemaEngine.new({ datamodels: [["schema.prisma", toSchema]] }, () => undefined, adapter);
  try {
    const from = fromSchema === null ? { tag: "empty" as const } : { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content: fromSchema }] };
    const to = { tag: "schemaDatamodel" as const, files: [{ path: "schema.prisma", content: toSchema }] };
    const result = await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTER });
    const script = (result as { stdout?: string }).stdout ?? "";
    return script.includes("-- This is an empty migration.") ? "" : script.trim();
  } catch (error) {
    throw lastPanic ? new Error(`Schema engine panic: ${lastPanic}`) : error;
  } finally {
    engine.free();
  }
}
