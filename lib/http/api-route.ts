import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/get-actor";
import { assertCan, type Permission } from "../auth/permissions";
import { DomainError } from "../errors";

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; issues?: { field: string; message: string }[] };
}

export function jsonError(status: number, error: ApiErrorBody["error"]): Response {
  return Response.json({ error } satisfies ApiErrorBody, { status });
}

/** Zod issues as `{field, message}` pairs, the field a dotted path ("evidence.0.url"); an issue with the whole input is named `whole`. */
export function fieldIssues(error: z.ZodError, whole = "input"): { field: string; message: string }[] {
  return error.issues.map((raw) => {
    const issue = explainUnion(raw);
    return { field: issue.path.map(String).join(".") || whole, message: issue.message };
  });
}

/**
 * A union that matched no branch says only "Invalid input". For the optional fields written
 * `"" | Something`, the useful message is the one of the branch that was meant: the first issue that is
 * not a mere literal mismatch.
 */
function explainUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union") return issue;
  const inner = issue.errors.flat().find((i) => i.code !== "invalid_value" && i.code !== "invalid_union");
  return inner ? { ...inner, path: [...issue.path, ...inner.path] } : issue;
}

function invalid(error: z.ZodError, where: "path" | "query" | "body"): Response {
  const issues = fieldIssues(error, where);
  const first = issues[0];
  const message = first ? `${first.field}: ${first.message}` : `Invalid ${where}`;
  return jsonError(400, { code: "invalid_input", message, field: first?.field, issues });
}

/** Form fields as an object for zod: one value per name (the last one when a name repeats). */
function formToObject(form: FormData): Record<string, FormDataEntryValue> {
  const object: Record<string, FormDataEntryValue> = {};
  form.forEach((value, key) => {
    object[key] = value;
  });
  return object;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

interface RouteConfig<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> {
  permission: Permission;
  /** The response's contract (lib/<domain>/<verb>.types.ts): the handler must return its shape. */
  response?: R;
  /** The status of a success (default 200). */
  status?: number;
  params?: P;
  query?: Q;
  /** A JSON body. */
  body?: B;
  /** A multipart/form-data (or urlencoded) body instead of JSON: text fields as strings, files as File. */
  form?: B;
}

export interface RouteInput<P, Q, B> {
  actor: Actor;
  params: P;
  query: Q;
  body: B;
  request: Request;
}

const Empty = z.object({}).passthrough();

/**
 * Every API route goes through here: authenticate (401), check the permission table (403), parse the
 * path, query and body with zod (400 naming the field), then call the lib/ function. Domain errors
 * become their status; anything else is a 500 without internals.
 */
export function apiRoute<
  P extends z.ZodType = typeof Empty,
  Q extends z.ZodType = typeof Empty,
  B extends z.ZodType = typeof Empty,
  R extends z.ZodType = z.ZodUnknown,
>(
  config: RouteConfig<P, Q, B, R>,
  handler: (input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R> | Response>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      const actor = await getActor();
      if (!actor) return jsonError(401, { code: "unauthenticated", message: "Sign in to use the API" });
      assertCan(actor, config.permission);

      // Routes without dynamic segments get no params object.
      const params = (config.params ?? Empty).safeParse((await context?.params) ?? {});
      if (!params.success) return invalid(params.error, "path");

      const searchParams = Object.fromEntries(new URL(request.url).searchParams);
      const query = (config.query ?? Empty).safeParse(searchParams);
      if (!query.success) return invalid(query.error, "query");

      let rawBody: unknown = {};
      if (config.form) {
        try {
          rawBody = formToObject(await request.formData());
        } catch {
          return jsonError(400, { code: "invalid_form", message: "body: the request body must be multipart/form-data", field: "body" });
        }
      } else if (config.body) {
        try {
          rawBody = await request.json();
        } catch {
          return jsonError(400, { code: "invalid_json", message: "body: the request body must be valid JSON", field: "body" });
        }
      }
      const body = (config.form ?? config.body ?? Empty).safeParse(rawBody);
      if (!body.success) return invalid(body.error, "body");

      const result = await handler({
        actor,
        params: params.data as z.output<P>,
        query: query.data as z.output<Q>,
        body: body.data as z.output<B>,
        request,
      });
      if (result instanceof Response) return result;
      return Response.json(result ?? { ok: true }, { status: config.status ?? 200 });
    } catch (error) {
      if (error instanceof DomainError) {
        return jsonError(error.status, { code: error.code, message: error.message, field: error.field });
      }
      console.error(error);
      return jsonError(500, { code: "internal", message: "Something went wrong on the server" });
    }
  };
}
