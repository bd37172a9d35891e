/**
 * The options of fake-wx/reporter, checked and resolved once when the runner creates the reporter. A
 * misspelt option or outcome, or an app.json that cannot be read, stops the run at once with a message
 * that says what to write instead.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { FakeWxError, describeValue, didYouMean } from '../errors'
import type { AppJson } from '../options'
import { PATH_OUTCOMES, type PathOutcome } from './paths'

/** What the reporter accepts (Jest's `['fake-wx/reporter', options]`, Vitest's likewise). */
export interface FakeWxReporterOptions {
  /** Where the JSON goes (default `fake-wx-coverage.json`, in the working directory). */
  outputFile?: string
  /** Also write a self-contained HTML page to this file. */
  html?: string
  /** Outcomes every used scope must have reached; the run fails, naming each missing pair, when one has not. */
  require?: readonly PathOutcome[]
  /** The path of the app's app.json: the scopes it declares count as used. */
  appJson?: string
}

export interface ResolvedReporterOptions {
  /** Absolute paths. */
  readonly outputFile: string
  readonly html: string | undefined
  readonly require: readonly PathOutcome[]
  readonly appJson: AppJson | undefined
}

export const DEFAULT_OUTPUT_FILE = 'fake-wx-coverage.json'

const OPTION_NAMES = ['outputFile', 'html', 'require', 'appJson'] as const

function fileOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value === '') throw new FakeWxError(`fake-wx/reporter: option ${name} must be a file name, got ${describeValue(value)}.`)
  return value
}

function requireOption(value: unknown): PathOutcome[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    throw new FakeWxError(`fake-wx/reporter: option require must be a list of outcomes, e.g. ['denied', 'deniedEarlier'], got ${describeValue(value)}.`)
  }
  for (const outcome of value) {
    if (!(PATH_OUTCOMES as readonly unknown[]).includes(outcome)) {
      throw new FakeWxError(
        `fake-wx/reporter: require lists ${describeValue(outcome)}, which is not an outcome.${typeof outcome === 'string' ? didYouMean(outcome, PATH_OUTCOMES) : ''} ` +
          `The outcomes are: ${PATH_OUTCOMES.join(', ')}.`,
      )
    }
  }
  return [...new Set(value as PathOutcome[])]
}

function readAppJson(path: string): AppJson {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new FakeWxError(`fake-wx/reporter: cannot read the appJson file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Give the path of your app.json.`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new FakeWxError(`fake-wx/reporter: the appJson file ${path} is not JSON (${(error as Error).message}).`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FakeWxError(`fake-wx/reporter: the appJson file ${path} must hold an object, got ${describeValue(parsed)}.`)
  }
  return parsed as AppJson
}

/** Checks the options and resolves paths against `cwd`. */
export function resolveReporterOptions(raw: unknown, cwd: string): ResolvedReporterOptions {
  if (raw === undefined || raw === null) raw = {}
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new FakeWxError(`fake-wx/reporter: options must be an object, got ${describeValue(raw)}.`)
  const options = raw as Record<string, unknown>
  for (const name of Object.keys(options)) {
    if (!(OPTION_NAMES as readonly string[]).includes(name)) {
      throw new FakeWxError(`fake-wx/reporter: unknown option '${name}'.${didYouMean(name, OPTION_NAMES)} The options are: ${OPTION_NAMES.join(', ')}.`)
    }
  }
  const html = fileOption('html', options.html)
  const appJson = fileOption('appJson', options.appJson)
  return {
    outputFile: resolve(cwd, fileOption('outputFile', options.outputFile) ?? DEFAULT_OUTPUT_FILE),
    html: html === undefined ? undefined : resolve(cwd, html),
    require: requireOption(options.require),
    appJson: appJson === undefined ? undefined : readAppJson(resolve(cwd, appJson)),
  }
}
