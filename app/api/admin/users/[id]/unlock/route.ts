import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { unlockUser } from "@/lib/users/unlock-user";
import { UserResponse } from "@/lib/users/users.types";

export const POST = apiRoute({ permission: "user.manage", params: IdParams, response: UserResponse }, async ({ actor, params }) => ({ user: await unlockUser(actor, params.id) }));
