import "server-only";
// next-auth 4 configuration: credentials sign-in against argon2 hashes, JWT sessions carrying
// only the user id. Everything else about the actor is loaded per request (lib/auth/session.ts).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "../db/client";
import { authSecret } from "../env";
import { sameOriginPath } from "../http/same-origin-path";
import { verifyPassword } from "./password";
import { CredentialsSchema } from "./schemas";

// A fixed hash so that an unknown email costs the same time as a wrong password.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$3fafVnuzL3vRmmO8GsTZgg$N2plEke73iwRxFTlTfT0zOfjC8w5PbZNpOl3GhC7RQs";

export async function authorizeCredentials(raw: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
  if (!user || !user.active || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
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
        authorize: (credentials) => authorizeCredentials(credentials),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
      // next-auth's default accepts any url starting with "/", "/\\evil.com" included.
      redirect({ url, baseUrl }) {
        return new URL(sameOriginPath(url, baseUrl), baseUrl).toString();
      },
    },
  };
}
