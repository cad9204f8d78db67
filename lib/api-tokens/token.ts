// Personal API tokens, pure: the secret is 32 random bytes in base64url behind a recognisable
// prefix ("kc_"), so a leaked token is easy to spot in logs and secret scanners. Only its SHA-256
// is stored: a database dump gives no usable token. SHA-256 (not argon2) is enough because the
// secret has 256 bits of entropy; there is no password to guess.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "kc_";
/** Characters of the token kept in clear to recognise it in the list ("kc_" + 8). */
export const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
const TOKEN_PATTERN = /^kc_[A-Za-z0-9_-]{43}$/;

export type NewToken = { token: string; prefix: string; tokenHash: string };

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateToken(): NewToken {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, SHOWN_PREFIX_LENGTH), tokenHash: hashToken(token) };
}

/** Whether a text has the shape of one of our tokens (checked before any database lookup). */
export function isTokenShaped(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}
