/**
 * msw's GraphQL handlers answering wx.request: a query and a mutation POSTed as WeChat sends them (a JSON body,
 * the default content type), matched by operation name, variables read by the resolver. msw's GraphQL support
 * needs the `graphql` package, as in any project that uses it.
 */
import { HttpResponse } from 'msw'
import { graphql } from 'msw/graphql'
import { fresh, settledCall } from '../../support/fixtures'
import type { FakeWx } from 'fake-wx'

function post(fake: FakeWx, data: object): Promise<[string, Record<string, unknown>]> {
  return settledCall(fake, 'request', { url: 'https://api.shop.example/graphql', method: 'POST', data })
}

describe('msw GraphQL handlers', () => {
  const api = graphql.link('https://api.shop.example/graphql')

  it('answer a query by its operation name, with its variables', async () => {
    const fake = fresh()
    fake.use(api.query('Shops', ({ variables }) => HttpResponse.json({ data: { shops: [{ id: 1, city: variables.city }] } })))
    const [kind, res] = await post(fake, { query: 'query Shops($city: String!) { shops(city: $city) { id city } }', variables: { city: '上海' } })
    expect([kind, res.statusCode, res.data]).toEqual(['success', 200, { data: { shops: [{ id: 1, city: '上海' }] } }])
  })

  it('answer a mutation; a query of another name passes to the next handler', async () => {
    const fake = fresh()
    const added: unknown[] = []
    fake.use(
      api.query('Shops', () => HttpResponse.json({ data: { shops: [] } })),
      api.mutation('AddFavorite', ({ variables }) => (added.push(variables.id), HttpResponse.json({ data: { addFavorite: { ok: true } } }))),
    )
    const [, res] = await post(fake, { query: 'mutation AddFavorite($id: Int!) { addFavorite(id: $id) { ok } }', variables: { id: 7 } })
    expect(res.data).toEqual({ data: { addFavorite: { ok: true } } })
    expect(added).toEqual([7])
  })

  it('a GraphQL error is a success with the errors in the body, as any answer the server sends', async () => {
    const fake = fresh()
    fake.use(api.query('Shops', () => HttpResponse.json({ errors: [{ message: 'city required' }] })))
    expect(await post(fake, { query: 'query Shops { shops { id } }' })).toEqual([
      'success',
      expect.objectContaining({ statusCode: 200, data: { errors: [{ message: 'city required' }] }, errMsg: 'request:ok' }),
    ])
  })

  it('an operation no handler answers fails the call and the test, as any unhandled request', async () => {
    const fake = fresh()
    fake.use(api.query('Shops', () => HttpResponse.json({ data: {} })))
    const [kind, res] = await post(fake, { query: 'query Orders { orders { id } }' })
    expect([kind, res.errMsg]).toEqual(['fail', 'request:fail [fake-wx] no handler answered wx.request(POST https://api.shop.example/graphql)'])
    expect(() => fake.verify()).toThrow(/no handler answered wx\.request\(POST https:\/\/api\.shop\.example\/graphql\)/)
  })
})
