/**
 * How the media family's records reach its behaviour. Run from source (the repo's Vitest run), it is
 * imported up front. The build replaces this module with ./load.lazy.ts (tsup.config.ts), which requires
 * dist/media-family.cjs on the family's first call.
 */
import * as family from './index'

export type MediaFamily = typeof import('./index')

export const media = (): MediaFamily => family

/** Whether the family has run in this process: until then no fake has a file, so none is gone. */
export const mediaLoaded = (): boolean => true
