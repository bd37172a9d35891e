/**
 * A small, stable value printer for the timeline. Not pretty-format: its output must not depend on
 * the runner (Jest and Vitest configure pretty-format differently), and it must keep lines short.
 * Keys keep insertion order, which the fake makes deterministic; long strings keep a fixed prefix.
 */

/** Strings longer than this are cut to ELIDED_PREFIX characters and '…' (encryptedData, rawData, ...). */
export const MAX_STRING = 40
export const ELIDED_PREFIX = 24
/** Members whose strings are never cut: a timeline must always show the errMsg in full. */
const NEVER_CUT: ReadonlySet<string> = new Set(['errMsg'])
/** Nesting deeper than this prints as {…} or […]. */
const MAX_DEPTH = 4
/** An object printed on one line that would pass this width is printed one key per line. */
export const LINE_WIDTH = 100

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

export function printString(value: string, cut = true): string {
  const text = cut && value.length > MAX_STRING ? `${value.slice(0, ELIDED_PREFIX)}…` : value
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
  /** The printed key with its separator (`errMsg:`, `'k' =>`), or undefined for list items. */
  readonly key: string | undefined
  readonly value: unknown
  /** Print this member's string in full. */
  readonly whole?: boolean
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
  const parts = Object.keys(value).map((key) => ({
    key: `${printKey(key)}:`,
    value: (value as Record<string, unknown>)[key],
    whole: NEVER_CUT.has(key),
  }))
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
  if (parts.length === 0) return `${open}${close}`
  if (depth >= MAX_DEPTH) return `${open}…${close}`
  seen.push(object)
  const member = ({ key, value: item, whole }: Part, inner: string, at: number, limit: number): string => {
    const label = key === undefined ? '' : `${key} `
    const text = whole === true && typeof item === 'string' ? printString(item, false) : print(item, inner, at + label.length, limit, depth + 1, seen)
    return label + text
  }
  // First everything on one line (no width limit: nothing inside breaks), else one member per line.
  const flat = parts.map((part) => member(part, '', 0, Infinity))
  let out = close === '}' ? `${open} ${flat.join(', ')} ${close}` : `${open}${flat.join(', ')}${close}`
  if (used + out.length > width) {
    const inner = indent + '  '
    const lines = parts.map((part) => `${inner}${member(part, inner, inner.length, width)},`)
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
