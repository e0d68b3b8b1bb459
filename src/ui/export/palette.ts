import paletteCss from '../palette.css?raw'

/** The light palette as declared in palette.css (the one source), for resolving var() where no page styles exist. */
export const LIGHT_PALETTE: Readonly<Record<string, string>> = Object.fromEntries(
  [...(paletteCss.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
)
