/**
 * Okabe–Ito colour-blind-safe palette, via CSS variables so dark theme can lighten them.
 * Order skips yellow early: it reads poorly on a white projector screen. Sky blue (c5) comes last, because
 * beside blue (c1) a fifth curve looked like the first, in dark theme most of all (mo2022 Fig. 6E has five).
 */
export const SERIES_COLOURS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c7)', 'var(--c6)', 'var(--c5)'] as const

/** Colour of the i-th group of a chart. */
export const colourAt = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!
