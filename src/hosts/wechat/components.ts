/**
 * Components that need a scope: `<camera>` (scope.camera) and `<live-pusher>` (scope.camera and
 * scope.record). A component test cannot render them, but it can ask what the component would report:
 * `await fake.components.camera()` runs the same scope gates and resolves with the event the
 * component's handler would receive: `binderror` on refusal ("用户不允许使用摄像头时触发"), else the
 * ready event. Spellings: `insertCamera:fail auth deny` (rules SCOPE-CAMERA-BINDERROR, SCOPE-LIVE-PUSHER-BOTH).
 */
import { compiledApi, type CompiledApi } from '../../compile'
import type { Engine } from '../../engine'
import { invoke } from '../../pipeline'
import { camerasOf } from './apis/device'
import type { WxResult } from '../../wx-types'

export interface ComponentEvent {
  /** The event name without `bind`: 'error', 'initdone', ... */
  readonly type: string
  readonly detail: Readonly<Record<string, unknown>>
}

export interface FakeComponents {
  /** What `<camera binderror bindinitdone>` receives when the page renders it. */
  camera(): Promise<ComponentEvent>
  /** What `<live-pusher binderror bindstatechange>` receives when the page renders it. */
  livePusher(): Promise<ComponentEvent>
  /** The page removes its `<camera>` (or the user leaves it): another may be rendered. */
  removeCamera(): void
}

function render(engine: Engine, api: CompiledApi, ready: ComponentEvent): Promise<ComponentEvent> {
  return new Promise((resolve) => {
    invoke(engine, api, {
      success: () => resolve(ready),
      fail: (err: WxResult) => resolve({ type: 'error', detail: { ...err } }),
    })
  })
}

export function createComponents(engine: Engine): FakeComponents {
  return {
    camera: () => render(engine, compiledApi(engine.host, 'insertCamera')!, { type: 'initdone', detail: { maxZoom: 1 } }),
    livePusher: () => render(engine, compiledApi(engine.host, 'insertLivePusher')!, { type: 'statechange', detail: { code: 1001, message: '已经连接推流服务器' } }),
    removeCamera: () => {
      camerasOf(engine).count = 0
    },
  }
}
