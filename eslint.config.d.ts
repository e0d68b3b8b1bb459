import type { Linter } from 'eslint'

/** Types of eslint.config.js's tables, for scripts/boundaries.test.ts. */
export declare const LAYERS: Record<string, { may: string[]; why: string }>
/** Packages each folder may not import. */
export declare const PACKAGE_BANS: Record<string, { packages: string[]; why: string }>
declare const config: Linter.Config[]
export default config
