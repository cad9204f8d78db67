// Runs once when the server starts: the Vietnamese zod messages apply to every parse on the
// server (server actions, route handlers, pages reading search params), not only after lib/action.ts loads.
export async function register(): Promise<void> {
  await import("./lib/i18n/zod-vietnamese");
}
