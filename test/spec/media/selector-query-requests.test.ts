/** wx.createSelectorQuery() at its edges: how exec is logged, callbacks that are no functions, ids, and fields of a bare node. */
import type { FakeWx } from 'fake-wx'
import { printTimeline } from 'fake-wx/serializer'
import { fresh } from '../../support/fixtures'

type Query = ReturnType<FakeWx['wx']['createSelectorQuery']>

/** Runs the query and waits until the fake has settled: the results exec's callback got, or 'no results'. */
async function run(fake: FakeWx, build: (query: Query) => void): Promise<unknown> {
  let got: unknown = 'no results'
  const query = fake.wx.createSelectorQuery()
  build(query)
  query.exec((results) => (got = results))
  await fake.settled()
  return got
}

describe('SelectorQuery.exec in the log', () => {
  it('a callback-style call with each request as the app wrote it, and whether it ran in a tap', async () => {
    const fake = fresh()
    await fake.user.tap(() =>
      fake.wx.createSelectorQuery().selectViewport().scrollOffset().select('#map').context().select('#canvas').node().selectAll('.item').boundingClientRect().exec(),
    )
    await fake.settled()
    expect(fake.log.calls('SelectorQuery.exec')).toEqual([
      {
        type: 'call',
        id: expect.any(Number),
        api: 'SelectorQuery.exec',
        args: [
          { selectViewport: true, scrollOffset: true },
          { select: '#map', context: true },
          { select: '#canvas', node: true },
          { selectAll: '.item', boundingClientRect: true },
        ],
        style: 'callback',
        tap: true,
      },
    ])
    expect(printTimeline(fake.log)).toMatch(/SelectorQuery\.exec\(\[[^]*\]\) \[tap\]/)
  })

  it('out of a tap it says so', async () => {
    const fake = fresh()
    fake.wx.createSelectorQuery().selectViewport().boundingClientRect().exec()
    expect(fake.log.calls('SelectorQuery.exec')[0]!.tap).toBe(false)
  })
})

describe('callbacks that are no functions', () => {
  it("are ignored, on a request and on exec: nothing is called, nothing reported", async () => {
    const fake = fresh({ layout: { '#a': { width: 1 } } })
    fake.wx.createSelectorQuery().select('#a').boundingClientRect('not a function' as never).exec('nor this' as never)
    await fake.settled()
    expect(fake.log.problems()).toEqual([])
    expect(fake.log.results('SelectorQuery.exec')).toHaveLength(1)
  })
})

describe('the id of a result', () => {
  // rule: SELECTOR-QUERY-RECT
  it("is the node's id; a selector that is no #id gives '' when the layout names none", async () => {
    const fake = fresh({ layout: { '.card': { width: 10 }, '#poster': { width: 20 } } })
    expect(await run(fake, (q) => q.select('.card').fields({ id: true }).select('#poster').fields({ id: true }))).toEqual([{ id: '' }, { id: 'poster' }])
  })
})

describe('a selector that is no string', () => {
  // rule: SELECTOR-NO-MATCH
  it('matches no node, not even one laid out under its string form', async () => {
    const fake = fresh({ layout: { undefined: { width: 1 } } })
    expect(await run(fake, (q) => q.select(undefined as never).boundingClientRect())).toEqual([null])
  })
})

describe('fields of a node whose layout gives no properties or computedStyle', () => {
  // rule: SELECTOR-QUERY-FIELDS
  it("properties are undefined and styles ''", async () => {
    const fake = fresh({ layout: { '#bare': { width: 1 } } })
    expect(await run(fake, (q) => q.select('#bare').fields({ properties: ['scroll-y'], computedStyle: ['color'] }))).toEqual([{ 'scroll-y': undefined, color: '' }])
  })
})
