import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getRequestActor } from "../auth/get-actor";
import { assertCan, type Permission } from "../auth/permissions";
import { Prisma } from "../db/client";
import { ConflictError, DomainError } from "../errors";
import { crossOriginRefusal, STATE_CHANGING_METHODS } from "./same-origin";
import { findUnsafeInput } from "./unsafe-text";

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; issues?: { field: string; message: string }[]; current?: unknown };
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

function unsafe(input: unknown, where: "path" | "query" | "body"): Response | null {
  const found = findUnsafeInput(input, where);
  return found ? jsonError(400, { code: "invalid_input", message: `${found.field}: ${found.message}`, field: found.field, issues: [found] }) : null;
}

/** The content type a body config needs: JSON, or form data (multipart, or urlencoded for text-only forms). */
function wrongContentType(request: Request, kind: "json" | "form"): Response | null {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const ok = kind === "json" ? type === "application/json" || type.endsWith("+json") : type === "multipart/form-data" || type === "application/x-www-form-urlencoded";
  if (ok) return null;
  const wanted = kind === "json" ? "application/json" : "multipart/form-data";
  return jsonError(415, { code: "unsupported_media_type", message: `body: send the request body as ${wanted}`, field: "body" });
}

/**
 * Database errors that are races, not bugs: a unique key taken (P2002) or a row changed or gone (P2025)
 * between the read and the write, or a serialization failure (P2034). The caller lost; reload and retry.
 */
function raceAsConflict(error: unknown): ConflictError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && ["P2002", "P2025", "P2034"].includes(error.code)) {
    return new ConflictError("Someone else changed this at the same moment; reload to see the change.");
  }
  return null;
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

/** A route handler made by apiRoute, carrying what it checks so tests can hold every route to the table. */
export type ApiRouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & {
  apiRoute?: { permission: Permission; body: "json" | "form" | null; schemas: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType } };
};

/**
 * Every API route goes through here: refuse a state-changing request from another origin (403) or with the
 * wrong content type (415), authenticate (401), check the permission table (403), refuse text no field may
 * hold (NUL, lone surrogates, deep nesting) and parse the path, query and body with zod (400 naming the
 * field), then call the lib/ function. Domain errors become their status, races a 409; anything else is a
 * 500 without internals.
 */
export function apiRoute<
  P extends z.ZodType = typeof Empty,
  Q extends z.ZodType = typeof Empty,
  B extends z.ZodType = typeof Empty,
  R extends z.ZodType = z.ZodUnknown,
>(
  config: RouteConfig<P, Q, B, R>,
  handler: (input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R> | Response>,
): ApiRouteHandler {
  const route: ApiRouteHandler = async (request, context) => {
    try {
      const refusal = crossOriginRefusal(request);
      if (refusal) return jsonError(403, { code: "cross_origin", message: `Refused: ${refusal}` });
      const writes = STATE_CHANGING_METHODS.has(request.method.toUpperCase());
      if (writes && (config.body || config.form)) {
        const wrong = wrongContentType(request, config.form ? "form" : "json");
        if (wrong) return wrong;
      }

      const actor = await getRequestActor(request);
      if (!actor) return jsonError(401, { code: "unauthenticated", message: "Sign in to use the API" });
      assertCan(actor, config.permission);
      if (actor.mustChangePassword && config.permission !== "account.change_password") {
        return jsonError(403, { code: "password_change_required", message: "Choose a new password first: you signed in with a one-time password" });
      }

      // Routes without dynamic segments get no params object.
      const rawParams = (await context?.params) ?? {};
      const badParams = unsafe(rawParams, "path");
      if (badParams) return badParams;
      const params = (config.params ?? Empty).safeParse(rawParams);
      if (!params.success) return invalid(params.error, "path");

      const searchParams = Object.fromEntries(new URL(request.url).searchParams);
      const badQuery = unsafe(searchParams, "query");
      if (badQuery) return badQuery;
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
      const badBody = unsafe(rawBody, "body");
      if (badBody) return badBody;
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
    } catch (caught) {
      const error = raceAsConflict(caught) ?? caught;
      if (error instanceof DomainError) {
        const current = error instanceof ConflictError ? error.current : undefined;
        return jsonError(error.status, { code: error.code, message: error.message, field: error.field, ...(current !== undefined ? { current } : {}) });
      }
      console.error(error);
      return jsonError(500, { code: "internal", message: "Something went wrong on the server" });
    }
  };
  route.apiRoute = { permission: config.permission, body: config.form ? "form" : config.body ? "json" : null, schemas: { params: config.params, query: config.query, body: config.form ?? config.body } };
  return route;
}
