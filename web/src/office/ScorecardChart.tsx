import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ScorecardPoint {
  label: string;
  actual: number;
  expected: number;
  regionMedian: number | null;
}

/** One indicator over the months: the line chart itself, loaded on its own (recharts is large). */
export default function ScorecardChart({ data, format }: { data: ScorecardPoint[]; format: (value: number) => string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fontSize: 12 }} />
        <YAxis width={48} tick={{ fontSize: 12 }} domain={['auto', 'auto']} />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend />
        <Line type="monotone" dataKey="actual" name="Faktisk" stroke="#0067c5" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="expected" name="Forventet" stroke="#262626" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="regionMedian" name="Median i fylket" stroke="#c77300" strokeDasharray="2 3" dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
