import { useTranslation } from 'react-i18next';
import type { HourBar } from '../stores/manager-day-chart';

const BAR_AREA = 140;
const SLOT = 124;
const VISITOR_BAR = 36;
const BREACH_BAR = 30;
const PAIR = VISITOR_BAR + 2 + BREACH_BAR;

/**
 * Visitors and missed targets per hour as plain SVG bars. Every bar carries its number, and the
 * two series differ in shape (solid vs. outlined with a stripe), so colour is never the only cue.
 */
export function DayChart({ bars }: { bars: HourBar[] }) {
  const { t } = useTranslation();
  const peak = Math.max(1, ...bars.map((b) => b.visitors));
  const height = (n: number) => (n === 0 ? 0 : Math.max(3, (n / peak) * BAR_AREA));
  const width = bars.length * SLOT;
  const total = bars.reduce((sum, b) => sum + b.visitors, 0);
  const breaches = bars.reduce((sum, b) => sum + b.breaches, 0);
  return (
    <section className="panel manager-section" aria-labelledby="manager-day-chart">
      <h2 id="manager-day-chart" className="panel__title">
        {t('manager.chart.title')}
      </h2>
      <ul className="day-chart__legend">
        <li>
          <span className="day-chart__key day-chart__key--visitors" aria-hidden="true" />
          {t('manager.chart.visitors')}
        </li>
        <li>
          <span className="day-chart__key day-chart__key--breaches" aria-hidden="true" />
          {t('manager.chart.breaches')}
        </li>
      </ul>
      <div className="manager-table-wrap">
        <svg
          className="day-chart"
          viewBox={`0 0 ${String(width)} ${String(BAR_AREA + 44)}`}
          width={width}
          height={BAR_AREA + 44}
          role="img"
          aria-label={t('manager.chart.summary', { visitors: total, breaches })}
        >
          <defs>
            <pattern
              id="day-chart-stripes"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" className="day-chart__stripe-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="day-chart__stripe" />
            </pattern>
          </defs>
          <line x1="0" x2={width} y1={BAR_AREA + 18} y2={BAR_AREA + 18} className="day-chart__axis" />
          {bars.map((bar, i) => {
            const x = i * SLOT + (SLOT - PAIR) / 2;
            const base = BAR_AREA + 18;
            return (
              <g key={bar.hour}>
                <rect
                  x={x}
                  y={base - height(bar.visitors)}
                  width={VISITOR_BAR}
                  height={height(bar.visitors)}
                  className="day-chart__bar day-chart__bar--visitors"
                />
                <text
                  x={x + VISITOR_BAR / 2}
                  y={base - height(bar.visitors) - 4}
                  className={`day-chart__value${bar.visitors === 0 ? ' day-chart__value--zero' : ''}`}
                >
                  {bar.visitors}
                </text>
                <rect
                  x={x + VISITOR_BAR + 2}
                  y={base - height(bar.breaches)}
                  width={BREACH_BAR}
                  height={height(bar.breaches)}
                  className="day-chart__bar day-chart__bar--breaches"
                />
                {bar.breaches === 0 ? null : (
                  <text
                    x={x + VISITOR_BAR + 2 + BREACH_BAR / 2}
                    y={base - height(bar.breaches) - 4}
                    className="day-chart__value day-chart__value--breaches"
                  >
                    {bar.breaches}
                  </text>
                )}
                <text x={x + PAIR / 2} y={base + 20} className="day-chart__hour">
                  {t('manager.chart.hour', { hour: bar.hour })}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}
