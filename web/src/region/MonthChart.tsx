import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The bar chart itself, loaded on its own so the rest of the region page need not wait for it. */
export default function MonthChart({ data }: { data: { label: string; started: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={32} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => [value, 'Tatt i bruk']} />
        <Bar dataKey="started" name="Tatt i bruk" fill="#0067c5" />
      </BarChart>
    </ResponsiveContainer>
  );
}
