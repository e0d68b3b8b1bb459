/** The label cut to `max` characters with an ellipsis, so an unbroken 10,000-character tick cannot overrun the plot; tables keep the full text. */
export const shortLabel = (label: string, max: number) => (label.length > max ? `${label.slice(0, Math.max(1, max - 1))}…` : label)
