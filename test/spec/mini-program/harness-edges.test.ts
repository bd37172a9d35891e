/**
 * Pages, components, setData and the harness' small pieces at their edges: a page without data, a behavior
 * included twice, the '**' observer, errors thrown by the app's callbacks and observers, an app that a reset
 * ended, and the size limit of setData exactly.
 */
import { fakeWx, launch, setModuleLoader, FakeWxError, type MiniProgram } from 'fake-wx'
import { installMiniProgramGlobals } from '../../../src/mini-program/globals'
import { installedModuleLoader } from '../../../src/mini-program/module-loader'
import { parsePath } from '../../../src/mini-program/harness/data-path'
import { EventChannel } from '../../../src/mini-program/harness/event-channel'
import { appRoot, mini } from '../../support/mini-program'

interface EdgesApp {
  globalData: { errors: string[] }
}

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('edges') })
})

const errors = () => (mini.getApp() as unknown as EdgesApp).globalData.errors

describe('a page whose definition has no data object', () => {
  it.each(['pages/plain/plain', 'pages/null-data/null-data'])('%s starts with empty data, which setData writes into', async (route) => {
    const page = await mp.reLaunch(route)
    expect(page.data).toEqual({})
    page.setData({ a: 1 })
    expect(page.data).toEqual({ a: 1 })
  })
})

describe('a page built with Component()', () => {
  // rule: COMPONENT-AS-PAGE, COMPONENT-OBSERVERS
  it("runs its observers on its own setData, '**' on every one with the whole data", async () => {
    const page = await mp.reLaunch('pages/comp/comp')
    page.setData({ count: 2 })
    page.setData({ other: 1 })
    expect(page.data.seen).toEqual([
      ['**', true],
      ['count', 2],
      ['**', true],
    ])
  })
})

describe('a component at the edges of its definition', () => {
  const mount = (properties: Record<string, unknown> = {}) => mp.mountComponent('components/edges/index', { properties })
  const trace = (data: Record<string, unknown>) => data.trace as unknown[]

  // rule: COMPONENT-BEHAVIORS
  it('includes a behavior named twice (directly and through another) once', async () => {
    const component = await mount()
    expect(trace(component.data)).toEqual(['base.created', 'more.created', 'created'])
  })

  // rule: COMPONENT-BEHAVIORS
  it("replaces a behavior's object data with the component's value that is not an object", async () => {
    const component = await mount()
    expect(component.data.settings).toBe('replaced')
  })

  // rule: COMPONENT-PAGE-LIFETIMES
  it('runs pageLifetimes.show and hide with no arguments', async () => {
    await mp.reLaunch('pages/plain/plain')
    const component = await mount()
    trace(component.data).length = 0
    await mp.navigateTo('pages/null-data/null-data')
    await mp.navigateBack()
    expect(trace(component.data)).toEqual([
      ['page hide', 0],
      ['page show', 0],
    ])
    const entries = fakeWx.log.entries.filter((entry) => entry.type === 'lifecycle' && entry.owner === 'component' && entry.hook.startsWith('pageLifetimes.'))
    expect(entries).toHaveLength(2)
    for (const entry of entries) expect(entry).not.toHaveProperty('args')
  })

  // rule: COMPONENT-PROPERTY-OBSERVER, LIFECYCLE-APP-ONERROR
  it("reports a property's own observer that throws, and App.onError hears it", async () => {
    const component = await mount({ broken: 1 })
    expect(component.data.broken).toBe(1)
    expect(fakeWx.log.problems().map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^the observer of property broken of components\/edges\/index threw: Error: property observer broke/),
    ])
    expect(errors()).toEqual([expect.stringContaining('property observer broke')])
    fakeWx.reset()
  })
})

describe('setData', () => {
  // rule: SETDATA-CALLBACK-ASYNC, LIFECYCLE-APP-ONERROR
  it('reports a callback that throws, and App.onError hears it', async () => {
    const page = await mp.reLaunch('pages/plain/plain')
    page.setData({ a: 1 }, () => {
      throw new Error('callback broke')
    })
    await fakeWx.settled()
    expect(fakeWx.log.problems().map((problem) => problem.message)).toEqual([expect.stringMatching(/^the setData callback of pages\/plain\/plain threw: Error: callback broke/)])
    expect(errors()).toEqual([expect.stringContaining('callback broke')])
    fakeWx.reset()
  })

  // rule: SETDATA-SIZE
  it('does not warn at exactly 1024 kB of JSON, only past it', async () => {
    const page = await mp.reLaunch('pages/plain/plain')
    // {"big":"…"} is 10 characters around the string.
    page.setData({ big: 'x'.repeat(1024 * 1024 - 10) })
    expect(fakeWx.log.entries.at(-1)).toEqual({ type: 'setData', id: expect.any(Number), call: undefined, target: 'pages/plain/plain', keys: ['big'] })
    page.setData({ big: 'x'.repeat(1024 * 1024 - 9) })
    expect(fakeWx.log.entries.at(-1)).toMatchObject({ keys: ['big'], warnings: ['setData 数据传输长度为 1024 KB，存在有性能问题！'] })
  })
})

describe('a page and a component of an app that a reset ended', () => {
  it('write nothing into the log of what comes next', async () => {
    const page = await mp.reLaunch('pages/plain/plain')
    const component = await mp.mountComponent('components/edges/index')
    fakeWx.reset()
    page.setData({ late: true })
    component.triggerEvent('late', 1)
    expect(page.data.late).toBe(true)
    expect(fakeWx.log.entries).toEqual([])
  })
})

describe('data paths at the edges of an index', () => {
  // rule: SETDATA-PATHS
  it('takes the digits 0 to 9, and refuses a sign or an index that is not closed', () => {
    expect(parsePath('a[9]')).toEqual(['a', 9])
    expect(parsePath('a[0]')).toEqual(['a', 0])
    expect(() => parsePath('a[-1]')).toThrow('data path descriptor "a[-1]" is illegal at char 2 (illegal index)')
    expect(() => parsePath('a[1')).toThrow('data path descriptor "a[1" is illegal at char 3 (illegal index)')
  })
})

describe('EventChannel.off', () => {
  // rule: NAV-EVENTCHANNEL
  it('with a listener removes only that listener; on an event nobody listens to it does nothing', () => {
    const [opener, opened] = EventChannel.pair(undefined, () => undefined)
    const heard: string[] = []
    const first = () => heard.push('first')
    const second = () => heard.push('second')
    opener.on('news', first)
    opener.on('news', second)
    opener.off('news', first)
    opened.emit('news')
    expect(heard).toEqual(['second'])
    expect(() => opener.off('nobody', first)).not.toThrow()
    expect(() => opener.off('nobody')).not.toThrow()
    opened.emit('nobody')
    expect(heard).toEqual(['second'])
  })
})

describe('setModuleLoader', () => {
  it('refuses a loader without load(), and takes undefined back to the plain Node loader', () => {
    const preset = installedModuleLoader()
    try {
      expect(() => setModuleLoader({ begin: () => undefined } as never)).toThrow(FakeWxError)
      expect(() => setModuleLoader({ begin: () => undefined } as never)).toThrow('setModuleLoader(loader) expects { begin(root), load(file), end?() }')
      expect(installedModuleLoader()).toBe(preset)
      setModuleLoader(undefined)
      expect(installedModuleLoader()).toBeUndefined()
    } finally {
      setModuleLoader(preset)
    }
  })
})

describe("the mini program's globals, put where nothing of the suite's own is", () => {
  const global = globalThis as unknown as Record<string, unknown>
  const NAMES = ['App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages']

  it('fill a free name, replace another copy of fake-wx, and keep what is not a function', () => {
    // Under Jest the preset's globals come from the build: this module copy's own are what a forced install puts.
    const saved = new Map(NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]))
    try {
      installMiniProgramGlobals(true)
      const ours = global.Page
      const otherCopy = Object.defineProperty(() => undefined, Symbol.for('fake-wx.mini-program.global'), { value: true })
      delete global.Page
      installMiniProgramGlobals(false)
      expect(global.Page).toBe(ours)
      global.Page = otherCopy
      installMiniProgramGlobals(false)
      expect(global.Page).toBe(ours)
      global.Page = 3
      installMiniProgramGlobals(false)
      expect(global.Page).toBe(3)
    } finally {
      for (const [name, descriptor] of saved) Object.defineProperty(globalThis, name, descriptor!)
    }
  })
})
