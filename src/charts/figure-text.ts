import { createContext } from 'react'
import type { LegendEntry } from '../ui/export/figure-doc'

/** The key and caption of a figure as text, built from its view model (the registry's `exportText`). */
export interface FigureText {
  legend: LegendEntry[]
  caption: string
}

/** Handed down by the figure that built the view model, so a chart's export never reads the page's markup. */
export const FigureTextContext = createContext<(() => FigureText) | null>(null)

/** Caption sentences joined, empty parts dropped. */
export const sentences = (...parts: (string | false | undefined | null)[]) => parts.filter(Boolean).join(' ')

/** "3 illustrative curves hidden." or nothing. */
export const hiddenText = (n: number, marks: string) => (n > 0 ? `${n} illustrative ${marks} hidden.` : '')

/** The thinning sentence of a big series ("Chart drawn 384 of 10,000 points; …"), or '' when all is drawn. */
export const thinnedText = (thinned: string | undefined) => (thinned ? `Chart ${thinned}; the table and CSV hold all.` : '')

/** Table-or-chart, when the figure keeps it outside the chart (the Study view keeps it in the URL); absent: the chart's own state. */
export const FigureTableContext = createContext<{ asTable: boolean; setAsTable: (asTable: boolean) => void } | null>(null)
