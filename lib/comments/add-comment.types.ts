// The contract of add-comment: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";

export const AddCommentInput = z.object({
  body: z.string({ error: "is required" }).trim().min(1, "is required").max(5000, "must be at most 5000 characters"),
});
export type AddCommentInput = z.infer<typeof AddCommentInput>;

export const CommentRow = z.object({ id: z.string(), claimId: z.string(), authorId: z.string(), body: z.string(), createdAt: JsonDate });

export const AddCommentResponse = z.object({ comment: CommentRow });
