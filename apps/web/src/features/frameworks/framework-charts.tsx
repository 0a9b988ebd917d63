import type { FrameworkBinding, FrameworkView } from '@treaty/contracts';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { countByBinding, countByYear } from './framework-tallies';

/** The page's accent blue and two colours that stay apart from it for colour-blind readers. */
const BINDING_COLOURS: Record<FrameworkBinding, string> = {
  binding: '#0b4f8a',
  'binding-for-members': '#b35806',
  'non-binding': '#5e8c31',
};

/**
 * The registry as the seed paper draws it: instruments by year, and by binding nature. Each
 * chart has a text summary beside it, since a screen reader gets nothing from the SVG.
 */
export function FrameworkCharts({ frameworks }: { frameworks: readonly FrameworkView[] }) {
  const byYear = countByYear(frameworks);
  const byBinding = countByBinding(frameworks);
  if (frameworks.length === 0) return null;
  return (
    <div className="framework-charts">
      <figure className="framework-chart" aria-labelledby="by-year-caption">
        <figcaption id="by-year-caption">Instruments by year of adoption</figcaption>
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={byYear} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="year" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar dataKey="count" name="Instruments" fill="#0b4f8a" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <p className="visually-hidden">
          {byYear.filter((y) => y.count > 0).map((y) => `${y.year}: ${y.count}`).join('; ')}
        </p>
      </figure>
      <figure className="framework-chart" aria-labelledby="by-binding-caption">
        <figcaption id="by-binding-caption">Instruments by binding nature</figcaption>
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <PieChart>
              <Pie data={byBinding} dataKey="count" nameKey="label" outerRadius={90} label isAnimationActive={false}>
                {byBinding.map((entry) => (
                  <Cell key={entry.binding} fill={BINDING_COLOURS[entry.binding]} />
                ))}
              </Pie>
              <Tooltip />
              <Legend />
            </PieChart>
          </ResponsiveContainer>
        </div>
        <p className="visually-hidden">{byBinding.map((b) => `${b.label}: ${b.count}`).join('; ')}</p>
      </figure>
    </div>
  );
}
