// Type test: fake-wx/matchers for expect.extend by hand, and its FakeWxMatchers interface.
import * as matchers from 'fake-wx/matchers'
import type { FakeWxMatchers } from 'fake-wx/matchers'
import { expect as jestExpect } from '@jest/globals'
import { expect as vitestExpect } from 'vitest'

jestExpect.extend(matchers)
vitestExpect.extend(matchers)

declare const assertions: FakeWxMatchers<void>
assertions.toHavePrompted('scope.camera')
// @ts-expect-error unknown scope
assertions.toHavePrompted('scope.camra')
