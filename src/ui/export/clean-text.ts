// Text going into an exported file: XML 1.0 forbids most control characters, and bidi overrides can
// make a label read differently from what it holds; both are removed so exports stay valid and honest.
// eslint-disable-next-line no-control-regex -- the point is to match control characters
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g

/** The text with XML-illegal and bidi-control characters removed, nothing else changed. */
export const stripIllegal = (s: string) => s.replace(ILLEGAL, '')

/** The text with XML-illegal and bidi-control characters removed and whitespace runs collapsed. */
export const cleanText = (s: string) => stripIllegal(s).replace(/\s+/g, ' ').trim()

/** Text escaped for an XML text node or attribute. */
export const xmlText = (s: string) => cleanText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
