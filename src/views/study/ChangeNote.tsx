import type { ReactNode } from 'react'

/** Wraps a figure; while `note` is set, outlines it and shows the note above it. */
export function ChangeNote({ note, children }: { note: string | null; children: ReactNode }) {
  return (
    <div className={`change-mark${note ? ' change-mark--on' : ''}`}>
      {note && <p className="change-mark__note">{note}</p>}
      {children}
    </div>
  )
}
