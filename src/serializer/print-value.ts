/**
 * A small, stable value printer for the timeline. Not pretty-format: its output must not depend on
 * the runner (Jest and Vitest configure pretty-format differently), and it must keep lines short.
 * Keys keep insertion order, which the fake makes deterministic; long strings keep a fixed prefix.
 */

/** Strings longer than this are cut to ELIDED_PREFIX characters and '…' (encryptedData, rawData, ...). */
export const MAX_STRING = 40
export const ELIDED_PREFIX = 24
/** Nesting deeper than this prints as {…} or […]. */
const MAX_DEPTH = 4
/** An object printed on one line that would pass this width is printed one key per line. */
export const LINE_WIDTH = 100

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

export function printString(value: string): string {
  const text = value.length > MAX_STRING ? `${value.slice(0, ELIDED_PREFIX)}…` : value
  return `'${text.replace(/[\\'\n\r\t]/g, escape)}'`
}

function escape(char: string): string {
  switch (char) {
    case '\n':
      return '\\n'
    case '\r':
      return '\\r'
    case '\t':
      return '\\t'
    default:
      return `\\${char}`
  }
}

function printKey(key: string): string {
  return IDENTIFIER.test(key) ? key : printString(key)
}

function printPrimitive(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return printString(value)
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value)
    case 'bigint':
      return `${value}n`
    case 'boolean':
    case 'undefined':
      return String(value)
    case 'symbol':
      return value.toString()
    case 'function':
      return value.name ? `[Function ${value.name}]` : '[Function]'
    default:
      return value === null ? 'null' : undefined
  }
}

interface Part {
  readonly key: string | undefined
  readonly value: unknown
}

/** The opening, closing and members of a non-primitive value, or its whole text when it has no members. */
function describe(value: object): { open: string; close: string; parts: Part[] } | string {
  if (Array.isArray(value)) return { open: '[', close: ']', parts: value.map((item) => ({ key: undefined, value: item })) }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`
  if (value instanceof RegExp) return String(value)
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${value.byteLength})`
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength} bytes)`
  if (value instanceof Error) return `${value.name}(${printString(value.message)})`
  if (value instanceof Map) {
    const parts = [...value].map(([k, v]) => ({ key: `${print(k, '', 0, Infinity, MAX_DEPTH - 1, [])} =>`, value: v }))
    return { open: 'Map {', close: '}', parts }
  }
  if (value instanceof Set) return { open: 'Set {', close: '}', parts: [...value].map((item) => ({ key: undefined, value: item })) }
  const prototype: unknown = Object.getPrototypeOf(value)
  const name = prototype === null || prototype === Object.prototype ? '' : `${(value as { constructor?: { name?: string } }).constructor?.name ?? ''} `
  const parts = Object.keys(value).map((key) => ({ key: `${printKey(key)}:`, value: (value as Record<string, unknown>)[key] }))
  return { open: `${name}{`, close: '}', parts }
}

function print(value: unknown, indent: string, used: number, width: number, depth: number, seen: object[]): string {
  const primitive = printPrimitive(value)
  if (primitive !== undefined) return primitive
  const object = value as object
  if (seen.includes(object)) return '[Circular]'
  const shape = describe(object)
  if (typeof shape === 'string') return shape
  const { open, close, parts } = shape
  if (parts.length === 0) return open.endsWith('{') ? `${open}}` : `${open}${close}`
  if (depth >= MAX_DEPTH) return `${open}…${close}`
  seen.push(object)
  const label = (key: string | undefined): string => (key === undefined ? '' : `${key} `)
  // First try everything on one line (width Infinity: nothing inside breaks).
  const flat = parts.map(({ key, value: item }) => label(key) + print(item, '', 0, Infinity, depth + 1, seen))
  let out = close === '}' ? `${open} ${flat.join(', ')} ${close}` : `${open}${flat.join(', ')}${close}`
  if (used + out.length > width) {
    const inner = indent + '  '
    const lines = parts.map(({ key, value: item }) => {
      const head = inner + label(key)
      return head + print(item, inner, head.length, width, depth + 1, seen) + ','
    })
    out = `${open}\n${lines.join('\n')}\n${indent}${close}`
  }
  seen.pop()
  return out
}

/**
 * Prints a value on one line when it fits in LINE_WIDTH columns (`used` columns of the line are taken
 * already), else one member per line, continuation lines indented from `indent`.
 */
export function printValue(value: unknown, indent = '', used = indent.length): string {
  return print(value, indent, used, LINE_WIDTH, 0, [])
}
