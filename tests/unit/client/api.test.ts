import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, parseApiError } from "../../../lib/client/api-error";
import { api } from "../../../lib/client/api";

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(body === undefined ? "<html>502</html>" : JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("parseApiError", () => {
  it("keeps the server's message, field and issues, and gives each field its own message", () => {
    const error = parseApiError(400, {
      error: { code: "invalid_input", message: "body.url: must be an http:// or https:// URL", field: "url", issues: [{ field: "url", message: "must be an http:// or https:// URL" }, { field: "title", message: "is required" }] },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, field: "url", code: "invalid_input", message: "body.url: must be an http:// or https:// URL" });
    expect(error.byField()).toEqual({ url: "must be an http:// or https:// URL", title: "is required" });
  });

  it("strips the field's name from a message that names only the field", () => {
    expect(parseApiError(409, { error: { code: "conflict", message: "reason: say why the flag is dismissed", field: "reason" } }).byField()).toEqual({ reason: "say why the flag is dismissed" });
  });

  it("says something a person can act on when the body is not the API's error", () => {
    expect(parseApiError(502, null).message).toBe("Something went wrong on the server; try again.");
    expect(parseApiError(401, "<html>").message).toBe("Your session has ended; sign in again.");
    expect(parseApiError(404, { nope: true }).message).toBe("The request failed (404).");
  });
});

describe("the typed client", () => {
  it("sends a claim split to its route as JSON and returns the parsed answer", async () => {
    const claim = { id: "c1", articleId: "a1", text: "x", start: 0, end: 3, exact: "x", anchorState: "anchored", status: "new", origin: "reviewer", score: null, dismissalReason: null, finalVerdictId: null, revision: 2, createdAt: "2025-01-01T00:00:00.000Z", updatedAt: "2025-01-01T00:00:00.000Z" };
    const fetch = answer(201, { claim, created: { ...claim, id: "c2" } });
    const result = await api.claims.split("c1", { at: 2, revision: 1 });
    expect(result.created.id).toBe("c2");
    expect(fetch).toHaveBeenCalledWith("/api/claims/c1/split", expect.objectContaining({ method: "POST", body: JSON.stringify({ at: 2, revision: 1 }) }));
  });

  it("throws the server's error as ApiError", async () => {
    answer(409, { error: { code: "conflict", message: "This claim was changed by someone else" } });
    await expect(api.claims.changeStatus("c1", { status: "in_review", revision: 0 })).rejects.toMatchObject({ status: 409, message: "This claim was changed by someone else" });
  });

  it("refuses an answer that is not the route's shape instead of handing it on", async () => {
    answer(200, { claim: { id: 1 } });
    await expect(api.claims.get("c1")).rejects.toMatchObject({ message: expect.stringContaining("reload the page") });
  });

  it("turns a network failure into ApiError", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(api.flags.resolve("f1", { status: "confirmed" })).rejects.toMatchObject({ status: 0, message: "Could not reach the server; try again." });
  });
});
