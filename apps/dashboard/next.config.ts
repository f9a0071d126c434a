import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./src/env";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  poweredByHeader: false,
  // Sign-in runs on the dashboard's own origin, so the API's session cookie is first-party.
  async rewrites() {
    return [{ source: "/api/auth/:path*", destination: `${new URL(env.API_URL).origin}/api/auth/:path*` }];
  },
};

export default withNextIntl(config);
