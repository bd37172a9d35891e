/** wx.createSelectorQuery(), answered from the `layout` option. */
import type { FakeWx } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { fresh, messageOf } from '../../support/fixtures'

const LAYOUT = {
  '#poster': { left: 10, top: 20, width: 300, height: 500, dataset: { kind: 'poster' } },
  '.item': [
    { left: 0, top: 0, width: 100, height: 40, id: 'a' },
    { left: 0, top: 40, width: 100, height: 40, id: 'b', right: 90 },
  ],
  '#list': { width: 375, height: 600, scrollTop: 120, scrollHeight: 2000, properties: { 'scroll-y': true }, computedStyle: { 'font-size': '14px' } },
  viewport: { width: 375, height: 667, scrollTop: 88 },
}

function exec(fake: FakeWx, build: (query: ReturnType<FakeWx['wx']['createSelectorQuery']>) => void): Promise<unknown[]> {
  return new Promise((resolve) => {
    const query = fake.wx.createSelectorQuery()
    build(query)
    query.exec(resolve as (results: unknown[]) => void)
  })
}

describe('wx.createSelectorQuery', () => {
  // rule: SELECTOR-QUERY-RECT
  it('boundingClientRect: id, dataset, left, right, top, bottom, width, height of the node', async () => {
    const fake = fresh({ layout: LAYOUT })
    const [rect] = await exec(fake, (q) => q.select('#poster').boundingClientRect())
    expect(rect).toEqual({ id: 'poster', dataset: { kind: 'poster' }, left: 10, right: 310, top: 20, bottom: 520, width: 300, height: 500 })
  })

  // rule: SELECTOR-QUERY-RECT
  it('selectAll: one result per node, in order; right and bottom as given', async () => {
    const fake = fresh({ layout: LAYOUT })
    const [rects] = await exec(fake, (q) => q.selectAll('.item').boundingClientRect())
    expect(rects).toEqual([
      { id: 'a', dataset: {}, left: 0, right: 100, top: 0, bottom: 40, width: 100, height: 40 },
      { id: 'b', dataset: {}, left: 0, right: 90, top: 40, bottom: 80, width: 100, height: 40 },
    ])
  })

  it('select of a selector with several nodes takes the first; selectAll of a single node is a list of one', async () => {
    const fake = fresh({ layout: LAYOUT })
    const [first, all] = await exec(fake, (q) => {
      q.select('.item').boundingClientRect()
      q.selectAll('#poster').boundingClientRect()
    })
    expect((first as { id: string }).id).toBe('a')
    expect((all as unknown[]).length).toBe(1)
  })

  // rule: SELECTOR-NO-MATCH
  it('a selector with no layout matches no node: null from select, [] from selectAll', async () => {
    const fake = fresh()
    expect(await exec(fake, (q) => q.select('#nothing').boundingClientRect().selectAll('.none').boundingClientRect())).toEqual([null, []])
    // Nor does a selector that is no string, whatever its layout says.
    const laid = fresh({ layout: { '': { width: 1 }, '1': { width: 1 } } })
    expect(await exec(laid, (q) => q.select(1 as never).boundingClientRect().select({ toString: false } as never).boundingClientRect())).toEqual([null, null])
  })

  // rule: SELECTOR-QUERY-SCROLL
  it('scrollOffset and the viewport', async () => {
    const fake = fresh({ layout: LAYOUT })
    const [list, viewport] = await exec(fake, (q) => {
      q.select('#list').scrollOffset()
      q.selectViewport().scrollOffset()
    })
    expect(list).toEqual({ id: 'list', dataset: {}, scrollLeft: 0, scrollTop: 120, scrollWidth: 375, scrollHeight: 2000 })
    expect(viewport).toEqual({ id: '', dataset: {}, scrollLeft: 0, scrollTop: 88, scrollWidth: 375, scrollHeight: 667 })
  })

  it('the viewport with no layout is the default device’s display area', async () => {
    const [viewport] = await exec(fresh(), (q) => q.selectViewport().boundingClientRect())
    expect(viewport).toEqual({ id: '', dataset: {}, left: 0, right: 375, top: 0, bottom: 667, width: 375, height: 667 })
  })

  // rule: SELECTOR-QUERY-FIELDS
  it('fields: only what was asked for', async () => {
    const fake = fresh({ layout: LAYOUT })
    const [all, some, none] = await exec(fake, (q) => {
      q.select('#list').fields({ id: true, dataset: true, rect: true, size: true, scrollOffset: true, properties: ['scroll-y', 'other', 7], computedStyle: ['font-size', 'color', null] })
      q.select('#poster').fields({ size: true })
      q.select('#poster').fields({})
    })
    expect(all).toEqual({
      id: 'list',
      dataset: {},
      left: 0,
      right: 375,
      top: 0,
      bottom: 600,
      width: 375,
      height: 600,
      scrollLeft: 0,
      scrollTop: 120,
      scrollWidth: 375,
      scrollHeight: 2000,
      'scroll-y': true,
      other: undefined,
      'font-size': '14px',
      color: '',
    })
    expect(some).toEqual({ width: 300, height: 500 })
    expect(none).toEqual({})
  })

  it('fields given no object asks for nothing; context and node hand back nothing the fake could render', async () => {
    const fake = fresh({ layout: LAYOUT })
    const results = await exec(fake, (q) => {
      q.select('#poster').fields(null as never)
      q.select('#poster').context()
      q.select('#poster').node()
    })
    expect(results).toEqual([{}, {}, {}])
  })

  // rule: SELECTOR-QUERY-EXEC
  it('each request’s callback first, then exec’s with all results, the same objects; on a later job', async () => {
    const fake = fresh({ layout: LAYOUT })
    const order: string[] = []
    const seen: unknown[] = []
    const query = fake.wx.createSelectorQuery()
    query.select('#poster').boundingClientRect((rect) => {
      order.push('rect')
      seen.push(rect)
      ;(rect as { marked?: boolean }).marked = true
    })
    query.selectViewport().scrollOffset((offset) => {
      order.push('scroll')
      seen.push(offset)
    })
    query.exec((results) => {
      order.push('exec')
      expect(results).toEqual(seen)
      expect(results[0]).toBe(seen[0])
      expect((results[0] as { marked?: boolean }).marked).toBe(true)
    })
    expect(order).toEqual([])
    await fake.settled()
    expect(order).toEqual(['rect', 'scroll', 'exec'])
  })

  // rule: SELECTOR-QUERY-EXEC
  it('the methods chain; exec keeps the requests, so a second exec runs them again with the layout of the time', async () => {
    const fake = fresh({ layout: LAYOUT })
    const query = fake.wx.createSelectorQuery()
    expect(query.in({})).toBe(query)
    expect(query.select('#poster').boundingClientRect()).toBe(query)
    const first = await new Promise<unknown[]>((resolve) => query.exec(resolve))
    fake.configure({ layout: { '#poster': { width: 10, height: 10 } } })
    const second = await new Promise<unknown[]>((resolve) => query.exec(resolve))
    expect((first[0] as { width: number }).width).toBe(300)
    expect((second[0] as { width: number }).width).toBe(10)
    // exec with no callback still runs the requests' callbacks.
    const got: unknown[] = []
    fake.wx.createSelectorQuery().select('#poster').boundingClientRect((rect) => got.push(rect)).exec()
    await fake.settled()
    expect(got).toHaveLength(1)
  })

  it('a callback that throws is reported, and the others still run', async () => {
    const fake = fresh({ layout: LAYOUT })
    const ran: string[] = []
    const query = fake.wx.createSelectorQuery()
    query.select('#poster').boundingClientRect(() => {
      throw new Error('the app broke')
    })
    query.exec(() => ran.push('exec'))
    await fake.settled()
    expect(ran).toEqual(['exec'])
    expect(fake.log.problems()).toEqual([expect.objectContaining({ kind: 'callback-threw', message: expect.stringMatching(/^a SelectorQuery callback threw: Error: the app broke/) })])
  })

  it('exec is on the timeline with its requests and results', async () => {
    const fake = fresh({ layout: { '#poster': { width: 300, height: 500 } } })
    await exec(fake, (q) => q.select('#poster').boundingClientRect().select('#none').fields({ size: true }))
    expect(printTimeline(fake.log)).toBe(
      [
        '#1 wx.createSelectorQuery()',
        '#2 SelectorQuery.exec([',
        "  { select: '#poster', boundingClientRect: true },",
        "  { select: '#none', fields: { size: true } },",
        '])',
        '  success {',
        '    results: [',
        '      {',
        "        id: 'poster',",
        '        dataset: {},',
        '        left: 0,',
        '        right: 300,',
        '        top: 0,',
        '        bottom: 500,',
        '        width: 300,',
        '        height: 500,',
        '      },',
        '      null,',
        '    ],',
        '  }',
      ].join('\n'),
    )
  })
})

describe('the layout option', () => {
  it('configure() for one test, reset() back to the defaults', async () => {
    const fake = fresh()
    fake.configure({ layout: { '#a': { width: 1 } } })
    expect(await exec(fake, (q) => q.select('#a').boundingClientRect())).toEqual([expect.objectContaining({ width: 1, height: 0 })])
    fake.reset()
    expect(await exec(fake, (q) => q.select('#a').boundingClientRect())).toEqual([null])
  })

  it.each([
    [[], "options.layout must be an object of selectors, such as { '#poster': { width: 300, height: 500 } }, got an array."],
    [{ '#a': 3 }, "options.layout['#a'] must be a node's layout such as { left: 0, top: 0, width: 300, height: 500 }, got 3."],
    [{ '.a': [{ width: 1 }, null] }, "options.layout['.a'][1] must be a node's layout such as { left: 0, top: 0, width: 300, height: 500 }, got null."],
    [{ '#a': { widht: 1 } }, "options.layout['#a']: unknown field 'widht'. Did you mean 'width'? Fields: left, top, width, height, right, bottom, scrollLeft, scrollTop, scrollWidth, scrollHeight, id, dataset, properties, computedStyle."],
    [{ '#a': { width: '300px' } }, "options.layout['#a'].width must be a number of px, got '300px'."],
    [{ '#a': { top: Number.NaN } }, "options.layout['#a'].top must be a number of px, got NaN."],
  ])('%j is refused', (layout, message) => {
    expect(messageOf(() => fresh({ layout: layout as never }))).toBe(`[fake-wx] ${message}`)
  })
})
