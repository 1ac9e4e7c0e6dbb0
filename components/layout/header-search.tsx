"use client";

import { useRef } from "react";
import { useShortcuts } from "@/components/flags/use-shortcuts";

/**
 * The header's search box: a plain GET form to the Search page (works without script); `/` focuses it
 * from anywhere outside a text field.
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  useShortcuts((key) => {
    if (key !== "/" || !input.current) return false;
    input.current.focus();
    input.current.select();
    return true;
  });
  return (
    <form className="header-search" role="search" aria-label="Desk search" action="/search" method="get">
      <label className="visually-hidden" htmlFor="header-search-q">
        Search the desk
      </label>
      <input
        ref={input}
        id="header-search-q"
        type="search"
        name="q"
        placeholder="Search  /"
        maxLength={200}
        autoComplete="off"
        data-testid="header-search"
      />
    </form>
  );
}
