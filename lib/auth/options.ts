import "server-only";
// next-auth 4 configuration: credentials sign-in against argon2 hashes (lib/auth/sign-in.ts), JWT
// sessions carrying only the user id and the user's sessionVersion when the token was issued.
// Everything else about the actor is loaded per request (lib/auth/session.ts), and a token whose
// version is no longer the user's is refused there: sign-out ends the session on the server.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { authSecret } from "../env";
import { sameOriginPath } from "../http/same-origin-path";
import { recordAudit } from "../audit/record";
import { log } from "../log";
import { endSessions } from "./sessions";
import { authorizeCredentials, SignInLockedError } from "./sign-in";

/** What the session callback hands to getActor. */
export type SessionClaims = { userId?: string; sessionVersion?: number };

/** Anything but a lock becomes one code, so no internal message reaches the sign-in page's URL. */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";

/** Sign-out ends the sessions of the version it carried; an already ended token changes nothing. */
export async function endSessionOfToken(token: { sub?: string; sv?: unknown } | null | undefined): Promise<void> {
  const userId = token?.sub;
  const version = token?.sv;
  if (!userId || typeof version !== "number") return;
  await db().$transaction(async (tx) => {
    const current = await tx.user.findFirst({ where: { id: userId, sessionVersion: version }, select: { id: true } });
    if (!current) return;
    await endSessions(tx, userId);
    await recordAudit(tx, null, { action: "auth.signOut", entityType: "User", entityId: userId });
  });
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/dang-nhap" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: async (credentials, request) => {
          try {
            return await authorizeCredentials(credentials, { headers: request?.headers as Record<string, unknown> | undefined });
          } catch (error) {
            if (error instanceof SignInLockedError) throw error;
            void log.error("Unexpected error in sign-in", { error });
            throw new Error(SIGN_IN_UNAVAILABLE);
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // `user` is present only at sign-in: the version is fixed then and never refreshed.
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        const claims: SessionClaims = { userId: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : undefined };
        return { ...session, ...claims };
      },
      // next-auth's default accepts any url starting with "/", "/\\evil.com" included.
      redirect({ url, baseUrl }) {
        return new URL(sameOriginPath(url, baseUrl), baseUrl).toString();
      },
    },
    events: {
      signOut: ({ token }) => endSessionOfToken(token),
    },
  };
}
