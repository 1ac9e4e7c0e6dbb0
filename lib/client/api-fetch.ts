/** The error the API returns, as the browser sees it: the message names the field. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
    readonly issues: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** JSON fetch for the app's own API from client components; throws ApiError with the server's message. */
export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: "no-store",
  });
  const data = (await response.json().catch(() => null)) as { error?: { message: string; field?: string; issues?: { field: string; message: string }[] } } | null;
  if (!response.ok) {
    throw new ApiError(data?.error?.message ?? `Request failed (${response.status})`, response.status, data?.error?.field, data?.error?.issues ?? []);
  }
  return data as T;
}
