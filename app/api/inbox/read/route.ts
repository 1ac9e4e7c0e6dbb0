import { apiRoute } from "@/lib/http/api-route";
import { markInboxRead, MarkInboxReadInput, MarkInboxReadResponse } from "@/lib/inbox/mark-inbox-read";

export const POST = apiRoute({ permission: "inbox.read", body: MarkInboxReadInput, response: MarkInboxReadResponse }, async ({ actor, body }) => markInboxRead(actor, body));
