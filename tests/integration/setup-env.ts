import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.FACTDESK_DB_POOL_SIZE = inject("dbPoolSize");
// Lets tests count the statements a read runs (recordQueries): the article page, lists and reports stay bounded.
process.env.FACTDESK_DB_QUERY_EVENTS = "true";

afterAll(async () => {
  await disconnectDb();
});

// Route handlers read session cookies signed with this (tests/integration/helpers/http.ts makes them).
process.env.NEXTAUTH_SECRET ??= "integration-secret-0123456789abcdef0123";
delete process.env.NEXTAUTH_URL;
