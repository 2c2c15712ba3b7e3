/**
 * A part of a procedure stored as lines: one line is a paragraph, several are a list. Bullets typed
 * by hand ("- ", "+ ", "• ") are dropped because the list draws its own.
 */
export function ServiceText({ text, ordered = false }: { text: string; ordered?: boolean }) {
  const lines = text.split('\n').map((l) => l.replace(/^[-+•*]\s+/, '')).filter(Boolean);
  if (lines.length === 1) return <p>{lines[0]}</p>;
  const items = lines.map((l, i) => <li key={i}>{l}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}
