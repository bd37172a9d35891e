/**
 * The same handlers from both msw generations fake-wx supports (the peer range is >=2): msw 3, the
 * devDependency, and msw 2, installed beside it under the name msw2. fake-wx reaches a handler only
 * through its public run(), so both answer wx.request, downloadFile and connectSocket alike.
 */
import * as msw3 from 'msw'
import * as msw2 from 'msw2'
import { fresh, settledCall } from '../../support/fixtures'
import type { FakeWx } from 'fake-wx'

const call = settledCall

describe.each([
  ['msw 3', msw3 as unknown as typeof msw3],
  ['msw 2', msw2 as unknown as typeof msw3],
])('%s', (_name, { http, HttpResponse, ws }) => {
  // rule: REQUEST-HTTP-ERROR-IS-SUCCESS
  it('answers wx.request; a 503 is a success with its statusCode', async () => {
    const fake = fresh({ handlers: [http.get('https://api.shop.example/shops', () => HttpResponse.json([{ id: 1 }]))] })
    expect((await call(fake, 'request', { url: 'https://api.shop.example/shops' }))[1]).toMatchObject({ data: [{ id: 1 }], statusCode: 200, errMsg: 'request:ok' })
    fake.use(http.get('https://api.shop.example/shops', () => HttpResponse.json([], { status: 503 })))
    expect((await call(fake, 'request', { url: 'https://api.shop.example/shops' }))[1]).toMatchObject({ data: [], statusCode: 503, errMsg: 'request:ok' })
  })

  it('sees the POST body and answers text, which dataType json leaves a string', async () => {
    const fake = fresh()
    fake.use(http.post('https://api.shop.example/orders', async ({ request }) => HttpResponse.text(`got ${JSON.stringify(await request.json())}`)))
    expect((await call(fake, 'request', { url: 'https://api.shop.example/orders', method: 'POST', data: { id: 7 } }))[1].data).toBe('got {"id":7}')
  })

  // rule: DOWNLOAD-TEMP-FILE
  it('answers wx.downloadFile with a temporary file', async () => {
    const fake = fresh({ handlers: [http.get('https://cdn.shop.example/poster.png', () => HttpResponse.arrayBuffer(new Uint8Array([137, 80]).buffer))] })
    const [kind, res] = await call(fake, 'downloadFile', { url: 'https://cdn.shop.example/poster.png' })
    expect([kind, res.statusCode, typeof res.tempFilePath]).toEqual(['success', 200, 'string'])
  })

  // rule: SOCKET-EVENTS
  it("answers wx.connectSocket through ws.link: the app's message comes back", async () => {
    const fake = fresh()
    fake.use(ws.link('wss://chat.example/socket').addEventListener('connection', ({ client }) => client.addEventListener('message', (event) => client.send(`echo ${String(event.data)}`))))
    const heard: unknown[] = []
    const task = (fake.wx as unknown as Record<string, (options: Record<string, unknown>) => unknown>).connectSocket!({ url: 'wss://chat.example/socket' }) as {
      onOpen(fn: () => void): void
      onMessage(fn: (message: { data: unknown }) => void): void
      send(options: { data: string }): void
    }
    task.onOpen(() => task.send({ data: 'hi' }))
    task.onMessage((message) => heard.push(message.data))
    await fake.settled()
    expect(heard).toEqual(['echo hi'])
  })
})
