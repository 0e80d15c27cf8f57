import { useTranslation } from 'react-i18next';
import type { HourBar } from '../stores/manager-day-chart';

const BAR_AREA = 140;
const SLOT = 124;
const VISITOR_BAR = 36;
const BREACH_BAR = 30;
const PAIR = VISITOR_BAR + 2 + BREACH_BAR;
const BASE = BAR_AREA + 18;
/** The band under the hours where the average number waiting is drawn as a line. */
const WAIT_TOP = BASE + 40;
const WAIT_BAND = 48;
const HEIGHT = WAIT_TOP + WAIT_BAND + 24;

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/**
 * Visitors and missed targets per hour as plain SVG bars, and under them how many people waited
 * on average as a line. Every bar and point carries its number, and the series differ in shape
 * (solid, striped, line with dots), so colour is never the only cue.
 */
export function DayChart({ bars }: { bars: HourBar[] }) {
  const { t } = useTranslation();
  const peak = Math.max(1, ...bars.map((b) => b.visitors));
  const height = (n: number) => (n === 0 ? 0 : Math.max(3, (n / peak) * BAR_AREA));
  const width = bars.length * SLOT;
  const total = bars.reduce((sum, b) => sum + b.visitors, 0);
  const breaches = bars.reduce((sum, b) => sum + b.breaches, 0);
  const waits = bars.filter((b): b is HourBar & { waiting: number } => b.waiting !== null);
  const busiest = waits.reduce<(typeof waits)[number] | null>(
    (top, b) => (top === null || b.waiting > top.waiting ? b : top),
    null,
  );
  const waitPeak = Math.max(1, ...waits.map((b) => b.waiting));
  const centre = (i: number) => i * SLOT + SLOT / 2;
  const waitY = (n: number) => WAIT_TOP + WAIT_BAND - (n / waitPeak) * (WAIT_BAND - 8);
  const waitIndex = new Map(bars.map((b, i) => [b, i]));
  const line = waits.map((b) => `${String(centre(waitIndex.get(b)!))},${String(waitY(b.waiting))}`).join(' ');
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
        <li>
          <span className="day-chart__key day-chart__key--waiting" aria-hidden="true" />
          {t('manager.chart.waiting')}
        </li>
      </ul>
      <div className="manager-table-wrap">
        <svg
          className="day-chart"
          viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={[
            t('manager.chart.summary', { visitors: total, breaches }),
            busiest === null || busiest.waiting === 0
              ? t('manager.chart.noWaiting')
              : t('manager.chart.busiest', { hour: busiest.hour, value: oneDecimal(busiest.waiting) }),
          ].join(' ')}
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
          <line x1="0" x2={width} y1={BASE} y2={BASE} className="day-chart__axis" />
          <line
            x1="0"
            x2={width}
            y1={WAIT_TOP + WAIT_BAND}
            y2={WAIT_TOP + WAIT_BAND}
            className="day-chart__axis"
          />
          {waits.length > 1 ? <polyline points={line} className="day-chart__wait-line" /> : null}
          {waits.map((b) => {
            const x = centre(waitIndex.get(b)!);
            const y = waitY(b.waiting);
            return (
              <g key={`wait-${String(b.hour)}`}>
                <circle cx={x} cy={y} r={4} className="day-chart__wait-dot" />
                <text
                  x={x}
                  y={WAIT_TOP + WAIT_BAND + 18}
                  className={`day-chart__value ${b.waiting === 0 ? 'day-chart__value--zero' : 'day-chart__value--waiting'}`}
                >
                  {t('manager.chart.waitingValue', { value: b.waiting === 0 ? '0' : oneDecimal(b.waiting) })}
                </text>
              </g>
            );
          })}
          {bars.map((bar, i) => {
            const x = i * SLOT + (SLOT - PAIR) / 2;
            const base = BASE;
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
