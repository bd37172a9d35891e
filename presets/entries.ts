/**
 * How the presets reach the matchers and the timeline printer. Run from source (the repo's own Vitest
 * run aliases 'fake-wx/*' to src/), they are imported up front. The build replaces this module with
 * ./entries.lazy.ts (tsup.config.ts), which loads each on first use.
 */
import * as matchers from 'fake-wx/matchers'
import serializer from 'fake-wx/serializer'

export type MatchersModule = typeof import('../matchers/index')
export type SerializerModule = typeof import('../src/serializer/index').default

export const loadMatchers = (): MatchersModule => matchers
export const loadSerializer = (): SerializerModule => serializer
