/**
 * Jest's and Vitest's mock-function checks, answered from the log. Every function of the fake global has
 * MOCK_FUNCTION as its prototype: `_isMockFunction`, `getMockName()` and a `mock` whose `calls`, `results`,
 * `settledResults`, `invocationCallOrder` and `lastCall` are read from the controller's log. So a suite written
 * against hand mocks keeps `expect(wx.showToast).toHaveBeenCalledWith(...)`, `toHaveBeenCalledTimes` and
 * `toHaveBeenLastCalledWith` unchanged under both runners, and `jest.spyOn(wx, 'showToast')` /
 * `vi.spyOn(wx, 'showToast')` return the function itself (both runners leave a mock function in place).
 *
 * The `mock*` methods are thin forms of the controller's own: `mockImplementation(fn)` is
 * `fakeWx.mockWxMethod(name, fn)`, `mockClear()` starts `mock.calls` afresh, `mockReset()` / `mockRestore()`
 * drop the implementation. reset() undoes all of them.
 */
import { API_NAME, CONTROLLER, STATE } from './brand'
import type { Engine } from './engine'
import type { HandlerEntry } from './handlers/kinds'
import { Thrown, type CallEntry, type InteractionLog, type LogEntry } from './log'

/** What the prototype reads of a function of the fake global. */
interface FakeFunction {
  readonly [CONTROLLER]: Controller
  readonly [API_NAME]: string
}

interface Controller {
  readonly log: InteractionLog
  mockWxMethod(name: string, impl: (...args: never[]) => unknown): unknown
  readonly [STATE]: { readonly engine: Engine }
}

export interface MockResult {
  readonly type: 'return' | 'throw' | 'incomplete'
  readonly value: unknown
}

export interface MockSettledResult {
  readonly type: 'fulfilled' | 'rejected' | 'incomplete'
  readonly value: unknown
}

/** The `mock` property of a function of the fake global: its calls, read from the log since the last mockClear(). */
export interface MockState {
  /** The arguments of each call, as passed (an options object is the copy taken at the call, callbacks included). */
  readonly calls: unknown[][]
  /** What each call returned or threw: for a promise-style call a promise settled as the call's was, for a callback-style one undefined. */
  readonly results: MockResult[]
  /** How each call settled: the promise of a promise-style call resolved or rejected; anything else at once. */
  readonly settledResults: MockSettledResult[]
  /** The log ids of the calls: later calls have larger numbers. */
  readonly invocationCallOrder: number[]
  readonly contexts: undefined[]
  readonly instances: undefined[]
  readonly lastCall: unknown[] | undefined
}

function engineOf(fn: FakeFunction): Engine {
  return fn[CONTROLLER][STATE].engine
}

function callsOf(fn: FakeFunction): CallEntry[] {
  const since = engineOf(fn).mockCleared.get(fn[API_NAME]) ?? 0
  return fn[CONTROLLER].log.calls(fn[API_NAME]).filter((call) => call.id > since)
}

function isThenable(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function'
}

function settledOf(entries: readonly LogEntry[], call: CallEntry, returned: unknown): MockSettledResult {
  if (returned instanceof Thrown) return { type: 'rejected', value: returned.error }
  if (call.style === 'promise') {
    const end = entries.find((e) => (e.type === 'resolve' || e.type === 'reject') && e.call === call.id)
    if (end === undefined) return { type: 'incomplete', value: undefined }
    return { type: end.type === 'resolve' ? 'fulfilled' : 'rejected', value: (end as { result: unknown }).result }
  }
  // A mock's own promise is not followed: fake-wx did not make it.
  return isThenable(returned) ? { type: 'incomplete', value: undefined } : { type: 'fulfilled', value: returned }
}

/**
 * What a promise-style call returned, made again from the log: a promise that settles as the call's did (the
 * call's own promise is not kept, see src/pipeline.ts). A rejected one is marked handled.
 */
function promiseOf(settled: MockSettledResult): Promise<unknown> {
  if (settled.type === 'fulfilled') return Promise.resolve(settled.value)
  if (settled.type === 'incomplete') return new Promise(() => {})
  const rejected = Promise.reject(settled.value)
  rejected.catch(() => {})
  return rejected
}

function mockState(fn: FakeFunction): MockState {
  const log = fn[CONTROLLER].log
  const calls = callsOf(fn)
  const argumentLists = calls.map((call) => [...log.argumentsOf(call.id)])
  return {
    calls: argumentLists,
    get results() {
      return calls.map((call): MockResult => {
        const returned = log.returnedBy(call.id)
        if (returned instanceof Thrown) return { type: 'throw', value: returned.error }
        return { type: 'return', value: call.style === 'promise' ? promiseOf(settledOf(log.entries, call, undefined)) : returned }
      })
    },
    get settledResults() {
      return calls.map((call) => settledOf(log.entries, call, log.returnedBy(call.id)))
    },
    invocationCallOrder: calls.map((call) => call.id),
    contexts: calls.map(() => undefined),
    instances: calls.map(() => undefined),
    lastCall: argumentLists.at(-1),
  }
}

function implementationOf(fn: FakeFunction): HandlerEntry | undefined {
  return engineOf(fn).handlers.of(fn[API_NAME]).find((entry) => entry.replaces === true)
}

function clear(fn: FakeFunction): void {
  engineOf(fn).mockCleared.set(fn[API_NAME], fn[CONTROLLER].log.nextId - 1)
}

function dropImplementation(fn: FakeFunction): void {
  engineOf(fn).handlers.remove(fn[API_NAME], (entry) => entry.replaces === true)
}

function implement(fn: FakeFunction, impl: (...args: never[]) => unknown): FakeFunction {
  fn[CONTROLLER].mockWxMethod(fn[API_NAME], impl)
  return fn
}

/** The prototype of every function of the fake global (it inherits Function.prototype: call, apply, bind). */
export const MOCK_FUNCTION: object = Object.create(Function.prototype, {
  _isMockFunction: { value: true },
  getMockName: {
    value(this: FakeFunction): string {
      return engineOf(this).host.label(this[API_NAME])
    },
  },
  mock: {
    get(this: FakeFunction): MockState {
      return mockState(this)
    },
  },
  mockClear: {
    value(this: FakeFunction): FakeFunction {
      clear(this)
      return this
    },
  },
  mockReset: {
    value(this: FakeFunction): FakeFunction {
      clear(this)
      dropImplementation(this)
      return this
    },
  },
  mockRestore: {
    value(this: FakeFunction): void {
      clear(this)
      dropImplementation(this)
    },
  },
  getMockImplementation: {
    value(this: FakeFunction): unknown {
      return implementationOf(this)?.answer
    },
  },
  mockImplementation: {
    value(this: FakeFunction, impl: (...args: never[]) => unknown): FakeFunction {
      return implement(this, impl)
    },
  },
  mockReturnValue: {
    value(this: FakeFunction, value: unknown): FakeFunction {
      return implement(this, () => value)
    },
  },
  mockResolvedValue: {
    value(this: FakeFunction, value: unknown): FakeFunction {
      return implement(this, () => Promise.resolve(value))
    },
  },
  mockRejectedValue: {
    value(this: FakeFunction, value: unknown): FakeFunction {
      return implement(this, () => Promise.reject(value))
    },
  },
})
