const BASE = "http://factdesk.invalid";

/**
 * Where to go after sign-in: only a path of this app. `/\evil.example`, `//evil`, `/%5Cevil` (decoded before
 * it gets here), tabs or newlines inside (browsers drop them, turning `/\t/evil` into `//evil`), absolute
 * URLs and `javascript:` all fall back to the article list.
 */
export function safeCallbackUrl(value: unknown, fallback = "/articles"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > 2000) return fallback;
  // One slash, then not a second slash or a backslash; no backslash or control character anywhere.
  if (!/^\/(?![/\\])/.test(raw) || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, BASE);
    return url.origin === BASE ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}
