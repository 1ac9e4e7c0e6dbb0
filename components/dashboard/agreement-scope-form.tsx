/**
 * What the agreement figures rest on: one article and/or the days of the claims' last verdicts. A plain GET
 * form, so the scope is the page's URL (bookmark, reload, share) and works before any script loads.
 */
export function AgreementScopeForm({ values, articles }: { values: { article?: string; from?: string; to?: string }; articles: { id: string; title: string }[] }) {
  const scoped = Boolean(values.article || values.from || values.to);
  return (
    <form className="card agreement-scope" method="get" action="/dashboard" aria-label="Agreement scope">
      <label className="field">
        <span className="label">Agreement on the article</span>
        <select name="article" defaultValue={values.article ?? ""}>
          <option value="">All articles</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="label">Last verdict from</span>
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label className="field">
        <span className="label">to</span>
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      <button className="btn btn-primary" type="submit">
        Apply
      </button>
      {scoped && (
        <a className="btn btn-ghost" href="/dashboard">
          Whole desk
        </a>
      )}
    </form>
  );
}
