// One colour per badge category, the same on the desk card, the dashboard and the badge preview.
const COLOURS: Record<string, { fg: string; bg: string }> = {
  participant: { fg: '#1e40af', bg: '#e3ebff' },
  speaker: { fg: '#6b21a8', bg: '#f1e6ff' },
  organiser: { fg: '#0f5f5a', bg: '#dcf5f2' },
  press: { fg: '#9a3412', bg: '#ffeadb' },
  staff: { fg: '#334155', bg: '#e6eaf0' },
  vip: { fg: '#7c5800', bg: '#fff1c2' },
  exhibitor: { fg: '#166534', bg: '#dff7e6' },
};
const FALLBACK = { fg: '#374151', bg: '#eceff3' };

export const categoryColours = (category: string): { fg: string; bg: string } => COLOURS[category] ?? FALLBACK;
