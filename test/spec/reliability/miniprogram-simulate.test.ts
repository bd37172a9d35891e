/**
 * @jest-environment jsdom
 * @vitest-environment jsdom
 *
 * fake-wx beside the official miniprogram-simulate. simulate puts its own `wx` on the global
 * when it loads, merging into one that is there: `Object.assign(simulateApi, global.wx)`. The preset has
 * already installed the fake, so the fake's functions win, and the merged object still points at it.
 */
import { fakeWx, user } from 'fake-wx'
import simulate from 'miniprogram-simulate'

const SAVE_BUTTON = {
  template: `<button class="save" bindtap="onSave">{{status}}</button>`,
  data: { status: 'idle' },
  methods: {
    onSave(this: { setData(data: Record<string, unknown>): void }) {
      wx.saveImageToPhotosAlbum({
        filePath: 'http://tmp/poster.png',
        success: () => this.setData({ status: 'saved' }),
        fail: (err: { errMsg: string }) => this.setData({ status: /auth den/.test(err.errMsg) ? 'denied' : 'failed' }),
      })
    },
  },
}

declare const wx: { saveImageToPhotosAlbum(options: Record<string, unknown>): void } & Record<string, unknown>
// jsdom's document (this file runs in a jsdom environment; the suite's lib has no DOM types).
declare const document: { createElement(tag: string): unknown }

function renderSaveButton() {
  const component = simulate.render(simulate.load(SAVE_BUTTON))
  component.attach(document.createElement('parent-wrapper'))
  return component
}

it("simulate's global wx uses the fake's functions", () => {
  expect(wx.saveImageToPhotosAlbum).toBe(fakeWx.wx.saveImageToPhotosAlbum)
  expect(typeof wx.canIUse).toBe('function') // simulate's own APIs are still there
})

it('a component test covers the refusal path', async () => {
  user.willDeny('scope.writePhotosAlbum')
  const component = renderSaveButton()
  await user.tap(() => component.querySelector('.save')!.dispatchEvent('tap'))
  expect(component.dom.textContent).toBe('denied')
  expect(wx).toHavePrompted('scope.writePhotosAlbum')
})

it('and the allow path, with a fresh user after the preset reset', async () => {
  expect(fakeWx.scopeState('scope.writePhotosAlbum')).toBe('unasked')
  user.willAllow('scope.writePhotosAlbum')
  const component = renderSaveButton()
  await user.tap(() => component.querySelector('.save')!.dispatchEvent('tap'))
  expect(component.dom.textContent).toBe('saved')
})

// In a DOM environment, the CommonJS build's `import.meta.url` shim answers
// with `document.currentScript`'s URL, so loading faker for a person's name failed with an internal error.
it('result data that needs faker (a name) works in a DOM environment too', async () => {
  const address = await (wx.chooseAddress as () => Promise<{ errMsg: string; userName: string }>)()
  expect(address.errMsg).toBe('chooseAddress:ok')
  expect(address.userName).toMatch(/^\p{Script=Han}+$/u)
})
