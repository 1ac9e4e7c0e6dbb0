import "server-only";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/hash-password";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { ConflictError } from "../errors";
import { CreateUserInput } from "./create-user.types";
import { generateOneTimePassword } from "./generate-one-time-password";
import { getUserAdminData } from "./list-users";
import type { UserAdminData } from "./users.types";
export { CreateUserInput };

/**
 * An admin creates an account with a one-time password, returned once: the new user signs in with it and
 * must choose their own before anything else.
 */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ user: UserAdminData; oneTimePassword: string }> {
  assertCan(actor, "user.manage");
  const data = CreateUserInput.parse(input);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return getDb().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new ConflictError(`email: an account with ${data.email} already exists`);
    }
    const user = await tx.user.create({ data: { ...data, passwordHash, mustChangePassword: true } });
    await recordAudit(tx, actor.id, { action: "user.create", entityId: user.id, after: data });
    return { user: await getUserAdminData(tx, user.id), oneTimePassword };
  });
}
