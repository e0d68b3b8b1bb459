import { useCallback, useEffect, useState } from 'react'
import { groupOfAnchor, type FigureGroup } from '../../domain/figure-groups'

/** Scrolls to an element once it exists (a group's charts render a frame after it opens), then again once they have sized. */
function scrollWhenThere(id: string) {
  let tries = 0
  const tick = () => {
    const el = document.getElementById(id)
    if (!el) {
      if (tries++ < 120) requestAnimationFrame(tick)
      return
    }
    // jsdom has no scrollIntoView.
    el.scrollIntoView?.({ block: 'start' })
    // Charts measure their width after mounting and change height; land on the figure again.
    setTimeout(() => document.getElementById(id)?.scrollIntoView?.({ block: 'start' }), 350)
  }
  requestAnimationFrame(tick)
}

/**
 * Which figure groups are open, and deep links: a "#fig-6e" in the URL (on load or later) opens
 * the group holding that figure and scrolls to it; "#evidence" and the like open their disclosure.
 */
export function useFigureHash(groups: readonly FigureGroup<unknown>[]) {
  const [open, setOpenSet] = useState<ReadonlySet<string>>(() => new Set())
  const setOpen = useCallback((id: string, on: boolean) => {
    setOpenSet((s) => {
      if (s.has(id) === on) return s
      const next = new Set(s)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])
  useEffect(() => {
    const onHash = () => {
      const id = decodeURIComponent(window.location.hash.slice(1))
      if (!id) return
      const group = groupOfAnchor(groups, id)
      if (group) setOpen(group.id, true)
      else {
        const el = document.getElementById(id)
        if (el instanceof HTMLDetailsElement) el.open = true
      }
      scrollWhenThere(id)
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [groups, setOpen])
  return { open, setOpen }
}
