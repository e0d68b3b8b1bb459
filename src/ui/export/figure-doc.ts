import type { Provenance } from '../../domain/schema/provenance'

/** One entry of an exported figure's key: a coloured line or swatch, its label and how it was made. */
export interface LegendEntry {
  label: string
  /** CSS colour or var(); absent for a plain text line. */
  colour?: string
  /** Drawn as a line in this provenance's look; a filled swatch when absent. */
  provenance?: Provenance
  /** Anchors and statistics after the label ("IC50 3 µM"). */
  detail?: string
}

/** Everything an exported figure says besides its plot, taken from the view model, never from the page's markup. */
export interface FigureDoc {
  title: string
  /** A line under the title: the drugs and conditions switched on. */
  subtitle?: string
  legend: readonly LegendEntry[]
  /** Provenance looks present in the plot, explained in the footnote. */
  provenance: readonly Provenance[]
  caption: string
  /** "mo2022 · Fig. 3B". */
  source: string
}
