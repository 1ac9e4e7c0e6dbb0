import { defineConfig } from "prisma/config";

// The CLI (generate, migrate) reads the URL from here; `prisma generate` needs none, so a placeholder keeps it working offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/factdesk_placeholder" },
});
