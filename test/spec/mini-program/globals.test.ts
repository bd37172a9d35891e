/**
 * The globals the presets install (App, Page, Component, Behavior, getApp, getCurrentPages), and a suite that
 * keeps a loader of its own: it replaces them and keeps passing.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { launch } from 'fake-wx'
import { installMiniProgramGlobals } from '../../../src/mini-program/globals'
import { appRoot, mini } from '../../support/mini-program'

const NAMES = ['App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages'] as const
const global = globalThis as unknown as Record<string, unknown>

describe("the mini program's globals", () => {
  it('are installed by the preset, and behave as before a launch', () => {
    for (const name of NAMES) expect(typeof global[name]).toBe('function')
    expect(mini.getApp()).toBeUndefined()
    expect(mini.getCurrentPages()).toEqual([])
  })

  it("are put only where the name is free, unless a launch asks for them", async () => {
    const saved = global.Page
    const own = () => 'own'
    global.Page = own
    try {
      installMiniProgramGlobals(false)
      expect(global.Page).toBe(own)
      await launch({ root: appRoot('routes') })
      expect(global.Page).not.toBe(own)
      expect(Object.getOwnPropertyDescriptor(globalThis, 'Page')).toMatchObject({ writable: true, configurable: true, enumerable: false })
    } finally {
      global.Page = saved
    }
  })

  it('a suite with a loader of its own replaces Page and loads a page module itself', () => {
    const saved = global.Page
    const captured: unknown[] = []
    global.Page = (definition: unknown) => captured.push(definition)
    try {
      const file = join(appRoot('routes'), 'pages/twice/twice.js')
      const require = createRequire(file)
      delete require.cache[file]
      require(file)
      expect(captured).toEqual([{}, {}])
    } finally {
      global.Page = saved
    }
  })
})
