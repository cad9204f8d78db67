// Measures, from the database side, how long one advisory lock (a code-numbering prefix, see
// lib/projects/codes.ts) is held: a function in the watcher's own session polls pg_locks every
// millisecond, so the measurement does not depend on the Node event loop of the code being timed.
import type pg from "pg";

const WATCH_FUNCTION = `
CREATE OR REPLACE FUNCTION pg_temp.watch_advisory(key text, timeout_s float8)
RETURNS TABLE(first_seen timestamptz, last_seen timestamptz) LANGUAGE plpgsql AS $$
DECLARE
  k bigint := hashtext(key)::bigint;
  started timestamptz := clock_timestamp();
BEGIN
  LOOP
    IF EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1
               AND objid::bigint = (k & 4294967295) AND classid::bigint = ((k >> 32) & 4294967295)) THEN
      first_seen := coalesce(first_seen, clock_timestamp());
      last_seen := clock_timestamp();
    ELSIF first_seen IS NOT NULL THEN
      EXIT;
    END IF;
    EXIT WHEN clock_timestamp() - started > make_interval(secs => timeout_s);
    PERFORM pg_sleep(0.001);
  END LOOP;
  RETURN NEXT;
END $$;`;

/** Starts watching `key`; the promise gives the held time in ms (null if never seen) once it is released. */
export async function watchAdvisoryLock(client: pg.Client, key: string, timeoutSeconds: number): Promise<() => Promise<number | null>> {
  await client.query(WATCH_FUNCTION);
  const result = client.query<{ first_seen: Date | null; last_seen: Date | null }>("SELECT * FROM pg_temp.watch_advisory($1, $2)", [key, timeoutSeconds]);
  return async () => {
    const row = (await result).rows[0];
    return row?.first_seen && row.last_seen ? row.last_seen.getTime() - row.first_seen.getTime() : null;
  };
}
