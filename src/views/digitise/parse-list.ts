// Reading the numbers a user types in a box: "0, 6, 12" or "0 6 12".

/** Numbers separated by commas, semicolons or spaces; throws naming the first entry that is not one. */
export function parseNumberList(text: string, what: string): number[] {
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  if (!parts.length) throw new Error(`${what}: type the numbers, separated by commas`)
  return parts.map((p) => {
    const v = Number(p)
    if (!Number.isFinite(v)) throw new Error(`${what}: "${p}" is not a number`)
    return v
  })
}

/** An optional number: blank gives undefined; anything else must parse. */
export function parseOptional(text: string, what: string): number | undefined {
  if (text.trim() === '') return undefined
  const v = Number(text)
  if (!Number.isFinite(v)) throw new Error(`${what}: "${text}" is not a number`)
  return v
}
