import type { ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { themeAction } from '../state/actions'
import { ActionToggle } from '../views/common/ActionToggle'
import { DropUnknownIds } from '../views/common/DropUnknownIds'
import { useViewQueryAfterPaint } from '../views/common/useViewHref'
import { CatalogueBanner } from './CatalogueBanner'
import { DroppedEntries } from './DroppedEntries'
import { NoticeBar } from './NoticeBar'
import { OfflineBanner } from './OfflineBanner'

function NavLink({ path, label, query }: { path: string; label: string; query: string }) {
  const [location] = useLocation()
  const current = path === '/' ? location === '/' : location.startsWith(path)
  return (
    <Link href={path + query} aria-current={current ? 'page' : undefined} className="nav__link">
      {label}
    </Link>
  )
}

/** The links to the views, each carrying the current toggles. */
function ViewsNav() {
  const query = useViewQueryAfterPaint()
  return (
    <nav aria-label="Views" className="nav">
      <NavLink path="/" label="Overview" query={query} />
      <NavLink path="/compare" label="Compare" query={query} />
      <NavLink path="/pathway" label="Pathways" query={query} />
      <NavLink path="/present" label="Present" query={query} />
      <NavLink path="/journal" label="Journal club" query={query} />
      <NavLink path="/digitise" label="Digitise" query={query} />
    </nav>
  )
}

/** Header with navigation and theme, URL notices, and the main region. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Resistance Explorer
        </Link>
        <ViewsNav />
        <ActionToggle action={themeAction} />
      </header>
      <NoticeBar />
      <OfflineBanner />
      <DroppedEntries />
      <CatalogueBanner />
      <DropUnknownIds />
      <main id="main" className="main">
        {children}
      </main>
    </>
  )
}
