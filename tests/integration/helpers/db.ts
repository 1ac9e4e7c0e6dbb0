import { getDb } from "../../../lib/db/client";
import type { Actor } from "../../../lib/auth/actor";
import type { Role } from "../../../lib/db/generated/enums";
import { hashPassword } from "../../../lib/auth/hash-password";
import { DEFAULT_RATINGS } from "../../../lib/ratings/default-scale";

/** Empties every table, so each test file starts from nothing. */
export async function resetDatabase(): Promise<void> {
  const db = getDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
}

export async function seedRatings() {
  const db = getDb();
  await db.rating.createMany({ data: DEFAULT_RATINGS.map((r, position) => ({ ...r, position })), skipDuplicates: true });
  return new Map((await db.rating.findMany()).map((r) => [r.slug, r.id]));
}

let counter = 0;
export async function createUser(role: Role, password = "correct horse battery"): Promise<Actor> {
  counter++;
  const user = await getDb().user.create({
    data: { email: `${role}${counter}@example.test`, name: `${role} ${counter}`, role, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/** Row counts of the tables a write touches: compared before and after a refused request. */
export async function countRows() {
  const db = getDb();
  const [articles, claims, evidence, verdicts, flags, comments, audit] = await Promise.all([
    db.article.count(),
    db.claim.count(),
    db.evidence.count(),
    db.verdict.count(),
    db.flag.count(),
    db.comment.count(),
    db.auditLog.count(),
  ]);
  return { articles, claims, evidence, verdicts, flags, comments, audit };
}
