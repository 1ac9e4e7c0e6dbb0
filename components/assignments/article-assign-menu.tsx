"use client";

import { useState } from "react";
import { countOf } from "@/lib/format/count";
import { AssignForm } from "./assign-form";

/** "Assign article…" in the article's toolbar (editors): every open claim of the article to one person. */
export function ArticleAssignMenu({ articleId, onAssigned }: { articleId: string; onAssigned(): void }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="assign-menu">
      <button type="button" className="btn btn-sm" aria-expanded={open} onClick={() => (setOpen(!open), setDone(null))} data-testid="assign-article-button">
        Assign article…
      </button>
      {open && (
        <div className="assign-pop" role="dialog" aria-label="Assign the article's open claims">
          <p className="small muted" style={{ margin: 0 }}>
            Every open claim of this article goes to one person.
          </p>
          <AssignForm
            target={{ articleId }}
            submitLabel="Assign open claims"
            allowNobody={false}
            onCancel={() => setOpen(false)}
            onDone={({ assigned }) => {
              setOpen(false);
              setDone(`Assigned ${countOf(assigned, { one: "claim", other: "claims" })}.`);
              onAssigned();
            }}
          />
        </div>
      )}
      <span className="small muted" role="status" data-testid="assign-article-status">
        {done}
      </span>
    </div>
  );
}
