import type { ComponentType } from 'react'
import type { Series } from '../domain/schema/series'
import type { StudyContext } from '../domain/resistance-pairs'
import type { Visibility } from '../domain/selection'
import type { CsvTable } from './export/csv'
import type { FigureText } from './figure-text'

/** Where a figure comes from, for captions, file names and CSV rows. */
export interface FigureMeta {
  title: string
  /** Study id, e.g. "mo2022". */
  study: string
  /** Figure/panel, e.g. "Fig. 3B". */
  figure: string
}

/** What a kind's chart receives: its series, the view model under the selection, and its own options. */
export interface KindChartProps<S, V, O> {
  series: S
  view: V
  options: O
  onOptionsChange: (options: O) => void
}

/** The words a stand-in uses when nothing is drawn: "every curve … no arm matches". */
export interface KindWords {
  marks: 'curve' | 'mark' | 'bar' | 'point'
  groups: 'arm' | 'curve' | 'group' | 'bar'
}

/**
 * What the charts know of one series kind: its view model under a selection, how many groups the view
 * draws, its CSV rows, its chart and its reader-set options. The domain half is src/domain/series.
 */
export interface ChartKind<S extends Series, V, O> {
  /** Options the reader changes on the chart (time range, log axis); start value. */
  defaultOptions: O
  /** The options as short URL tokens ("log", "t36"), and back; unknown tokens are ignored. */
  optionTokens?: { write(options: O): string[]; read(tokens: readonly string[]): O }
  view(series: S, visibility: readonly Visibility[], hideIllustrative: boolean, options: O, context: StudyContext): V
  /** Groups drawn; 0 makes the figure a one-line stand-in. */
  drawn(view: V): number
  /** Illustrative marks the switch left out. */
  hiddenIllustrative(view: V): number
  /** What is still worth saying when nothing is drawn (a reported HR, a reported TGI). */
  emptyNote?(view: V, series: S): string
  words: KindWords
  csv(view: V, meta: FigureMeta): CsvTable
  /** The key and caption as text, for exports. */
  exportText(view: V, series: S): FigureText
  Chart: ComponentType<KindChartProps<S, V, O>>
}

/** File name of a figure's exports: study and series id. */
const fileNameOf = (s: Series) => `${s.source.study}-${s.id}`

/** What every chart component takes from its series: title, study, figure, export file name and caption note. */
export const frameOf = (s: Series) => ({ title: s.title, study: s.source.study, figure: s.source.locator, fileName: fileNameOf(s), note: s.note })

/** Title, study and figure of a series. */
export const metaOf = (s: Series): FigureMeta => ({ title: s.title, study: s.source.study, figure: s.source.locator })
