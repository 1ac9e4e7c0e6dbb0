import type { ReactNode } from "react";

/** An alpha as the dashboard shows it: three decimals, or a dash when there is none. */
export const alphaText = (alpha: number | null) => (alpha === null ? "—" : alpha.toFixed(3));

/** Agreement per group (a pair of reviewers, an article): claims both/all rated, alpha nominal and ordinal. */
export function AgreementTable({ testId, heading, countHeading, rows }: { testId: string; heading: string; countHeading: string; rows: { key: string; label: ReactNode; claims: number; nominal: number | null; ordinal: number | null }[] }) {
  return (
    <div className="table-scroll">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="num">
              {countHeading}
            </th>
            <th scope="col" className="num">
              Alpha, nominal
            </th>
            <th scope="col" className="num">
              Alpha, ordinal
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.claims}</td>
              <td className="num">{alphaText(r.nominal)}</td>
              <td className="num">{alphaText(r.ordinal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
