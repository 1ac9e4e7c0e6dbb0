import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../lib/db/client";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.FACTDESK_DB_POOL_SIZE = inject("dbPoolSize");

afterAll(async () => {
  await disconnectDb();
});
