import { apiRoute } from "@/lib/http/api-route";
import { changeOwnPassword, ChangeOwnPasswordInput } from "@/lib/users/change-own-password";

export const POST = apiRoute({ permission: "account.change_password", body: ChangeOwnPasswordInput }, async ({ actor, body }) => changeOwnPassword(actor, body));
