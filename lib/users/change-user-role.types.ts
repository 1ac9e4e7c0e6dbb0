import { z } from "zod";
import { RoleInput } from "./users.types";

export const ChangeUserRoleInput = z.object({ role: RoleInput });
export type ChangeUserRoleInput = z.input<typeof ChangeUserRoleInput>;
