import type { ReactNode } from 'react'
import { Link, useLocation } from 'wouter'
import { themeAction } from '../state/actions'
import { ActionToggle } from '../views/common/ActionToggle'
import { DropUnknownIds } from '../views/common/DropUnknownIds'
import { useViewHref } from '../views/common/useViewHref'
import { CatalogueBanner } from './CatalogueBanner'
import { DroppedEntries } from './DroppedEntries'
import { NoticeBar } from './NoticeBar'
import { OfflineBanner } from './OfflineBanner'

function NavLink({ path, label }: { path: string; label: string }) {
  const [location] = useLocation()
  const href = useViewHref(path)
  const current = path === '/' ? location === '/' : location.startsWith(path)
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="nav__link">
      {label}
    </Link>
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
        <nav aria-label="Views" className="nav">
          <NavLink path="/" label="Overview" />
          <NavLink path="/compare" label="Compare" />
          <NavLink path="/pathway" label="Pathways" />
          <NavLink path="/present" label="Present" />
          <NavLink path="/journal" label="Journal club" />
          <NavLink path="/digitise" label="Digitise" />
        </nav>
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
