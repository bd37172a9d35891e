/**
 * mp.mountComponent(path, { properties }): the component's instance after created → attached → ready, with its
 * behaviors folded in, its properties converted to their types, its observers and its events.
 */
import { fakeWx, launch, type ComponentInstance, type MiniProgram, type MountOptions } from 'fake-wx'
import { appRoot, mini, takeCalls, takeHooks } from '../../support/mini-program'

interface Counter {
  behaviors(): { traced: object; inner: object }
  increment(): number
  who(): string
  greet(): string
}

type CounterInstance = ComponentInstance<Counter>

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
})

const mount = (properties: Record<string, unknown> = {}, on?: MountOptions['on']) => mp.mountComponent<Counter>('components/counter/index', { properties, on })

const trace = (counter: CounterInstance) => counter.data.trace as unknown[]

describe('mounting a component', () => {
  // rule: COMPONENT-LIFETIMES-ORDER, COMPONENT-LIFETIMES-WIN
  it('runs created, attached, then ready, and resolves with the instance; lifetimes wins over the top-level declaration', async () => {
    const counter = await mount()
    expect(trace(counter)).toEqual(['inner.created', 'traced.created', 'created', 'traced.attached', 'attached', 'top-level ready'])
    expect(counter.is).toBe('components/counter/index')
    const hooks = fakeWx.log.entries.filter((e) => e.type === 'lifecycle').map((e) => (e as { hook: string }).hook)
    expect(hooks.slice(-3)).toEqual(['created', 'attached', 'ready'])
  })

  // rule: COMPONENT-BEHAVIORS
  it('folds in its behaviors: data merged, properties and methods of the component win, hasBehavior knows them all', async () => {
    const counter = await mount()
    expect(counter.data.settings).toEqual({ a: 1, b: 2, c: 3 })
    expect(counter.data.label).toBe('from behavior')
    expect(counter.who()).toBe('counter')
    expect(counter.greet()).toBe('hello from counter')
    const { traced, inner } = counter.behaviors()
    expect(counter.hasBehavior(traced)).toBe(true)
    expect(counter.hasBehavior(inner)).toBe(true)
    expect(counter.hasBehavior({})).toBe(false)
    expect(counter.hasBehavior('wx://form-field' as never)).toBe(false)
  })

  // rule: COMPONENT-DATA-IS-PROPERTIES
  it('has one object for data and properties', async () => {
    const counter = await mount({ title: '计数' })
    expect(counter.properties).toBe(counter.data)
    expect(counter.data.title).toBe('计数')
  })

  // rule: COMPONENT-PROPERTY-TYPES
  it.each([
    ['title', 3, '3'],
    ['title', null, ''],
    ['title', undefined, ''],
    ['title', [1, 2], '1,2'],
    ['count', '3', 3],
    ['count', 'abc', 0],
    ['count', true, 1],
    ['count', undefined, 0],
    ['flag', 'false', true],
    ['flag', 0, false],
    ['flag', '', false],
    ['config', 3, null],
    ['config', 'x', null],
    ['config', [1], [1]],
    ['tags', 'x', []],
    ['tags', { a: 1 }, []],
    ['anything', 'x', 'x'],
  ])('converts %s = %j to %j, as the component framework does', async (name, given, expected) => {
    const counter = await mount({ [name]: given })
    expect(counter.data[name]).toEqual(expected)
  })

  // rule: COMPONENT-PROPERTY-TYPES
  it('gives the properties not passed their value, else their type default', async () => {
    const counter = await mount()
    expect(counter.data).toMatchObject({ title: '', count: 1, tags: [], config: null, flag: false, anything: null, named: '' })
  })

  // rule: COMPONENT-PROPERTY-OBSERVER, COMPONENT-OBSERVERS
  it('observes the properties passed, after created and before attached', async () => {
    const counter = await mount({ count: 5, named: 'n' })
    expect(trace(counter)).toEqual([
      'inner.created',
      'traced.created',
      'created',
      ['count/title', 5, ''],
      ['count observer', 5, 1, ['count']],
      ['onNamed', 'n', ''],
      'traced.attached',
      'attached',
      'top-level ready',
    ])
  })
})

describe('setData on a component', () => {
  // rule: COMPONENT-OBSERVERS
  it('runs the observers whose field was set, or an ancestor of it; `.**` also for what is inside', async () => {
    const counter = await mount()
    trace(counter).length = 0
    counter.setData({ 'nested.list[0]': 'a' })
    counter.setData({ 'nested.list[0].deeper': 'b' })
    counter.setData({ nested: { list: ['c'] } })
    counter.setData({ other: 1 })
    expect(trace(counter)).toEqual([
      ['nested.list[0]', 'a'],
      ['nested.**', '{"list":["a"]}'],
      ['nested.**', '{"list":[{"deeper":"b"}]}'],
      ['nested.list[0]', 'c'],
      ['nested.**', '{"list":["c"]}'],
    ])
  })

  // rule: COMPONENT-OBSERVERS
  it('runs an observer once per setData, with every field it watches, even when nothing changed', async () => {
    const counter = await mount({ count: 2, title: 't' })
    trace(counter).length = 0
    counter.setData({ count: 2, title: 'u' })
    expect(trace(counter)).toEqual([['count/title', 2, 'u']])
  })

  // rule: COMPONENT-PROPERTY-OBSERVER
  it("runs a property's own observer when its value changes, and for every set inside it", async () => {
    const counter = await mount({ config: { a: 1 } })
    trace(counter).length = 0
    const config = counter.data.config
    counter.setData({ config })
    counter.setData({ 'config.a': 2 })
    counter.setData({ config: { a: 3 } })
    expect(trace(counter)).toEqual([
      ['config observer', 2, undefined, ['config', 'a']],
      ['config observer', { a: 3 }, { a: 2 }, ['config']],
    ])
  })

  it('behaviors observe too, before the component', async () => {
    const counter = await mount()
    trace(counter).length = 0
    counter.increment()
    expect(trace(counter)).toEqual(['traced observes clicks 1'])
  })

  it('an observer that throws is reported, and setData still applies', async () => {
    const counter = await mount()
    const broken = () => {
      throw new Error('observer broke')
    }
    ;(counter.data as { trace: unknown }).trace = { push: broken }
    counter.setData({ clicks: 9 })
    expect(counter.data.clicks).toBe(9)
    expect(fakeWx.log.problems().map((p) => p.message)).toEqual([expect.stringMatching(/^an observer of components\/counter\/index threw: Error: observer broke/)])
    fakeWx.reset()
  })
})

describe('triggerEvent', () => {
  // rule: COMPONENT-TRIGGER-EVENT
  it('is logged, listed by log.triggered(), and handed to the handler the test gives', async () => {
    const events: unknown[] = []
    const counter = await mount({}, { change: (event) => events.push(event) })
    expect(counter.increment()).toBe(1)
    counter.triggerEvent('reset')
    expect(fakeWx.log.triggered()).toEqual([
      { component: 'components/counter/index', name: 'change', detail: { clicks: 1 } },
      { component: 'components/counter/index', name: 'reset', detail: undefined },
    ])
    expect(fakeWx.log.triggered('change')).toHaveLength(1)
    const target = { id: '', dataset: {} }
    expect(events).toEqual([{ type: 'change', detail: { clicks: 1 }, timeStamp: 0, target, currentTarget: target }])
  })

  it('a handler that throws is reported', async () => {
    const counter = await mount({}, {
      change: () => {
        throw new Error('handler broke')
      },
    })
    counter.increment()
    expect(fakeWx.log.problems().map((p) => p.message)).toEqual([expect.stringMatching(/^the change handler of components\/counter\/index threw: Error: handler broke/)])
    fakeWx.reset()
  })
})

describe('the page a component lives on', () => {
  // rule: COMPONENT-PAGE-LIFETIMES
  it('hides and shows with it, and the component detaches when it unloads', async () => {
    await mp.reLaunch('pages/c/c')
    const counter = await mount()
    trace(counter).length = 0
    await mp.navigateTo('pages/d/d')
    await mp.navigateBack()
    expect(trace(counter)).toEqual(['page hide', 'page show'])
    await mp.redirectTo('pages/d/d')
    expect(trace(counter)).toEqual(['page hide', 'page show', 'detached'])
    const hooks = fakeWx.log.entries.filter((e) => e.type === 'lifecycle' && e.owner === 'component').map((e) => (e as { hook: string }).hook)
    expect(hooks).toEqual(['created', 'attached', 'ready', 'pageLifetimes.hide', 'pageLifetimes.show', 'detached'])
  })

  it('a component mounted before any page has no page lifetimes', async () => {
    const counter = await mount()
    await mp.reLaunch('pages/c/c')
    expect(trace(counter)).not.toContain('page show')
  })
})

describe('a page built with Component()', () => {
  // rule: COMPONENT-AS-PAGE, COMPONENT-LIFETIMES-ORDER
  it('gets the query in its properties, and runs created, attached, onLoad, onShow, ready, onReady', async () => {
    const page = await mp.reLaunch('pages/comp-page/comp-page?id=7&name=x&other=1')
    expect(takeHooks()).toEqual(['App.onLaunch', 'App.onShow', 'P.created', 'P.attached', 'P.onLoad', 'P.onShow', 'P.ready', 'P.onReady'])
    expect(page.data).toMatchObject({ id: 7, name: 'x' })
    expect(page.options).toEqual({ id: '7', name: 'x', other: '1' })
    expect(page.route).toBe('pages/comp-page/comp-page')
    expect(mini.getCurrentPages()).toEqual([page])
  })

  it('unloads with onUnload, then detached', async () => {
    await mp.reLaunch('pages/comp-page/comp-page')
    takeCalls()
    await mp.reLaunch('pages/c/c')
    expect(takeHooks()).toEqual(['P.onUnload', 'P.detached', 'C.onLoad', 'C.onShow', 'C.onReady'])
  })
})

describe('a component that cannot be mounted says why', () => {
  it('a path with no module', async () => {
    await expect(mp.mountComponent('components/nope/index')).rejects.toThrow(
      /^\[fake-wx\] mountComponent\('components\/nope\/index'\): there is no .*components\/nope\/index\.js \(nor \.ts, \.mjs, \.cjs\)\. The path is from the mini program's root/,
    )
    await expect(mp.mountComponent('')).rejects.toThrow("mp.mountComponent(path) expects the component's path from the app's root")
  })

  it('a property it does not have, with the likeliest one', async () => {
    await expect(mount({ titel: 'x' })).rejects.toThrow(
      "mp.mountComponent('components/counter/index'): the component has no property 'titel'. Did you mean 'title'? Its properties: label, title, count, tags, config, flag, anything, named.",
    )
    await expect(mp.mountComponent('components/base/index', { properties: { x: 1 } })).rejects.toThrow('It declares no properties.')
    await expect(mp.mountComponent('components/base/index', { properties: 'x' as never })).rejects.toThrow('properties must be an object')
  })

  it('a module that calls Page(), a behavior that is not one, an observer that is not a function', async () => {
    await expect(mp.mountComponent('/components/not-a-component/index')).rejects.toThrow('components/not-a-component/index called Page(), but mountComponent needs a component')
    await expect(mp.mountComponent('components/bad-behavior/index')).rejects.toThrow('components/bad-behavior/index: behaviors[0] is not a Behavior: define it with Behavior({...}).')
    await expect(mp.mountComponent('components/bad-list/index')).rejects.toThrow('components/bad-list/index: behaviors must be a list of Behavior({...}) results.')
    await expect(mp.mountComponent('components/bad-observer/index')).rejects.toThrow('components/bad-observer/index: properties.x.observer must be a function or a method name.')
  })
})

describe('Behavior()', () => {
  it('works outside a launched app, and refuses what is not an object', () => {
    fakeWx.reset()
    const behavior = mini.Behavior({ data: { a: 1 } })
    expect(behavior).toEqual({ data: { a: 1 } })
    expect(() => mini.Behavior(null as never)).toThrow('Behavior(definition) expects an object such as Behavior({ data: {}, methods: {} }), got null.')
    expect(() => mini.Behavior('x' as never)).toThrow('got string.')
  })
})
