import type { CurveLabels, CurveModel } from './emotion-model';

/** Props of {@link EmotionTable}. */
export interface EmotionTableProps {
  model: CurveModel;
  labels: CurveLabels;
  showDesired: boolean;
  captionId: string;
  /** The id the "Show data table" button points at (`aria-controls`). */
  id: string;
  selection: string | null;
}

/**
 * The chart's data as a table, shown when the reader asks for it ("Show data table"): a row per
 * touchpoint, per persona its emotion and desired emotion.
 */
export function EmotionTable({ id, model, labels, showDesired, captionId, selection }: EmotionTableProps) {
  const span = showDesired ? 2 : 1;
  const pointOf = new Map(model.series.flatMap((series) => series.points.map((point) => [point.key, point] as const)));
  return (
    <div id={id} className="jk-emotion-curve__table-wrap">
      <table className="jk-emotion-curve__table">
        <caption id={captionId}>{labels.emotionTable}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={showDesired ? 2 : 1}>
              {labels.touchpoint}
            </th>
            <th scope="col" rowSpan={showDesired ? 2 : 1}>
              {labels.phase}
            </th>
            {model.series.map((series) => (
              <th key={series.personaId} scope="colgroup" colSpan={span}>
                {series.name}
              </th>
            ))}
          </tr>
          {showDesired ? (
            <tr>
              {model.series.map((series) => [
                <th key={`${series.personaId}-e`} scope="col">
                  {labels.emotion}
                </th>,
                <th key={`${series.personaId}-d`} scope="col">
                  {labels.desired}
                </th>,
              ])}
            </tr>
          ) : null}
        </thead>
        <tbody>
          {model.touchpoints.map((touchpoint) => (
            <tr key={touchpoint.id} data-selected={touchpoint.id === selection || undefined}>
              <th scope="row">{touchpoint.title}</th>
              <td>{touchpoint.phaseName}</td>
              {model.series.map((series) => {
                const point = pointOf.get(`${series.personaId}:${touchpoint.id}`);
                const empty = point ? labels.notSet : '—';
                return [
                  <td key={`${series.personaId}-e`} data-pain={point?.pain || undefined}>
                    {point ? model.score(point.emotion, empty) : '—'}
                    {point?.pain ? <span className="jk-emotion-curve__table-pain">{`, ${labels.painPoint}`}</span> : null}
                  </td>,
                  showDesired ? <td key={`${series.personaId}-d`}>{point ? model.score(point.desired, empty) : '—'}</td> : null,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
