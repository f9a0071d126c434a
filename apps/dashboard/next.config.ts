import type { NextConfig } from "next";

const config: NextConfig = {
  // Internal packages export TypeScript source.
  transpilePackages: ["@parley/client"],
  poweredByHeader: false,
};

export default config;
