import type { ParsedDocument } from "./document";

/** `find` run once per parsed document and shared by every rule that asks (the document is never changed). */
export function perDocument<T>(find: (doc: ParsedDocument) => T): (doc: ParsedDocument) => T {
  const cache = new WeakMap<ParsedDocument, T>();
  return (doc) => {
    if (!cache.has(doc)) cache.set(doc, find(doc));
    return cache.get(doc) as T;
  };
}
