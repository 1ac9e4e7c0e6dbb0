import { apiRoute } from "@/lib/http/api-route";
import { createUser, CreateUserInput } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { ListUsersResponse, OneTimePasswordResponse } from "@/lib/users/users.types";

export const GET = apiRoute({ permission: "user.manage", response: ListUsersResponse }, async () => ({ users: await listUsers() }));

export const POST = apiRoute({ permission: "user.manage", body: CreateUserInput, response: OneTimePasswordResponse, status: 201 }, async ({ actor, body }) => createUser(actor, body));
