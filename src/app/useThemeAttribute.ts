import { useEffect } from 'react'
import { useViewStore } from '../state/store'

/** Mirrors the theme onto <html data-theme>, where the CSS variables switch. */
export function useThemeAttribute() {
  const theme = useViewStore((s) => s.theme)
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    document.documentElement.style.colorScheme = theme
  }, [theme])
}
