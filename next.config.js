// @ts-check
/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages run from node_modules; bundling them breaks at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2", "pg", "pg-boss", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // The type-check is `npm test`'s first step (tsc --noEmit over the whole repo, tests included); the build
  // does not repeat it, which takes minutes off every start on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
