import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface EffectSeries {
  name: string;
  points: { months: number; difference: number }[];
}

/** Aksel's data colours, distinguishable in greyscale too by their dash patterns. */
const COLOURS = ['#0067c5', '#c77300', '#06893a', '#8269a2'];
const DASHES = ['', '6 3', '2 2', '8 4 2 4'];

/** The line chart itself, loaded on its own so the practice page need not wait for it. */
export default function EffectChart({ series, unit }: { series: EffectSeries[]; unit: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="months" type="number" domain={[0, 'dataMax']} tick={{ fontSize: 12 }} unit=" mnd" allowDuplicatedCategory={false} />
        <YAxis width={40} tick={{ fontSize: 12 }} />
        <ReferenceLine y={0} stroke="#555" />
        <Tooltip formatter={(value) => [`${value} ${unit}`, 'Forskjell']} labelFormatter={(months) => `${months} måneder`} />
        <Legend />
        {series.map((line, index) => (
          <Line
            key={line.name}
            name={line.name}
            data={line.points}
            dataKey="difference"
            stroke={COLOURS[index % COLOURS.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
