import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { changeUserRole, ChangeUserRoleInput } from "@/lib/users/change-user-role";
import { UserResponse } from "@/lib/users/users.types";

export const PATCH = apiRoute({ permission: "user.manage", params: IdParams, body: ChangeUserRoleInput, response: UserResponse }, async ({ actor, params, body }) => ({
  user: await changeUserRole(actor, params.id, body),
}));
