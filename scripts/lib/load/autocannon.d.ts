// The part of autocannon's API the load test uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = {
      setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    };
    type Options = { url: string; connections: number; duration: number; timeout: number; requests: Request[] };
    type Result = { errors: number; timeouts: number; non2xx: number; "2xx": number };
    type Instance = { on(event: "response", listener: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): void; stop(): void };
  }
  function autocannon(options: autocannon.Options, done: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export default autocannon;
}
