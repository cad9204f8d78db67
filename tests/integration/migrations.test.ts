// The offline migrator: applies the committed migrations once, records them as Prisma does, and
// refuses a migration edited after it landed. The latest snapshot must match schema.prisma.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readMigrations } from "../../lib/db/migrator";
import { dropDatabase, ensureDatabase } from "../../scripts/lib/embedded-postgres";

const baseUrl = inject("baseUrl");
const scratch = `kc_migrations_${process.pid}`;

afterAll(async () => {
  await dropDatabase(baseUrl, scratch);
});

describe("migrator", () => {
  it("applies every migration once and records Prisma-compatible checksums", async () => {
    await ensureDatabase(baseUrl, scratch);
    const url = `${baseUrl}/${scratch}`;
    const first = await applyMigrations(url);
    const migrations = await readMigrations();
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await applyMigrations(url);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
    await client.end();
    expect(rows).toHaveLength(migrations.length);
    for (const [i, m] of migrations.entries()) {
      const sha = createHash("sha256").update(readFileSync(path.join(MIGRATIONS_DIR, m.name, "migration.sql"))).digest("hex");
      expect(rows[i]).toMatchObject({ migration_name: m.name, checksum: sha });
      expect(rows[i].finished_at).not.toBeNull();
    }
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const copy = mkdtempSync(path.join(tmpdir(), "kc-migrations-"));
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const first = readdirSync(copy).filter((n) => /^\d/.test(n)).sort()[0]!;
    writeFileSync(path.join(copy, first, "migration.sql"), readFileSync(path.join(copy, first, "migration.sql"), "utf8") + "\n-- edited\n");
    await expect(applyMigrations(`${baseUrl}/${scratch}`, copy)).rejects.toThrow(MigrationError);
  });

  it("has a snapshot of schema.prisma in the latest migration (no schema change without a migration)", () => {
    const latest = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d/.test(n)).sort().at(-1)!;
    const snapshot = readFileSync(path.join(MIGRATIONS_DIR, latest, "schema.snapshot.prisma"), "utf8");
    // The generator block configures the client, not the database: it needs no migration.
    const database = (schema: string) => schema.replace(/^generator \w+ \{[^}]*\}\n/m, "");
    expect(database(snapshot)).toBe(database(readFileSync("prisma/schema.prisma", "utf8")));
    expect(database(snapshot)).toContain("model Project {");
  });
});
