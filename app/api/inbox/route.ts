import { apiRoute } from "@/lib/http/api-route";
import { InboxQuery, InboxResponse, listInbox } from "@/lib/inbox/list-inbox";

export const GET = apiRoute({ permission: "inbox.read", query: InboxQuery, response: InboxResponse }, async ({ actor, query }) => listInbox(actor, query));
