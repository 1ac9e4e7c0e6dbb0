"use client";

import { useId, useRef, useState } from "react";
import type { PersonView } from "@/lib/people/list-people.types";
import { usePeople } from "@/components/people/use-people";
import { matchPeople, mentionAt } from "@/lib/comments/mention-query";

/**
 * A textarea that offers the desk's people after "@": ↑/↓ choose, Enter or Tab inserts "@handle ",
 * Escape closes the list. The list is a listbox tied to the textarea by aria-controls and
 * aria-activedescendant, so a screen reader reads the chosen person.
 */
export function MentionTextarea({ id, value, onChange, placeholder, ...aria }: { id: string; value: string; onChange(value: string): void; placeholder?: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) {
  const people = usePeople();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const options = mention && people ? matchPeople(people, mention.query) : [];
  const open = options.length > 0;

  function track(el: HTMLTextAreaElement) {
    const next = mentionAt(el.value, el.selectionStart);
    setMention(next);
    if (next?.query !== mention?.query) setActive(0);
  }

  function insert(person: PersonView) {
    const el = ref.current;
    if (!el || !mention) return;
    const caret = el.selectionStart;
    const text = `@${person.handle} `;
    const next = value.slice(0, mention.start) + text + value.slice(caret);
    onChange(next);
    setMention(null);
    const at = mention.start + text.length;
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(at, at);
    });
  }

  return (
    <div className="mention-box">
      <textarea
        ref={ref}
        id={id}
        value={value}
        placeholder={placeholder}
        {...aria}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target);
        }}
        onClick={(e) => track(e.currentTarget)}
        onBlur={() => setMention(null)}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setActive((a) => (a + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
          } else if (e.key === "Enter" || e.key === "Tab") {
            e.preventDefault();
            insert(options[active] ?? options[0]!);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            setMention(null);
          }
        }}
      />
      {open && (
        <ul className="mention-list" role="listbox" id={listId} aria-label="People to mention" data-testid="mention-list">
          {options.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // Before the textarea's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                insert(p);
              }}
            >
              <strong>@{p.handle}</strong> <span className="muted">{p.name}</span>
            </li>
          ))}
        </ul>
      )}
      <span className="visually-hidden" role="status" aria-live="polite">
        {open ? `${options.length} ${options.length === 1 ? "person" : "people"} to mention; up and down to choose, Enter to insert` : ""}
      </span>
    </div>
  );
}
