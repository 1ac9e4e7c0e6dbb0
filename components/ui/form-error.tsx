/** A form's own error: shown when the server's message names no field of the form (those show beside their input). */
export function FormError({ error, fieldErrors }: { error: string | null; fieldErrors: Record<string, string> }) {
  if (!error || Object.keys(fieldErrors).length) return null;
  return (
    <div className="form-error" role="alert">
      {error}
    </div>
  );
}
