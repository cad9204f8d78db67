// OWASP ASVS 5.0.0, Levels 1 and 2, judged against this codebase. Ids and levels are the official
// ones (transcribed tables: github.com/kristovatlas/owasp-asvs-audit-skill, sections/V01…V16);
// each `requirement` is a short summary, never the full text. V6, V7, V8 and V16 list every L1/L2
// requirement (n/a with a reason where the feature does not exist); the other chapters list only
// what applies to a server-rendered Next.js app with uploads, exports and a bearer-token JSON API.
// Anything not "met" says what is missing: those are the follow-ups.

export type AsvsStatus = "met" | "partial" | "not met" | "n/a";
export type AsvsRequirement = { id: string; chapter: string; level: 1 | 2; requirement: string; status: AsvsStatus; evidence: string };

const CHAPTERS: Record<string, string> = {
  "1": "V1 Encoding and Sanitization",
  "2": "V2 Validation and Business Logic",
  "3": "V3 Web Frontend Security",
  "4": "V4 API and Web Service",
  "5": "V5 File Handling",
  "6": "V6 Authentication",
  "7": "V7 Session Management",
  "8": "V8 Authorization",
  "11": "V11 Cryptography",
  "13": "V13 Configuration",
  "14": "V14 Data Protection",
  "16": "V16 Security Logging and Error Handling",
};

type Row = [id: string, level: 1 | 2, requirement: string, status: AsvsStatus, evidence: string];

const ROWS: readonly Row[] = [
  // V1 Encoding and Sanitization (injection parts)
  ["1.1.1", 2, "Decode input into canonical form once, before validation, and only where encoded data is expected.", "met", "lib/text.ts text(): NFC normalisation and zero-width stripping inside the one zod schema, before any check (decision 047)"],
  ["1.1.2", 2, "Encode or escape output as the final step before the interpreter, or let the interpreter do it.", "met", "React JSX escaping at render; JSON via lib/api/respond.ts; formula-safe cells in lib/xlsx/safe-text.ts and lib/xlsx/cell-write.ts"],
  ["1.2.1", 1, "Output encoding for HTTP/HTML/XML responses is relevant to the context (elements, attributes, CSS, headers).", "met", "React escaping, no dangerouslySetInnerHTML in app/ or components/; header values built by lib/attachments/content-disposition.ts; tests/integration/fuzz-actions.test.ts checks no markup is echoed"],
  ["1.2.2", 1, "Untrusted data in dynamically built URLs is context-encoded and only safe URL protocols are allowed.", "met", "lib/http/same-origin-path.ts sameOriginPath for callbackUrl and the next-auth redirect callback; lib/http/same-origin-path.test.ts, lib/auth/redirect-callback.test.ts"],
  ["1.2.3", 1, "Output encoding is used when building JavaScript or JSON content, to avoid JS/JSON injection.", "met", "JSON only through JSON.stringify (lib/api/respond.ts, lib/api/serialize.ts); no hand-built scripts, CSP nonce in proxy.ts"],
  ["1.2.4", 1, "Database queries use parameterised queries or an ORM, protected from SQL and other database injection.", "met", "Prisma queries and tagged-template raw SQL; the only $queryRawUnsafe (lib/reports/rebuild.ts) uses constant table names, no input"],
  ["1.2.5", 1, "The application protects against OS command injection (parameterised OS calls or contextual encoding).", "met", "The app never spawns processes; scripts/*.ts use spawn/spawnSync with argument arrays, no shell"],
  ["1.2.9", 2, "Special characters are escaped when user data is placed in regular expressions.", "met", "No user input reaches new RegExp (lib/red-flags/subjects.ts builds from constants); search uses Prisma filters (lib/search-text.ts)"],
  ["1.3.2", 1, "Avoid eval() and other dynamic code execution; sanitise any user input if there is no alternative.", "met", "No eval or new Function in app/, components/, lib/; production CSP has no 'unsafe-eval' (lib/http/security-headers.ts)"],
  ["1.3.4", 2, "User-supplied SVG scriptable content is validated or sanitised to safe tags and attributes.", "met", "SVG uploads are refused outright: lib/attachments/file-types.ts detectFileType; tests/integration/attachments.test.ts 'refuses an .exe renamed .pdf, HTML and SVG'"],
  ["1.3.6", 2, "Protect against SSRF by allowlisting protocols, domains, paths and ports of outbound calls built from untrusted data.", "met", "No outbound request is built from user input; the only outbound service is SMTP from configuration (SMTP_URL, lib/notifications/digest.ts)"],
  ["1.3.7", 2, "Templates are not built from untrusted input; any input in template creation is sanitised or validated.", "met", "Messages come from fixed catalogues (messages/*.json, decision 018) with user values as parameters; PDFs drawn with pdfkit (lib/pdf)"],
  ["1.3.10", 2, "Format strings that might resolve unexpectedly are sanitised before processing.", "met", "Catalogue keys are constants (lib/i18n/messages.ts); user text is only ever a parameter, never the format"],
  ["1.3.11", 2, "User input is sanitised before being passed to mail systems (SMTP/IMAP injection).", "met", "lib/notifications/digest.ts sends through nodemailer with a fixed subject pattern and stored addresses; users type no mail headers"],
  ["1.4.2", 2, "Sign, range and input validation prevent integer overflows.", "met", "Money is bigint, bounded by MAX_MONEY_DONG in lib/money.ts parseMoney; numeric overflow mapped to VALIDATION (lib/db/prisma-errors.ts); tests/integration/input-hardening.test.ts"],
  ["1.5.1", 1, "XML parsers use a restrictive configuration with external entity resolution disabled (XXE).", "met", "The only XML parsed is inside .xlsx by exceljs (saxes parser, no external entity resolution); no other XML parser; lib/xlsx/load.ts"],
  ["1.5.2", 2, "Deserialisation of untrusted data is safe (allowlisted types); insecure deserialisers are not used with it.", "met", "Only JSON.parse followed by zod schemas (lib/api/body.ts); prototype keys are in the fuzz arbitraries (tests/security/arbitraries.ts)"],

  // V2 Validation and Business Logic
  ["2.1.1", 1, "Documentation defines input validation rules for each data item's expected structure.", "met", "docs/decisions/047-input-hardening.md; every input schema in lib/*/schemas.ts (architecture rule in docs/architecture.md)"],
  ["2.1.2", 2, "Documentation defines how logical and contextual consistency of combined data items is validated.", "met", "docs/decisions/008-registration-rules.md, 036-submission-completeness.md, 039-facility-commune-and-edits.md"],
  ["2.1.3", 2, "Business logic limits and validations are documented, both per user and globally.", "partial", "Limits are spread over decisions 033 (20 tokens/user, 1 MB bodies), 009, 047 (sizes, money cap), 048 (sign-in); no one list, and no per-user rate limits are documented"],
  ["2.2.1", 1, "Input is validated against allowlists, patterns, ranges or expected structure (all input at L2).", "met", "zod schemas for every action and route (lib/action.ts defineAction, lib/api/handler.ts); tests/integration/fuzz-actions.test.ts, tests/integration/api-hostile-input.test.ts"],
  ["2.2.2", 1, "Input validation is enforced at a trusted service layer; client-side validation is not relied upon.", "met", "lib/action.ts parses on the server before the handler; lib mutations parse again; fuzz-actions calls actions directly"],
  ["2.2.3", 2, "Combinations of related data items are checked to be reasonable against predefined rules.", "met", "lib/projects/checks.ts (norms, eligibility), lib/contracts/checks.ts, lib/allocations warnings; tests/integration/input-hardening.test.ts"],
  ["2.3.1", 1, "Business logic flows run only in the expected step order, without skipping steps.", "met", "lib/projects/state-machine.ts and the transition checks in lib/projects/workflow.ts; tests/integration/authorization-matrix.test.ts"],
  ["2.3.2", 2, "Business logic limits are implemented as documented to prevent business logic abuse.", "met", "Norm caps (lib/norms), advance rules (lib/disbursements/advance-rules.ts), token cap (lib/api-tokens/rules.ts), plan envelopes (lib/plans)"],
  ["2.3.3", 2, "Business operations use transactions: they succeed entirely or roll back to the previous correct state.", "met", "Every mutation runs in one db().$transaction; tests/integration/killed-mutation.test.ts; fuzz-actions checks no partial writes"],
  ["2.3.4", 2, "Business-level locking prevents double-booking of limited resources.", "met", "Row locks via lib/db/locks.ts (contract ledger, plan issue), optimistic version checks; docs/decisions/020, 035"],
  ["2.4.1", 2, "Anti-automation controls protect functions from excessive calls (exfiltration, junk data, DoS, costly resources).", "partial", "Sign-in throttling (lib/auth/throttle.ts) and size limits only; no per-user rate limits on actions, exports or /api/v1 (left to the reverse proxy, decision 033)"],

  // V3 Web Frontend Security
  ["3.2.1", 1, "Browsers cannot render responses in the wrong context (Sec-Fetch checks, CSP sandbox or attachment disposition).", "met", "Downloads use Content-Disposition attachment + CSP 'sandbox' (app/(app)/de-an/[id]/tai-lieu/[attachmentId]/route.ts); exports attachment; API JSON with nosniff (lib/api/respond.ts)"],
  ["3.2.2", 1, "Text content is rendered with safe functions (textContent-like), not as HTML.", "met", "All rendering through React text nodes; no dangerouslySetInnerHTML or innerHTML in app/ or components/"],
  ["3.3.1", 1, "Cookies have the Secure attribute and a __Host- or __Secure- prefix.", "partial", "next-auth session cookie is __Secure- and Secure when NEXTAUTH_URL is https; the locale cookie is Secure on https and httpOnly (lib/i18n/locale-cookie.ts, app/(app)/actions.ts; lib/i18n/locale-cookie.test.ts) but has no __Secure-/__Host- prefix"],
  ["3.3.2", 2, "Each cookie's SameSite value fits its purpose, limiting CSRF and UI redress.", "met", "Session cookie SameSite=Lax (next-auth default) plus Origin checks; locale cookie sameSite lax (app/(app)/actions.ts)"],
  ["3.3.3", 2, "Cookies use the __Host- prefix unless designed to be shared with other hosts.", "not met", "Session cookie is __Secure-next-auth.session-token (lib/http/same-origin.ts SESSION_COOKIES), locale cookie unprefixed; next-auth cookies option not set in lib/auth/options.ts"],
  ["3.3.4", 2, "Cookies not meant for scripts (session tokens) are HttpOnly and only sent via Set-Cookie.", "met", "next-auth session cookie is HttpOnly and set only by Set-Cookie; no SessionProvider or token in page data (lib/auth/options.ts)"],
  ["3.4.1", 1, "HSTS on all responses, max-age at least one year, includeSubDomains at L2.", "met", "lib/http/security-headers.ts strictTransportSecurity (max-age=31536000; includeSubDomains) set by proxy.ts in production over https; decision 046"],
  ["3.4.2", 1, "CORS Access-Control-Allow-Origin is fixed or validated against an allowlist; '*' only without sensitive data.", "met", "No Access-Control-* header is ever sent (no CORS); cross-origin POSTs refused by lib/http/same-origin.ts"],
  ["3.4.3", 2, "A Content-Security-Policy with object-src 'none', base-uri 'none' and an allowlist or nonces/hashes.", "met", "Per-response nonce CSP with 'strict-dynamic', object-src 'none' and base-uri 'none' (lib/http/security-headers.ts, proxy.ts; lib/http/security-headers.test.ts); style-src keeps 'unsafe-inline' for React style attributes (scripts stay strict)"],
  ["3.4.4", 2, "Every HTTP response carries X-Content-Type-Options: nosniff.", "met", "next.config.ts headers() for /:path* with STATIC_SECURITY_HEADERS; tests/e2e/security-headers.spec.ts"],
  ["3.4.5", 2, "A referrer policy prevents leaking sensitive URL data to third parties.", "met", "Referrer-Policy: strict-origin-when-cross-origin on every response (lib/http/security-headers.ts)"],
  ["3.4.6", 2, "CSP frame-ancestors on every response so the app cannot be embedded by default.", "met", "frame-ancestors 'none' via proxy.ts on everything but /_next/static assets, which get X-Frame-Options DENY (next.config.ts)"],
  ["3.5.1", 1, "Without reliance on CORS preflight, sensitive cross-origin requests are validated (anti-forgery token or non-safelisted header).", "met", "Server actions: Origin checked by proxy.ts and Next; route handlers and /api/v1: lib/http/same-origin.ts isSameOrigin; tests/integration/api-tokens.test.ts, tests/e2e/security-headers.spec.ts"],
  ["3.5.3", 1, "Sensitive functionality uses POST/PUT/PATCH/DELETE, not safe methods like GET.", "met", "Writes are server actions (POST) or POST route handlers; GET routes only read (authorization matrix: tests/security/matrix/route-requests.ts)"],
  ["3.7.1", 2, "Only supported, secure client-side technologies (no Flash, ActiveX, applets…).", "met", "React 19 / Next.js 16 only; Permissions-Policy denies unused browser features"],
  ["3.7.2", 2, "Automatic redirects to other hosts only to allowlisted destinations.", "met", "Every redirect target goes through sameOriginPath (lib/http/same-origin-path.ts, lib/auth/options.ts redirect callback); no external redirects"],

  // V4 API and Web Service
  ["4.1.1", 1, "Every response with a body has a Content-Type matching the content, with a charset for text types.", "met", "lib/api/respond.ts application/json; charset=utf-8; text answers text/plain; charset=utf-8; downloads carry their checked MIME type"],
  ["4.1.2", 2, "Only user-facing endpoints redirect HTTP to HTTPS; API endpoints do not redirect transparently.", "partial", "The app itself redirects nothing to HTTPS; TLS and any HTTP→HTTPS redirect are the deployment's reverse proxy, not configured or documented in this repository"],
  ["4.1.3", 2, "Headers set by intermediaries (X-Forwarded-*, X-Real-IP…) cannot be overridden by the end user.", "met", "proxy.ts replaces X-Forwarded-Host and x-kc-request-path; X-Forwarded-For used only with TRUSTED_PROXY (lib/auth/throttle-rules.ts clientAddress); x-request-id validated (lib/log/request-id.ts)"],
  ["4.2.1", 2, "All components determine HTTP message boundaries correctly to prevent request smuggling.", "partial", "Node's HTTP parser is strict on Transfer-Encoding/Content-Length; the fronting proxy belongs to the deployment and is not covered here"],

  // V5 File Handling
  ["5.1.1", 2, "Documentation defines permitted types, extensions, max size (incl. unpacked) per upload and how malicious files are handled.", "met", "docs/decisions/009-attachments.md (types, 20 MB), 047 (Excel 5 MB, 50 MB unpacked), 015 (Mẫu 2 import); refused files are named in the message"],
  ["5.2.1", 1, "Only files of a size the application can process without loss of performance or DoS are accepted.", "met", "MAX_ATTACHMENT_BYTES (lib/attachments/file-types.ts), body limits in next.config.ts, Excel limits in lib/xlsx/file-check.ts; tests/integration/attachments.test.ts 'refuses an oversize and an empty file'"],
  ["5.2.2", 1, "File extension matches an expected one and the content matches the type (magic bytes etc.).", "met", "lib/attachments/file-types.ts detectFileType + extension agreement, lib/xlsx/file-check.ts; lib/attachments/file-types.test.ts, tests/integration/attachments.test.ts"],
  ["5.2.3", 2, "Compressed files are checked against max uncompressed size and file count before uncompressing.", "met", "lib/xlsx/file-check.ts and inflate-count.ts (streamed inflate, 50 MB cap); lib/xlsx/zip-bomb.test.ts; attachments are never inflated on the server"],
  ["5.3.1", 1, "Uploaded or generated files in public folders are not executed as server-side code.", "met", "Stored outside the web root under STORAGE_DIR (lib/attachments/storage.ts); served only by the authorised download route"],
  ["5.3.2", 1, "File paths use internally generated data, not user filenames (path traversal, LFI, RFI, SSRF).", "met", "Random storage keys checked against KEY_PATTERN in lib/attachments/storage.ts storagePath"],
  ["5.4.1", 2, "User-submitted filenames are validated or ignored, and the response sets a filename in Content-Disposition.", "met", "sanitizeFileName (lib/attachments/file-types.ts); exports use fixed names (app/(app)/**/route.ts, lib/reports/export/files.ts)"],
  ["5.4.2", 2, "Served file names are encoded or sanitised (RFC 6266) to prevent header injection.", "met", "lib/attachments/content-disposition.ts attachmentDisposition (RFC 6266/5987, ASCII fallback); lib/attachments/file-types.test.ts"],
  ["5.4.3", 2, "Files from untrusted sources are scanned by antivirus before being served.", "not met", "No antivirus scan of uploads (lib/attachments/mutations.ts); only type-by-content checks and macro refusal"],

  // V6 Authentication (every L1/L2 requirement)
  ["6.1.1", 1, "Documentation defines rate limiting / anti-automation against credential stuffing and brute force, and how malicious lockout is prevented.", "met", "docs/decisions/048-sign-in-throttling-and-sessions.md (5 per account, 50 per address, 15 min, admin unlock)"],
  ["6.1.2", 2, "A list of context-specific words (organisation, product, role names…) banned in passwords is documented.", "partial", "A few local words (khuyencong, congthuong, sct…) sit in lib/users/password-policy.ts COMMON_PASSWORDS, not documented as a context-specific list"],
  ["6.1.3", 2, "All authentication pathways are documented together with the controls and strength enforced across them.", "partial", "Pathways (credentials, personal API tokens, one-time reset links, demo mode) are described in decisions 033, 048 and 049 separately, not in one document"],
  ["6.2.1", 1, "User-set passwords are at least 8 characters (15 strongly recommended).", "met", "MIN_PASSWORD_LENGTH = 12 in lib/users/password-policy.ts; lib/users/password-policy.test.ts"],
  ["6.2.2", 1, "Users can change their password.", "met", "lib/users/password-mutations.ts changeOwnPassword, page /tai-khoan/doi-mat-khau; tests/integration/users.test.ts"],
  ["6.2.3", 1, "Password change requires the current and the new password.", "met", "changeOwnPassword verifies currentPassword; tests/integration/users.test.ts 'needs the current password…'"],
  ["6.2.4", 1, "New passwords are checked against at least the top 3000 passwords that fit the policy.", "met", "lib/users/password-policy.ts refuses, case- and space-insensitively, @zxcvbn-ts/language-common's ~49 000 common passwords (offline, exact-pinned) plus local favourites; lib/users/password-policy.test.ts checks the top 10 000"],
  ["6.2.5", 1, "Passwords of any composition are allowed; no character-class rules.", "met", "passwordPolicySchema has length rules only (lib/users/password-policy.ts)"],
  ["6.2.6", 1, "Password inputs use type=password.", "met", "app/(public)/dang-nhap/sign-in-form.tsx, components/forms/password-form.tsx"],
  ["6.2.7", 1, "Paste, browser password helpers and password managers are permitted.", "met", "No paste blocking; autocomplete current-password / new-password (sign-in-form.tsx, password-form.tsx)"],
  ["6.2.8", 1, "The password is verified exactly as received, without truncation or case change.", "met", "lib/auth/schemas.ts CredentialsSchema does not trim or fold the password; lib/auth/password.ts verify"],
  ["6.2.9", 2, "Passwords of at least 64 characters are permitted.", "met", "MAX_PASSWORD_LENGTH = 200 (lib/users/password-policy.ts, lib/auth/schemas.ts)"],
  ["6.2.10", 2, "Passwords stay valid until compromised or rotated by the user; no periodic rotation.", "met", "No password age rule; mustChangePassword is set only at account creation and by an admin reset (lib/users/mutations.ts, decision 049)"],
  ["6.2.11", 2, "The documented context-specific word list is used to prevent easy-to-guess passwords.", "partial", "Exact matches of a few local words only (lib/users/password-policy.ts); no documented list, no substring or variant matching"],
  ["6.2.12", 2, "New passwords are checked against a set of breached passwords.", "partial", "Offline list of common/breached passwords from public breach corpora (@zxcvbn-ts/language-common, lib/users/password-policy.ts); no live or full breached-password set (e.g. HIBP k-anonymity range) is checked"],
  ["6.3.1", 1, "Credential stuffing and brute-force controls are implemented as documented.", "met", "lib/auth/sign-in.ts, lib/auth/throttle.ts, throttle-rules.ts; tests/integration/sign-in-throttle.test.ts, lib/auth/throttle-rules.test.ts"],
  ["6.3.2", 1, "Default accounts (root, admin, sa) are absent or disabled.", "met", "Demo accounts load only in demo mode (lib/auth/demo-accounts.ts, lib/auth/load-actor.ts); the first admin gets a one-time link (lib/users/first-admin.ts); tests/integration/users.test.ts 'demo accounts'"],
  ["6.3.3", 2, "Multi-factor authentication (or a combination of single-factor mechanisms) is required to access the application.", "not met", "Password only; no TOTP/WebAuthn second factor and no documented rationale for relaxing it (lib/auth/options.ts)"],
  ["6.3.4", 2, "No undocumented authentication pathways; controls and strength are consistent across pathways.", "met", "Session and bearer token both load the actor through lib/auth/load-actor.ts (active, demo mode) and refuse mustChangePassword (lib/action.ts, lib/api/actor.ts); tests/integration/forced-password-change.test.ts"],
  ["6.4.1", 1, "System-generated initial passwords or activation codes are random, follow policy, expire soon or after use, and are not long-term.", "met", "One-time links: 256-bit token, SHA-256 stored, 72 h, single use (lib/users/reset-token.ts, password-mutations.ts); tests/integration/users.test.ts 'an admin-driven reset'"],
  ["6.4.2", 1, "Password hints and knowledge-based authentication (secret questions) are not present.", "met", "None exist (lib/users/, prisma/schema.prisma User)"],
  ["6.4.3", 2, "A secure forgotten-password reset process exists that does not bypass MFA.", "met", "Admin-issued one-time link handed over through the unit's channel (lib/users/issue-reset.ts, decision 049); no MFA to bypass (see 6.3.3)"],
  ["6.4.4", 2, "Lost MFA factors require identity proofing at the enrolment level.", "n/a", "No MFA factor exists to lose (see 6.3.3, not met)"],
  ["6.5.1", 2, "Lookup secrets, out-of-band codes and TOTPs are usable only once.", "n/a", "No lookup secrets, out-of-band codes or TOTP are implemented (see 6.3.3)"],
  ["6.5.2", 2, "Stored lookup secrets under 112 bits entropy are hashed with an approved salted password hash.", "n/a", "No lookup secrets are implemented"],
  ["6.5.3", 2, "Lookup secrets, OOB codes and TOTP seeds come from a CSPRNG.", "n/a", "No lookup secrets, out-of-band codes or TOTP seeds are implemented"],
  ["6.5.4", 2, "Lookup secrets and OOB codes have at least 20 bits of entropy.", "n/a", "No lookup secrets or out-of-band codes are implemented"],
  ["6.5.5", 2, "OOB requests and TOTPs have a defined lifetime (OOB at most 10 min, TOTP 30 s).", "n/a", "No out-of-band authentication or TOTP is implemented"],
  ["6.6.1", 2, "PSTN (SMS/phone) OTPs only for validated numbers, with stronger alternatives offered and risks explained.", "n/a", "No SMS or phone authentication"],
  ["6.6.2", 2, "Out-of-band requests, codes or tokens are bound to the authentication request they were made for.", "n/a", "No out-of-band authentication"],
  ["6.6.3", 2, "Code-based out-of-band authentication is rate limited against brute force.", "n/a", "No out-of-band authentication"],
  ["6.8.1", 2, "With multiple IdPs, identities cannot be spoofed through another IdP (namespace by IdP id).", "n/a", "No external identity provider; credentials sign-in only (lib/auth/options.ts)"],
  ["6.8.2", 2, "Signatures on authentication assertions (JWT, SAML) are always present and validated.", "n/a", "No IdP assertions are consumed; the session JWT is next-auth's own, encrypted with NEXTAUTH_SECRET"],
  ["6.8.3", 2, "SAML assertions are processed only once within their validity period.", "n/a", "No SAML or other external assertions are consumed; credentials sign-in only"],
  ["6.8.4", 2, "When relying on an IdP, required authentication strength and recency are verified from IdP claims (acr, amr, auth_time).", "n/a", "No external identity provider"],

  // V7 Session Management (every L1/L2 requirement)
  ["7.1.1", 2, "Inactivity timeout and absolute session lifetime are documented, with justification for deviations from NIST SP 800-63B.", "partial", "Only the 8 h JWT maxAge in lib/auth/options.ts, mentioned in passing in decision 048; no documented inactivity timeout, absolute limit or NIST justification"],
  ["7.1.2", 2, "Documentation defines how many concurrent sessions are allowed per account and what happens at the limit.", "partial", "Decision 048 says sign-out ends every session of the user; it does not state that concurrent sessions are unlimited or why"],
  ["7.1.3", 2, "Federated (SSO) systems managing sessions are documented with controls coordinating lifetimes and termination.", "n/a", "No SSO or federated identity"],
  ["7.2.1", 1, "All session token verification happens in a trusted backend service.", "met", "getServerSession + loadSessionActor on every request (lib/auth/session.ts, lib/auth/load-actor.ts); proxy.ts cookie check is convenience only"],
  ["7.2.2", 1, "Session tokens are dynamically generated (self-contained or reference), not static API secrets.", "met", "Browser sessions are per-sign-in JWTs; every new personal /api/v1 token expires within 365 days, 90 by default (lib/api-tokens/rules.ts tokenExpiry; tests/integration/api-tokens.test.ts); tokens made before that without expiry still work (decision 033 note)"],
  ["7.2.3", 1, "Reference tokens are unique, from a CSPRNG, with at least 128 bits of entropy.", "met", "Personal API tokens: randomBytes(32) (lib/api-tokens/token.ts); lib/api-tokens/token.test.ts"],
  ["7.2.4", 1, "A new session token is issued on authentication and re-authentication, and the current one is terminated.", "partial", "next-auth issues a fresh JWT at each sign-in, but sign-in does not raise sessionVersion, so an earlier token of the same user stays valid until it expires or the user signs out"],
  ["7.3.1", 2, "An inactivity timeout enforces re-authentication per risk analysis and documented decisions.", "not met", "No inactivity timeout: an idle session stays valid until 8 h after sign-in (lib/auth/options.ts maxAge); nothing records or checks the last activity"],
  ["7.3.2", 2, "An absolute maximum session lifetime enforces re-authentication per documented decisions.", "partial", "8 h from sign-in: JWT maxAge in lib/auth/options.ts, never re-issued because getServerSession(authOptions()) in lib/auth/session.ts cannot set cookies; not documented or risk-justified"],
  ["7.4.1", 1, "After logout or expiry the session can no longer be used (backend invalidation or revocation list).", "met", "Sign-out raises User.sessionVersion (lib/auth/options.ts endSessionOfToken, lib/auth/sessions.ts); tests/integration/sessions.test.ts 'end the session at sign-out'"],
  ["7.4.2", 1, "All active sessions end when an account is disabled or deleted.", "met", "Deactivation calls endSessions in its transaction (lib/users/mutations.ts); loadActor requires active; tests/integration/users.test.ts 'deactivation ends the sessions…', api-tokens.test.ts"],
  ["7.4.3", 2, "Users may terminate all other sessions after changing or removing an authentication factor (incl. reset).", "met", "Every password change or reset ends all sessions (lib/users/password-mutations.ts storePassword); tests/integration/users.test.ts"],
  ["7.4.4", 2, "Every authenticated page has easy, visible access to logout.", "met", "Sign-out button in the shell header on every app page (components/layout/app-shell.tsx, sign-out-button.tsx)"],
  ["7.4.5", 2, "Administrators can terminate active sessions for an individual user or for all users.", "partial", "Admins end a user's sessions only indirectly (deactivate or reset password, lib/users/mutations.ts); no 'end sessions' action and nothing for all users"],
  ["7.5.1", 2, "Full re-authentication is required before changing sensitive account attributes used for authentication or recovery.", "met", "The only such attribute users can change is the password, which needs the current one (lib/users/password-mutations.ts); email is not editable"],
  ["7.5.2", 2, "Users can view and (after re-authenticating) terminate any or all of their active sessions.", "not met", "No list of active sessions; JWT sessions are not recorded server-side, only a per-user version counter (lib/auth/sessions.ts)"],
  ["7.6.1", 2, "Session lifetime and termination between RPs and IdPs behave as documented.", "n/a", "No federated identity provider"],
  ["7.6.2", 2, "Creating a session requires the user's consent or an explicit action.", "met", "Sessions are created only by submitting the sign-in form (app/(public)/dang-nhap/sign-in-form.tsx); no silent SSO"],

  // V8 Authorization (every L1/L2 requirement)
  ["8.1.1", 1, "Authorization documentation defines function-level and data-specific access rules.", "met", "docs/decisions/002-authorization-near-data.md, docs/architecture.md request path; the declared table in tests/security/matrix/expectations.ts"],
  ["8.1.2", 2, "Authorization documentation defines field-level read and write restrictions, possibly depending on state.", "partial", "Field rules exist for owner contact (decisions 039, 052) and editable states per step, but no general field-level read/write rules are written down"],
  ["8.2.1", 1, "Function-level access is restricted to consumers with explicit permissions.", "met", "can… functions in lib/*/policy.ts checked in every mutation; tests/integration/authorization-matrix.test.ts (every action and route, every role)"],
  ["8.2.2", 1, "Data-specific access is restricted to permitted data items (IDOR/BOLA).", "met", "Scope where-builders in lib/auth/policy.ts ANDed into every query; out of scope = not found; tests/integration/authorization-matrix.test.ts, project-scoping.test.ts"],
  ["8.2.3", 2, "Field-level access is restricted to permitted fields (BOPLA).", "met", "Named select shapes in lib queries, zod input schemas with explicit fields (no mass assignment), owner contact masked in lib/facilities/personal-data.ts"],
  ["8.3.1", 1, "Authorization is enforced at a trusted service layer, not by client-side controls.", "met", "lib mutations and queries check again (docs/architecture.md: 'Mutations check again'); proxy.ts is convenience only; fuzz-actions and authorization-matrix call actions directly"],
  ["8.4.1", 2, "Multi-tenant applications prevent operations on tenants the consumer may not access.", "met", "Provinces are the tenants: province scope in lib/auth/policy.ts; cross-province cases in tests/integration/authorization-matrix.test.ts and attachments.test.ts"],

  // V11 Cryptography (password storage and secrets)
  ["11.2.1", 2, "Industry-validated cryptographic implementations are used.", "met", "node:crypto (randomBytes, SHA-256), @node-rs/argon2, next-auth's JWE (lib/auth/password.ts, lib/api-tokens/token.ts)"],
  ["11.4.1", 1, "Only approved hash functions for cryptographic uses; MD5 and other disallowed hashes are not used.", "met", "SHA-256 for API tokens, reset links and file hashes (lib/api-tokens/token.ts, lib/attachments/storage.ts); md5 appears only in a backup test's row comparison"],
  ["11.4.2", 2, "Passwords are stored with an approved, computationally intensive password hashing function with current parameters.", "met", "argon2id with m=19456 KiB, t=2, p=1 (the library defaults, OWASP's minimum) in lib/auth/password.ts"],
  ["11.5.1", 2, "Non-guessable random values come from a CSPRNG with at least 128 bits of entropy; UUIDs do not qualify.", "met", "Tokens and links use randomBytes(32); the CSP nonce is 16 bytes of crypto.getRandomValues in base64 (lib/http/security-headers.ts createNonce); lib/http/security-headers.test.ts"],

  // V13 Configuration
  ["13.1.1", 2, "All communication needs are documented, including external services and user-supplied locations.", "partial", "PostgreSQL and SMTP appear in lib/env.ts and decisions 049/050; no single list of the app's connections"],
  ["13.2.2", 2, "Backend communication uses accounts with the least necessary privileges.", "partial", "One DATABASE_URL serves the app and migrations (lib/env.ts, scripts/migrate.ts); no separate least-privilege runtime role is documented"],
  ["13.3.1", 2, "A secrets management solution stores backend secrets; none in source code or build artifacts.", "partial", "Secrets come from environment variables validated in lib/env.ts and are not in the repository; no vault or managed secret store"],
  ["13.4.1", 1, "Deployments expose no source control metadata (.git etc.).", "met", "Next.js serves only public/ and build output; .git is never in public/"],
  ["13.4.2", 2, "Debug modes are disabled in production.", "met", "Production build; 'unsafe-eval' and ws: only for NODE_ENV=development (lib/http/security-headers.ts); generic error answers (lib/action.ts)"],
  ["13.4.3", 2, "Web servers do not expose directory listings unless intended.", "met", "Next.js has no directory listing; attachments only through the authorised route"],
  ["13.4.4", 2, "HTTP TRACE is not supported in production.", "partial", "Not verified: no test sends TRACE to next start, and the reverse proxy's configuration is outside the repository"],
  ["13.4.5", 2, "Documentation and monitoring endpoints are not exposed unless intended.", "met", "/api/v1/openapi.json is public by decision 033 and holds no data; /api/health reports states only (decision 050)"],

  // V14 Data Protection
  ["14.1.1", 2, "Sensitive data is identified and classified into protection levels, respecting privacy regulations.", "partial", "Owner contact is identified as personal data (docs/decisions/052-personal-data.md); no classification of the other data"],
  ["14.1.2", 2, "Each protection level has documented requirements (encryption, integrity, retention, logging, access).", "partial", "Decision 052 covers masking, access logging and retention for owner contact only; no database-level encryption requirements"],
  ["14.2.1", 1, "Sensitive data travels only in the body or headers; URLs and query strings carry no API keys or session tokens.", "partial", "API tokens only in Authorization, session in a cookie; but the one-time password link carries its secret in the path /dat-lai-mat-khau/<token> (lib/users/reset-token.ts)"],
  ["14.2.2", 2, "Sensitive data is not cached in server components (load balancers, app caches), or is purged after use.", "met", "Every page is dynamic; downloads and API answers send Cache-Control no-store (lib/api/respond.ts, lib/reports/export/respond.ts)"],
  ["14.2.3", 2, "Defined sensitive data is not sent to untrusted parties such as user trackers.", "met", "No third-party scripts or trackers; CSP default-src 'self' (lib/http/security-headers.ts)"],
  ["14.2.4", 2, "Controls for sensitive data (encryption, retention, logging, privacy) are implemented per its protection level.", "partial", "Owner contact: masking, personalData.view logging and retention (lib/facilities/personal-data.ts; tests/integration/personal-data-retention.test.ts); nothing defined for other data"],
  ["14.3.1", 1, "Authenticated data is cleared from client storage and the DOM when the session ends (Clear-Site-Data may help).", "met", "Sign-out (next-auth POST /api/auth/signout) answers Clear-Site-Data: \"cache\", \"storage\" (proxy.ts; tests/proxy.test.ts) and navigates to /dang-nhap; nothing is kept in web storage (components/layout/sign-out-button.tsx)"],
  ["14.3.2", 2, "Sufficient anti-caching headers (Cache-Control: no-store) keep sensitive data out of browser caches.", "met", "no-store on downloads, exports and API (route handlers, lib/api/respond.ts); dynamic pages get Next's no-store"],
  ["14.3.3", 2, "Browser storage (localStorage, sessionStorage, IndexedDB, cookies) holds no sensitive data except session tokens.", "met", "No localStorage/sessionStorage/IndexedDB use in app/, components/, lib/; cookies: session and locale (httpOnly) only"],

  // V16 Security Logging and Error Handling (every L1/L2 requirement)
  ["16.1.1", 2, "An inventory documents logging per layer: events, formats, storage, use, access control and retention.", "partial", "Decisions 050 (JSON logs), 051 (audit trail) and 048 (auth events) describe parts; no single inventory, no log retention or access rules"],
  ["16.2.1", 2, "Each log entry has the metadata (when, where, who, what) needed to investigate a timeline.", "met", "lib/log/format.ts (time, level, requestId, message); AuditLog rows hold actor, action, entity, time (lib/audit/record.ts)"],
  ["16.2.2", 2, "Logging time sources are synchronised and timestamps are UTC or carry an offset.", "partial", "Timestamps are ISO 8601 UTC (lib/log/format.ts) and timestamptz; clock synchronisation (NTP) is left to the host and not documented"],
  ["16.2.3", 2, "Logs go only to files and services listed in the log inventory.", "partial", "The app writes only to stdout/stderr and the AuditLog table (lib/log/index.ts), but there is no inventory to check against (16.1.1)"],
  ["16.2.4", 2, "Logs are readable and correlatable by the log processor, preferably in a common format.", "met", "One JSON line per event with requestId echoed to the client (lib/log/format.ts, proxy.ts); lib/log/format.test.ts"],
  ["16.2.5", 2, "Sensitive data is logged per its protection level: no credentials; tokens only hashed or masked.", "met", "Key-based redaction of passwords, tokens, cookies, email, phone, CCCD and connection-string passwords (lib/log/format.ts redact); audit stores token prefixes only"],
  ["16.3.1", 2, "All authentication operations are logged, successful and failed, with the type of authentication.", "partial", "Session sign-in, failures, lockout and sign-out are audited (lib/auth/sign-in.ts, options.ts); every refused /api/v1 bearer token (malformed, unknown, expired, revoked, inactive owner) is audited as security.tokenRefused with reason and public prefix, never the token (lib/api/actor.ts, lib/audit/security.ts; tests/integration/api-tokens.test.ts); a successful token authentication is kept only as lastUsedAt, not logged per call"],
  ["16.3.2", 2, "Failed authorization attempts are logged.", "met", "security.accessDenied for signed-in callers at actions, pages and /api/v1 (lib/audit/security.ts, denied-at.ts); tests/integration/audit-trail.test.ts 'security events'"],
  ["16.3.3", 2, "Documented security events and attempts to bypass controls (validation, business logic, anti-automation) are logged.", "partial", "Lockouts, denials and refused tokens are audited; refused cross-origin requests (server actions in proxy.ts, /api/v1 sessions, the upload route) are logged as security.crossOriginRefused JSON lines (lib/http/cross-origin-log.ts; tests/proxy.test.ts, tests/integration/security-events.test.ts, api-tokens.test.ts); validation refusals of hostile input are not logged"],
  ["16.3.4", 2, "Unexpected errors and security control failures (e.g. backend TLS failures) are logged.", "met", "log.error for every unexpected error in lib/action.ts, lib/api/handler.ts, route handlers and the health check (lib/health)"],
  ["16.4.1", 2, "Logging components encode data to prevent log injection.", "met", "JSON.stringify per line (lib/log/format.ts); incoming x-request-id restricted to a safe pattern (lib/log/request-id.ts)"],
  ["16.4.2", 2, "Logs are protected from unauthorised access and cannot be modified.", "partial", "AuditLog is append-only by triggers (UPDATE, DELETE, TRUNCATE refused) and read by admins only (lib/audit/policy.ts); stdout logs are the host's, and the DB owner can drop triggers"],
  ["16.4.3", 2, "Logs are sent securely to a logically separate system for analysis and alerting.", "not met", "No log shipping; logs stay in the app's stdout/stderr and its own database (lib/log/index.ts, lib/audit/record.ts)"],
  ["16.5.1", 2, "A generic message is returned for unexpected or security-sensitive errors, without stack traces, queries or secrets.", "met", "lib/action.ts UNEXPECTED message, lib/api/errors.ts generic 500, SIGN_IN_UNAVAILABLE in lib/auth/options.ts; tests/integration/attachments.test.ts 'never echoes an unexpected error'"],
  ["16.5.2", 2, "The application keeps operating securely when external resources fail (circuit breakers, graceful degradation).", "partial", "Health check answers 503 with states only (lib/health) and mail is optional (lib/notifications/digest.ts); no documented degradation when the database fails"],
  ["16.5.3", 2, "The application fails securely on exceptions, with no fail-open (e.g. processing despite validation errors).", "met", "Errors abort the transaction; denials throw (fail closed); tests/integration/fuzz-actions.test.ts (no partial writes), killed-mutation.test.ts"],
];

export const ASVS_CHECKLIST: readonly AsvsRequirement[] = ROWS.map(([id, level, requirement, status, evidence]) => ({
  id,
  chapter: CHAPTERS[id.split(".")[0]!]!,
  level,
  requirement,
  status,
  evidence,
}));
