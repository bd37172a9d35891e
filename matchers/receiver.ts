/**
 * What a matcher was given: the fake `wx`, one of its API functions (which narrows the assertion to
 * that API), the controller, or its log. Recognised by brand, never instanceof (the ESM and
 * CJS builds may both be loaded).
 */
import type { ScopeState } from '../src/auth-state'
import { API_NAME, COMPONENT_PATH, CONTROLLER, DEFAULT_CONTROLLER, HOST, MINI_PROGRAM } from '../src/brand'
import type { HostTables } from '../src/hosts/host'
import type { LogEntry } from '../src/log'
import type { Scope } from '../src/hosts/wechat/scopes'
import type { MatcherContext } from './context'
import { matcherError } from './report'

/** The parts of a controller that matchers read. */
export interface ControllerView {
  readonly wx: Readonly<Record<string, unknown>>
  readonly log: { readonly entries: readonly LogEntry[] }
  scopeState(scope: Scope): ScopeState
}

export interface Receiver {
  readonly controller: ControllerView
  /** The controller's host: its scopes, and how it names calls. */
  readonly host: HostTables
  readonly entries: readonly LogEntry[]
  /** Set when the received value is an API function: `expect(wx.getLocation)`. */
  readonly api: string | undefined
  /** Set when the received value is a component of the mini-program harness: its path. */
  readonly component: string | undefined
  /** How the hint names it: `wx`, `wx.getLocation`, `fakeWx`, `fakeWx.log`. */
  readonly label: string
}

const EXPECTED_RECEIVER =
  'received value must be the fake wx, one of its API functions (e.g. wx.getLocation), the fake-wx controller (fakeWx) or its log (fakeWx.log)'

function isControllerView(value: unknown): value is ControllerView {
  const candidate = value as Partial<ControllerView> | undefined
  return typeof candidate?.scopeState === 'function' && Array.isArray(candidate.log?.entries) && typeof candidate.wx === 'object'
}

function labelOf(received: object, controller: ControllerView, host: HostTables, api: string | undefined, component: string | undefined): string {
  if (api !== undefined) return host.label(api)
  if (component !== undefined) return component
  if ((received as Record<symbol, unknown>)[MINI_PROGRAM] === true) return 'mp'
  if (received === controller.wx) return host.host.globalName
  if (received === controller.log) return 'fakeWx.log'
  if (received === controller) return 'fakeWx'
  return 'received'
}

/** Explains the likeliest mistake for an unbranded value that looks like a `wx`. */
function whyNotFake(received: unknown): string {
  if (typeof received === 'object' && received !== null && typeof (received as { getSetting?: unknown }).getSetting === 'function') {
    return "\n\nThis looks like a wx object, but not fake-wx's: is the preset installed (setupFiles: ['fake-wx/vitest'] or setupFilesAfterEnv: ['fake-wx/jest']), or did something replace globalThis.wx?"
  }
  if (typeof received === 'function') {
    return "\n\nThis function is not one of fake-wx's: was it replaced by a mock (jest.fn, vi.fn)? fakeWx.mockWxMethod keeps wx's own functions in place."
  }
  return ''
}

export function resolveReceiver(context: MatcherContext, matcherName: string, received: unknown): Receiver {
  const branded = (typeof received === 'object' || typeof received === 'function') && received !== null
  const controller: unknown = branded ? (received as Record<symbol, unknown>)[CONTROLLER] : undefined
  if (!isControllerView(controller)) {
    throw matcherError(context, matcherName, `${EXPECTED_RECEIVER}${whyNotFake(received)}`, ['Received', received])
  }
  // Only the API functions carry a name.
  const name = (received as Record<symbol, string | undefined>)[API_NAME]
  const component = (received as Record<symbol, string | undefined>)[COMPONENT_PATH]
  // A controller-shaped object without a host (a hand-built log) reads as the default controller's: WeChat's.
  // Reached through its global (src/index.ts), not an import: the matchers may load as another module copy.
  const hostOf = (value: unknown): HostTables | undefined => (value as Record<symbol, HostTables | undefined> | undefined)?.[HOST]
  const host = hostOf(controller) ?? hostOf((globalThis as Record<symbol, unknown>)[DEFAULT_CONTROLLER])!
  return {
    controller,
    host,
    entries: controller.log.entries,
    api: name,
    component,
    label: labelOf(received as object, controller, host, name, component),
  }
}
