/**
 * A page opened by the harness: the real instance (this inside the page), its route, options and data, its
 * lifecycles in WeChat's order, and setData as WeChat runs it.
 */
import { fakeWx, launch, type MiniProgram } from 'fake-wx'
import { appRoot, mini, takeCalls, takeHooks } from '../../support/mini-program'

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
  takeCalls()
})

interface DataPage {
  rename(name: string): string
  setWithCallback(patch: Record<string, unknown>): unknown[][]
  config: { tags: string[] }
  helper(): string
}

describe('opening a page', () => {
  // rule: LIFECYCLE-PAGE-ORDER, NAV-QUERY-ONLOAD
  it('runs onLoad(query), onShow, then onReady, and resolves with the page', async () => {
    const page = await mp.reLaunch('pages/a/a?id=7&from=share')
    expect(takeCalls()).toEqual([['A.onLoad', { id: '7', from: 'share' }], 'A.onShow', 'A.onReady'])
    expect(page.route).toBe('pages/a/a')
    expect(page.options).toEqual({ id: '7', from: 'share' })
    expect(page.data).toEqual({ name: 'A', count: 1 })
  })

  it('onReady comes after what the fake had queued: later than onShow', async () => {
    const page = await mp.reLaunch('pages/a/a')
    const hooks = fakeWx.log.entries.filter((e) => e.type === 'lifecycle' && e.target === 'pages/a/a').map((e) => (e as { hook: string }).hook)
    expect(hooks).toEqual(['onLoad', 'onShow', 'onReady'])
    expect(page.route).toBe('pages/a/a')
  })

  // rule: NAV-STACK-GETCURRENTPAGES
  it('is the object getCurrentPages() returns, and this inside the page', async () => {
    const page = await mp.reLaunch<DataPage>('/pages/data/data')
    expect(mini.getCurrentPages()).toEqual([page])
    expect(mini.getCurrentPages()[0]).toBe(page)
    expect(mp.currentPage()).toBe(page)
    expect(mp.pageStack()).toEqual([page])
    const seen = page.setWithCallback({ flag: true })
    await fakeWx.settled()
    expect(seen).toContainEqual(['callback', true])
  })

  it('opens a page of a subpackage by its full path', async () => {
    const page = await mp.reLaunch('pkg/pages/e/e?x=1')
    expect(page.route).toBe('pkg/pages/e/e')
    expect(takeHooks()).toEqual(['E.onLoad', 'E.onShow', 'E.onReady'])
  })

  // rule: PAGE-DATA-COPY
  it("copies the definition's data and objects for each page; functions are shared", async () => {
    const first = await mp.reLaunch<DataPage>('pages/data/data')
    first.rename('b')
    first.config.tags.push('y')
    const second = await mp.reLaunch<DataPage>('pages/data/data')
    expect(second.data.list).toEqual([{ name: 'a' }])
    expect(second.config.tags).toEqual(['x'])
    expect(second.helper).toBe(first.helper)
    expect(second.helper()).toBe('helper')
  })

  // rule: PAGE-METHODS-UNBOUND
  it("keeps methods unbound, as WeChat does: a method passed on loses `this`", async () => {
    const page = await mp.reLaunch<DataPage>('pages/data/data')
    const { rename } = page
    expect(() => rename('c')).toThrow(TypeError)
    expect(page.rename('c')).toBe('c')
  })
})

describe('the query of a url, as WeChat parses it', () => {
  // rule: NAV-QUERY-PARSE
  it('a key without "=" gets the string "undefined"; a value ends at a second "="; text after a second "?" is dropped', async () => {
    const page = await mp.reLaunch('pages/a/a?name=tesla&color&code=3==qMsxn&url=https://x.cn/s?biz=1&after=1')
    expect(page.options).toEqual({ name: 'tesla', color: 'undefined', code: '3', url: 'https://x.cn/s' })
  })

  // rule: NAV-QUERY-NOT-DECODED
  it('values are passed as written, not URL-decoded', async () => {
    const page = await mp.reLaunch('pages/a/a?city=%E4%B8%8A%E6%B5%B7&empty=')
    expect(page.options).toEqual({ city: '%E4%B8%8A%E6%B5%B7', empty: '' })
  })
})

describe('setData', () => {
  // rule: SETDATA-SYNC, SETDATA-PATHS
  it('updates this.data at once, through data paths, creating what is missing', async () => {
    const page = await mp.reLaunch('pages/data/data')
    page.setData({ 'list[0].name': 'b', 'nested.deep.n': 2, 'fresh.a[1].b': 3, flag: true })
    expect(page.data).toEqual({ list: [{ name: 'b' }], nested: { deep: { n: 2 } }, fresh: { a: [undefined, { b: 3 }] }, flag: true })
  })

  // rule: SETDATA-PATHS
  it('replaces what is in the way: a field of a string, an index of an object, a field of an array', async () => {
    const page = await mp.reLaunch('pages/data/data')
    page.setData({ s: 'text' })
    page.setData({ 's.x': 1, 'nested[1]': 'n', 'list.0': 'dot' })
    expect(page.data.s).toEqual({ x: 1 })
    expect(page.data.nested).toEqual([undefined, 'n'])
    expect(page.data.list).toEqual({ 0: 'dot' })
  })

  // rule: SETDATA-PATHS
  it('an index that is not a number is an error in the app', async () => {
    const page = await mp.reLaunch('pages/data/data')
    expect(() => page.setData({ 'list[x]': 1 })).toThrow('data path descriptor "list[x]" is illegal at char 5 (illegal index)')
    expect(() => page.setData({ 'list[': 1 })).toThrow('data path descriptor "list[" is illegal at char 5 (illegal index)')
    expect(() => page.setData({ 'list[]': 1 })).toThrow('data path descriptor "list[]" is illegal at char 5 (illegal index)')
    // A leading index names a field of data; a trailing dot is nothing.
    page.setData({ '[0]': 'zero', 'end.': 'e' })
    expect(page.data).toMatchObject({ 0: 'zero', end: 'e' })
  })

  // rule: SETDATA-CALLBACK-ASYNC
  it('calls the callback later, with this = the page', async () => {
    const page = await mp.reLaunch<DataPage>('pages/data/data')
    const seen = page.setWithCallback({ flag: true })
    expect(seen).toEqual([['after setData', JSON.stringify({ list: [{ name: 'a' }], nested: { deep: { n: 1 } }, flag: true })]])
    await fakeWx.settled()
    expect(seen[1]).toEqual(['callback', true])
  })

  // rule: SETDATA-UNDEFINED
  it('does not set a key to undefined, warns, and sets the others', async () => {
    const page = await mp.reLaunch('pages/data/data')
    page.setData({ flag: undefined, other: 1 })
    expect(page.data.flag).toBe(false)
    expect(page.data.other).toBe(1)
    expect(fakeWx.log.entries.at(-1)).toMatchObject({ type: 'setData', target: 'pages/data/data', keys: ['other'], warnings: ['Setting data field "flag" to undefined is invalid.'] })
  })

  // rule: SETDATA-SIZE
  it('warns past 1024 kB, and still sets the data', async () => {
    const page = await mp.reLaunch('pages/data/data')
    const big = 'x'.repeat(1024 * 1024)
    page.setData({ big })
    expect(page.data.big).toBe(big)
    expect(fakeWx.log.entries.at(-1)).toMatchObject({ type: 'setData', keys: ['big'], warnings: ['setData 数据传输长度为 1024 KB，存在有性能问题！'] })
    page.setData({ big: 'x'.repeat(1024 * 1024 - 12) })
    expect(fakeWx.log.entries.at(-1)).not.toHaveProperty('warnings')
  })

  it('logs the keys set, not the values', async () => {
    const page = await mp.reLaunch('pages/data/data')
    page.setData({ 'list[0].name': 'b', flag: true })
    page.setData({})
    expect(fakeWx.log.entries.slice(-2)).toEqual([
      { type: 'setData', id: expect.any(Number), call: undefined, target: 'pages/data/data', keys: ['list[0].name', 'flag'] },
      { type: 'setData', id: expect.any(Number), call: undefined, target: 'pages/data/data', keys: [] },
    ])
  })
})

describe('a page module that does not define one page says what to do', () => {
  it('one that throws', async () => {
    await expect(mp.reLaunch('pages/broken/broken')).rejects.toThrow('broken page module')
    expect(mp.pageStack()).toEqual([])
  })

  it('one that never calls Page() or Component()', async () => {
    await expect(mp.reLaunch('pages/empty/empty')).rejects.toThrow(/empty\.js did not call Page\(\{\.\.\.\}\) or Component\(\{\.\.\.\}\) when it was loaded/)
  })

  it('one that calls Page() twice', async () => {
    await expect(mp.reLaunch('pages/twice/twice')).rejects.toThrow('pages/twice/twice called Page() and then Page(); a module defines one page with one call.')
  })

  it('one that calls App()', async () => {
    await expect(mp.reLaunch('pages/wrong-app/wrong-app')).rejects.toThrow('pages/wrong-app/wrong-app called App(); App({...}) belongs in app.js, once.')
  })

  it('one listed in app.json without a file', async () => {
    await expect(mp.reLaunch('pages/missing/missing')).rejects.toThrow(/pages\/missing\/missing is a page of app\.json, but .*pages\/missing\/missing\.js does not exist/)
  })

  it('a page that is not in app.json: the pages, and the likeliest one', async () => {
    await expect(mp.reLaunch('pages/dat/data')).rejects.toThrow("mp.reLaunch('pages/dat/data'): pages/dat/data is not a page of app.json. Did you mean 'pages/data/data'? Pages: pages/a/a, pages/b/b")
  })

  it('a url that is not a string', async () => {
    await expect(mp.reLaunch(7 as never)).rejects.toThrow("mp.reLaunch(url) expects the page's url, such as 'pages/index/index?id=1', got number.")
  })
})

describe('Page() and Component() outside a launched app', () => {
  it('throw, saying how to open the page', () => {
    fakeWx.reset()
    expect(() => mini.Page({})).toThrow('Page() was called, but no mini program is launched. Open it through the harness: const mp = await launch')
  })

  it('throw when the app is launched but nothing is loading', () => {
    expect(() => mini.Component({})).toThrow('Component() was called outside the loading of a page, a component or app.js')
  })
})
