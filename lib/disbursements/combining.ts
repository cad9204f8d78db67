// Application-level group commit (docs/decisions/035): callers of one key queue in this process,
// and one leader at a time per key hands the queue, up to `max` at a time, to `run`, which answers
// one outcome per item taken, in order. Items arriving while a batch runs form the next one. `run`
// receives the first waiting item (what it needs before taking, e.g. which rows to lock) and
// `take`, which removes the batch from the queue when called (only once: later calls return it).
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };
type Waiting<T, R> = { item: T; resolve: (value: R) => void; reject: (error: unknown) => void };
export type BatchRunner<T, R> = (first: T, take: () => T[]) => Promise<Outcome<R>[]>;

export function combiner<T, R>(run: BatchRunner<T, R>, max = 50) {
  const queues = new Map<string, Waiting<T, R>[]>();

  async function lead(key: string, queue: Waiting<T, R>[]): Promise<void> {
    while (queue.length) {
      let taken: Waiting<T, R>[] = [];
      const take = () => {
        if (!taken.length) taken = queue.splice(0, max);
        return taken.map((w) => w.item);
      };
      try {
        const outcomes = await run(queue[0]!.item, take);
        taken.forEach((w, i) => {
          const outcome = outcomes[i];
          if (outcome?.ok) w.resolve(outcome.value);
          else w.reject(outcome ? outcome.error : new Error("A batch answered fewer outcomes than it took"));
        });
      } catch (error) {
        // A failure before taking fails those callers: never an endless retry of the same batch.
        if (!taken.length) take();
        for (const w of taken) w.reject(error);
      }
    }
    queues.delete(key);
  }

  return {
    submit(key: string, item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        const queue = queues.get(key);
        if (queue) return void queue.push({ item, resolve, reject });
        const fresh = [{ item, resolve, reject }];
        queues.set(key, fresh);
        void lead(key, fresh);
      });
    },
    /** Items waiting on `key`, not yet taken by a batch. */
    depth(key: string): number {
      return queues.get(key)?.length ?? 0;
    },
  };
}

const inFlight = new Map<string, Promise<unknown>>();

/**
 * Identical reads in flight at the same moment, asked once (request coalescing): a call whose `key`
 * is being read joins that read and gets its answer or its error. The key must name everything the
 * read depends on. Nothing is cached: once settled, the next call reads again.
 */
export function coalesce<T>(key: string, read: () => Promise<T>): Promise<T> {
  const pending = inFlight.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const started = read().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
