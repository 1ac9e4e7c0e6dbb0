import { z } from "zod";

/** The error body every API route answers with (lib/http/api-route.ts). */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiErrorBody = z.output<typeof ApiErrorBody>;

/** The error the API returns, as the browser sees it: the message names the field. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
    readonly issues: { field: string; message: string }[] = [],
    readonly code?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The message of each field, for showing next to its input (the first issue of a field wins). */
  byField(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const issue of this.issues) byField[issue.field] ??= issue.message;
    if (this.field && !byField[this.field]) byField[this.field] = this.message.replace(new RegExp(`^${escapeRegExp(this.field)}: `), "");
    return byField;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The one reading of a failed response: the server's own error when it sent one, else its status in words. */
export function parseApiError(status: number, body: unknown): ApiError {
  const parsed = ApiErrorBody.safeParse(body);
  if (parsed.success) {
    const { message, field, issues, code } = parsed.data.error;
    return new ApiError(message, status, field, issues ?? [], code);
  }
  return new ApiError(status === 401 ? "Your session has ended; sign in again." : status >= 500 ? "Something went wrong on the server; try again." : `The request failed (${status}).`, status);
}
