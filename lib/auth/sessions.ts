import "server-only";
// Server-side end of sessions. A session token carries the user's sessionVersion when it was
// issued; raising the version makes every earlier token invalid at the next request, so sign-out,
// deactivation and a password change take effect at once rather than when the JWT expires.
import type { Tx } from "../db/client";

export async function endSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
