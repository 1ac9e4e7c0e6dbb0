import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { OneTimePasswordResponse } from "@/lib/users/users.types";

export const POST = apiRoute({ permission: "user.manage", params: IdParams, response: OneTimePasswordResponse }, async ({ actor, params }) => resetUserPassword(actor, params.id));
