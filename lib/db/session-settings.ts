/**
 * Startup options of every connection the app opens (node-postgres's `options`). JIT off: PostgreSQL compiles a
 * statement whose estimated cost passes `jit_above_cost`, and at a million claims a search's plan does —
 * ~60 ms of LLVM work for a statement that runs in ~40 ms. The desk's statements are short; none gains from
 * compilation. The embedded database has no JIT and ignores the option. (The benchmark's bare server uses the
 * same options, so its baseline stays the practical limit.)
 */
export const CONNECTION_OPTIONS = "-c jit=off";
