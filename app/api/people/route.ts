import { apiRoute } from "@/lib/http/api-route";
import { listPeople, PeopleResponse } from "@/lib/people/list-people";

export const GET = apiRoute({ permission: "people.list", response: PeopleResponse }, async ({ actor }) => ({ people: await listPeople(actor) }));
