import pg from "pg";

/** A fresh, empty database `<name>_<suffix>` beside baseUrl's (dropped first if it exists): for a run that empties its database. */
export async function freshDatabase(baseUrl: string, suffix: string): Promise<string> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1) || "postgres"}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, "_");
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}
