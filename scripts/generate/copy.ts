// The batch writer: rows become COPY text lines in memory, per table, and go to PostgreSQL with
// COPY FROM STDIN (pg-copy-streams). A batch is flushed in foreign-key order, tables of one level
// in parallel on a small pool, so it works with the foreign keys enforced; where the role may,
// the session skips their per-row checks (session_replication_role = replica) for speed.
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | bigint | boolean | null;

/** COPY text format: backslash, tab, newline and carriage return escaped; \N is null. */
export function copyText(v: Cell): string {
  if (v === null) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v !== "string") return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : v;
}

export type TableSpec = { name: string; columns: readonly string[] };

export class TableBuffer {
  lines: string[] = [];
  count = 0;
  constructor(readonly spec: TableSpec) {}

  add(values: readonly Cell[]): void {
    if (values.length !== this.spec.columns.length) throw new Error(`generate: ${this.spec.name} expects ${this.spec.columns.length} values, got ${values.length}`);
    let line = copyText(values[0]!);
    for (let i = 1; i < values.length; i++) line += "\t" + copyText(values[i]!);
    this.lines.push(line + "\n");
    this.count++;
  }

  take(): string[] {
    const out = this.lines;
    this.lines = [];
    return out;
  }
}

export class CopyWriter {
  readonly totals = new Map<string, number>();
  readonly fast: Promise<boolean>;
  private readonly pool: pg.Pool;
  private readonly prepared = new WeakSet<pg.PoolClient>();
  private replica = true;

  constructor(url: string, connections = 3) {
    this.pool = new pg.Pool({ connectionString: url, max: connections });
    this.fast = this.probe();
  }

  /** Whether this role may skip the per-row foreign-key triggers (superuser on the embedded cluster). */
  private async probe(): Promise<boolean> {
    const c = await this.pool.connect();
    try {
      await c.query("SET session_replication_role = replica");
      await c.query("RESET session_replication_role");
      return true;
    } catch {
      this.replica = false;
      return false;
    } finally {
      c.release();
    }
  }

  private async client(): Promise<pg.PoolClient> {
    await this.fast;
    const c = await this.pool.connect();
    if (!this.prepared.has(c)) {
      await c.query("SET synchronous_commit = off");
      if (this.replica) await c.query("SET session_replication_role = replica");
      this.prepared.add(c);
    }
    return c;
  }

  private async copy(table: TableBuffer, lines: string[]): Promise<void> {
    if (lines.length === 0) return;
    const c = await this.client();
    try {
      const cols = table.spec.columns.map((x) => `"${x}"`).join(", ");
      const sink = c.query(copyFrom(`COPY "${table.spec.name}" (${cols}) FROM STDIN`));
      // ~1 MB chunks: few writes, bounded socket buffers.
      const chunks = function* () {
        let chunk = "";
        for (const l of lines) {
          chunk += l;
          if (chunk.length > 1 << 20) {
            yield chunk;
            chunk = "";
          }
        }
        if (chunk) yield chunk;
      };
      await pipeline(Readable.from(chunks()), sink);
      this.totals.set(table.spec.name, (this.totals.get(table.spec.name) ?? 0) + lines.length);
    } finally {
      c.release();
    }
  }

  /** Writes the buffered rows of `levels` in order; the tables of one level in parallel. */
  async flush(levels: readonly (readonly TableBuffer[])[]): Promise<void> {
    const taken = levels.map((level) => level.map((t) => [t, t.take()] as const));
    for (const level of taken) await Promise.all(level.map(([t, lines]) => this.copy(t, lines)));
  }

  async query(sql: string): Promise<void> {
    const c = await this.client();
    try {
      await c.query(sql);
    } finally {
      c.release();
    }
  }

  /** Drops the indexes of `tables` that no constraint owns (primary keys stay); returns their definitions. */
  async dropIndexes(tables: readonly string[]): Promise<string[]> {
    const c = await this.client();
    try {
      const { rows } = await c.query<{ name: string; def: string }>(
        `SELECT quote_ident(ci.relname) AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
           JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_namespace n ON n.oid = t.relnamespace
          WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT i.indisprimary
            AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
        [tables],
      );
      for (const r of rows) await c.query(`DROP INDEX ${r.name}`);
      return rows.map((r) => r.def);
    } finally {
      c.release();
    }
  }

  /** Builds the indexes, a few at a time (one per pooled connection). */
  async createIndexes(defs: readonly string[]): Promise<void> {
    const queue = [...defs].sort((a, b) => Number(b.includes('"LedgerEntry"')) - Number(a.includes('"LedgerEntry"')));
    const worker = async () => {
      const c = await this.client();
      try {
        await c.query("SET maintenance_work_mem = '256MB'");
        for (let def = queue.shift(); def; def = queue.shift()) await c.query(def);
      } finally {
        c.release();
      }
    };
    await Promise.all(Array.from({ length: 3 }, worker));
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
