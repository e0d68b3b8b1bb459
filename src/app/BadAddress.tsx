/** True when the path holds a broken escape such as %ZZ, which no route can mean. */
export function isMalformedPath(path: string): boolean {
  try {
    // The result is used so the minifier cannot drop the call as side-effect free.
    return decodeURI(path).length === 0 && path.length > 0
  } catch {
    return true
  }
}

/** The page for an address that cannot be decoded: what is wrong and where to go. */
export function BadAddress() {
  return (
    <>
      <h1>This address is not valid</h1>
      <p role="alert">The link contains a broken character escape (a “%” not followed by two hex digits), so it names no page.</p>
      <p>
        <a href="/">Go to the overview</a>
      </p>
    </>
  )
}
