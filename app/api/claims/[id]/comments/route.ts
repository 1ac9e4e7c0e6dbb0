import { apiRoute } from "@/lib/http/api-route";
import { AddCommentResponse } from "@/lib/comments/add-comment.types";
import { IdParams } from "@/lib/http/params";
import { addComment, AddCommentInput } from "@/lib/comments/add-comment";

export const POST = apiRoute({ permission: "comment.add", params: IdParams, body: AddCommentInput, response: AddCommentResponse, status: 201 }, async ({ actor, params, body }) => ({ comment: await addComment(actor, params.id, body) }));
