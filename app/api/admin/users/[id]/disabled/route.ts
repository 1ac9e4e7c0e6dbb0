import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { setUserDisabled, SetUserDisabledInput } from "@/lib/users/set-user-disabled";
import { UserResponse } from "@/lib/users/users.types";

export const POST = apiRoute({ permission: "user.manage", params: IdParams, body: SetUserDisabledInput, response: UserResponse }, async ({ actor, params, body }) => ({
  user: await setUserDisabled(actor, params.id, body),
}));
