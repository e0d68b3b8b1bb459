/** Whether two lists hold the same members, in any order. */
export const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x))
