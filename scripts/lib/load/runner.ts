// Runs the mix: one autocannon instance per request kind, all at once for the same duration, so
// each kind's latency is its own while the server carries all of them. Latencies are collected
// per response (autocannon's "response" event) for exact percentiles per kind and overall.
import autocannon from "autocannon";
import type { RequestKind } from "./mix";

export type KindResult = {
  name: string;
  connections: number;
  latenciesMs: number[];
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx answers whose body is not the action's success (writes only). */
  refused: number;
  refusedSamples: string[];
  /** Vouchers of the writes built, answered at all, and answered with the action's success. */
  vouchers: { built: Set<string>; answered: Set<string>; succeeded: Set<string> };
  durationS: number;
};

const running = new Set<autocannon.Instance>();

/** Stops every instance still running (Ctrl-C, the time limit): no request reaches a server going down. */
export function stopMix(): void {
  for (const instance of running) instance.stop();
}

function runKind(origin: string, kind: RequestKind, connections: number, durationS: number): Promise<KindResult> {
  const result: KindResult = { name: kind.name, connections, latenciesMs: [], ok: 0, non2xx: 0, errors: 0, timeouts: 0, refused: 0, refusedSamples: [], vouchers: { built: new Set(), answered: new Set(), succeeded: new Set() }, durationS };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: durationS,
        timeout: 30,
        requests: [
          {
            setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
              const r = kind.next();
              context.voucher = r.voucher;
              if (r.voucher) result.vouchers.built.add(r.voucher);
              return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
            },
            onResponse: (status: number, body: string, context: Record<string, unknown>) => {
              const voucher = context.voucher as string | undefined;
              if (voucher) result.vouchers.answered.add(voucher);
              if (!kind.accepted || status < 200 || status >= 300) return;
              if (kind.accepted(body)) {
                if (voucher) result.vouchers.succeeded.add(voucher);
              } else {
                result.refused++;
                if (result.refusedSamples.length < 3) result.refusedSamples.push(body.slice(0, 400));
              }
            },
          },
        ],
      },
      (error: Error | null, summary: autocannon.Result) => {
        running.delete(instance);
        if (error) return reject(error);
        result.errors = summary.errors;
        result.timeouts = summary.timeouts;
        result.non2xx = summary.non2xx;
        result.ok = summary["2xx"];
        resolve(result);
      },
    );
    running.add(instance);
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTimeMs: number) => {
      result.latenciesMs.push(responseTimeMs);
    });
  });
}

export function runMix(origin: string, kinds: readonly RequestKind[], connections: readonly number[], durationS: number): Promise<KindResult[]> {
  return Promise.all(kinds.map((kind, i) => runKind(origin, kind, connections[i]!, durationS)));
}
