// next-auth's endpoints (sign-in, sign-out, session, csrf), behind the body check of lib/auth/route.ts.
import { authRouteHandler } from "@/lib/auth/route";

export { authRouteHandler as GET, authRouteHandler as POST };
