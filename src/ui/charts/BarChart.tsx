import { useId } from 'react';

/** One part of a bar, such as the accepted examples of an archive. */
export interface BarSegment {
  label: string;
  value: number;
  /** CSS class giving the segment its colour. */
  className: string;
}

/** One bar: its label and its segments, drawn left to right. */
export interface BarRow {
  label: string;
  segments: BarSegment[];
}

interface BarChartProps {
  title: string;
  /** Singular and plural noun for the counted things, used in the bar titles: ["example", "examples"]. */
  unit: [string, string];
  rows: BarRow[];
  /** Legend entries; omit for a chart of one-segment bars. */
  legend?: Array<{ label: string; className: string }>;
}

const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
const WIDTH = 560;
const VALUE_WIDTH = 56;
// Monospace labels at 12px are about 7.2px per character.
const CHARACTER_WIDTH = 7.2;
const MAX_LABEL_WIDTH = 220;

/**
 * Draws a horizontal bar chart in plain SVG. The chart is an image with a
 * title and a description that lists every value, and each bar has its own
 * title, shown as a tooltip.
 */
export function BarChart({ title, unit, rows, legend }: BarChartProps) {
  const titleId = useId();
  const descriptionId = useId();
  const totals = rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0));
  const maximum = Math.max(1, ...totals);
  const longest = Math.max(0, ...rows.map((row) => row.label.length));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.ceil(longest * CHARACTER_WIDTH) + 8);
  const barWidth = WIDTH - labelWidth - VALUE_WIDTH;
  const height = Math.max(ROW_HEIGHT, rows.length * ROW_HEIGHT);
  const description = rows.map((row, index) => `${row.label}: ${describeRow(row, totals[index], unit)}`).join('; ');

  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      {legend !== undefined && (
        <ul className="chart-legend" aria-hidden="true">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className={`legend-swatch ${entry.className}`} /> {entry.label}
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 ? (
        <p className="muted">Nothing to show yet.</p>
      ) : (
        <svg role="img" aria-labelledby={`${titleId} ${descriptionId}`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
          <title id={titleId}>{title}</title>
          <desc id={descriptionId}>{description}</desc>
          {rows.map((row, index) => {
            const y = index * ROW_HEIGHT;
            let x = labelWidth;
            return (
              <g key={row.label} className="chart-row">
                <title>{`${row.label}: ${describeRow(row, totals[index], unit)}`}</title>
                <text x={labelWidth - 8} y={y + ROW_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
                  {truncate(row.label, labelWidth)}
                </text>
                {row.segments.map((segment) => {
                  const width = (segment.value / maximum) * barWidth;
                  const rect = <rect key={segment.label} x={x} y={y + (ROW_HEIGHT - BAR_HEIGHT) / 2} width={width} height={BAR_HEIGHT} className={segment.className} />;
                  x += width;
                  return rect;
                })}
                <text x={x + 6} y={y + ROW_HEIGHT / 2} className="chart-value" dominantBaseline="central">
                  {totals[index]}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}

function describeRow(row: BarRow, total: number, unit: [string, string]): string {
  const text = `${total} ${total === 1 ? unit[0] : unit[1]}`;
  if (row.segments.length < 2) return text;
  return `${text} (${row.segments.map((segment) => `${segment.value} ${segment.label}`).join(', ')})`;
}

function truncate(label: string, width: number): string {
  const fits = Math.floor((width - 8) / CHARACTER_WIDTH);
  return label.length <= fits ? label : `${label.slice(0, fits - 1)}…`;
}
