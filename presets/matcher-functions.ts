/**
 * The matchers of a module namespace, without anything else. A CommonJS build's interop may add a
 * `default` key to `import * as matchers`, and Jest 30's expect.extend rejects any value that is not a
 * function.
 */
type OnlyMatchers<M> = { [K in keyof M as K extends `to${string}` ? (M[K] extends (...args: never[]) => unknown ? K : never) : never]: M[K] }

export function matcherFunctions<M extends object>(namespace: M): OnlyMatchers<M> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(namespace)) if (typeof value === 'function' && name.startsWith('to')) out[name] = value
  return out as OnlyMatchers<M>
}
