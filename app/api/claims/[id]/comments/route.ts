import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { addComment, AddCommentInput } from "@/lib/comments/add-comment";

export const POST = apiRoute({ permission: "comment.add", params: IdParams, body: AddCommentInput }, async ({ actor, params, body }) =>
  Response.json({ comment: await addComment(actor, params.id, body) }, { status: 201 }),
);
