// The frame every command-line tool shares: its arguments parsed before anything opens (usage errors exit 2),
// then its work on the script database, which is closed whatever happens.
import { disconnectDb } from "../db/client";
import type { EmbeddedPostgres } from "./embedded-postgres";
import { openScriptDatabase } from "./open-script-database";

/** Parses the command line; a parse error prints it with the usage and exits 2, `--help` prints the usage and exits 0. */
export function parseCommandLineOrExit<T>(parse: () => T, usage: string, wantsHelp: (parsed: T) => boolean): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (wantsHelp(parsed)) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/**
 * Opens the script database (openScriptDatabase), runs `work`, and exits with its status: an error is
 * printed as "<what> failed: …" (status 1). The database (and `closeMore`, e.g. the job queue) is closed first.
 */
export async function runOnScriptDatabase(what: string, work: () => Promise<number>, closeMore?: () => Promise<void>): Promise<never> {
  let embedded: EmbeddedPostgres | null = null;
  let exitCode = 0;
  try {
    ({ embedded } = await openScriptDatabase());
    exitCode = await work();
  } catch (error) {
    console.error(`${what} failed: ${(error as Error).message}`);
    exitCode = 1;
  } finally {
    await closeMore?.().catch(() => undefined);
    await disconnectDb();
    await embedded?.stop().catch(() => undefined);
  }
  process.exit(exitCode);
}
