import { ApiError } from "./api-fetch";

/** Multipart POST (file uploads) to the app's own API from client components; throws ApiError like apiFetch. */
export async function postForm<T>(url: string, form: FormData): Promise<T> {
  // No Content-Type header: the browser sets multipart/form-data with its boundary.
  const response = await fetch(url, { method: "POST", body: form, cache: "no-store" });
  const data = (await response.json().catch(() => null)) as { error?: { message: string; field?: string; issues?: { field: string; message: string }[] } } | null;
  if (!response.ok) {
    throw new ApiError(data?.error?.message ?? `Request failed (${response.status})`, response.status, data?.error?.field, data?.error?.issues ?? []);
  }
  return data as T;
}
