import type { Piece } from '@/lib/search/highlight';

// Text with the words a search matched in <mark>, which screen readers can announce as marked.
export function HighlightedText({ pieces }: { pieces: Piece[] }) {
  return pieces.map((piece, i) =>
    piece.mark ? (
      <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
