import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { FlagGlyph } from "@/components/flags/flag-badges";
import { ClaimFlagForm } from "../claim-flag-form";

/** The flags raised on the claim (each opens its flag panel), and the form to raise one. */
export function FlagsTab({ detail, articleId, canCreate, onSelectFlag, onChanged }: { detail: ClaimDetailView; articleId: string; canCreate: boolean; onSelectFlag(id: string): void; onChanged(): void }) {
  return (
    <div className="panel-section">
      {detail.flags.length === 0 && <p className="muted small">No flags on this claim.</p>}
      {detail.flags.map((f) => (
        <button key={f.id} type="button" className="item item-button" onClick={() => onSelectFlag(f.id)}>
          <div className="row-wrap">
            <FlagGlyph kind={f.kind} severity={f.severity} />
            <strong className="small">{FLAG_KIND_LABELS[f.kind]}</strong>
            <span className="badge">{f.severity}</span>
            <span className="badge">{f.status}</span>
          </div>
          <p className="small item-text">{f.explanation}</p>
        </button>
      ))}
      {canCreate && <ClaimFlagForm articleId={articleId} claimId={detail.id} onCreated={onChanged} />}
    </div>
  );
}
