// Runs once when the server starts: the Vietnamese zod messages apply to every parse on the
// server (server actions, route handlers, pages reading search params), not only after lib/action.ts loads.
// The catalogues load here too, so domain errors' `.message` is Vietnamese in every server log (058).
export async function register(): Promise<void> {
  await import("./lib/i18n/zod-vietnamese");
  await import("./lib/i18n/messages");
}
