import { apiRoute } from "@/lib/http/api-route";
import { getMyQueue, QueueQuery, QueueResponse } from "@/lib/assignments/get-my-queue";

export const GET = apiRoute({ permission: "queue.read", query: QueueQuery, response: QueueResponse }, async ({ actor, query }) => ({ queue: await getMyQueue(actor, query) }));
