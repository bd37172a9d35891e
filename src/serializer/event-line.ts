/**
 * The text of one timeline line. Calls are headers (`#2 wx.authorize({ scope: 'scope.userLocation' })`);
 * everything else is an event line printed under its call. Wording reads like the user story:
 * "user denies", "settings page: scope.userLocation denied → granted".
 */
import type { Answer, AnsweredBy, CallEntry, LifecycleEntry, LogEntry, PopupEntry, RouteEntry, SettingsEntry } from '../log'
import { printString, printValue } from './print-value'

export const EVENT_INDENT = '  '

const ANSWERS: Readonly<Partial<Record<Answer, string>>> = {
  allow: 'user allows',
  deny: 'user denies',
  dismiss: 'user dismisses the popup',
  confirm: 'user confirms',
  cancel: 'user cancels',
  agree: 'user agrees',
  disagree: 'user disagrees',
  'no-response': 'no response',
  choose: 'user chooses',
  subscribe: 'user answers the subscribe panel',
}

const ANSWERED_BY: Readonly<Record<AnsweredBy, string>> = {
  script: '',
  // Not scripted: says where the answer came from, so a surprising "allows" is explained.
  policy: ' (onUnscriptedPrompt)',
  listener: " (the app's privacy listener)",
  'only-choice': ' (the only button)',
}

/** How a logged API is named: `wx.getLocation`, `<button open-type="openSetting">`, `RecorderManager.start` (the host's label). */
export type CallLabel = (api: string) => string

/** `#3 wx.showModal({ title: '…' }) [tap]`; `ordinal` is the call's number among all calls. */
export function callHeader(call: CallEntry, ordinal: number, callLabel: CallLabel): string {
  const label = `#${ordinal} ${callLabel(call.api)}`
  const flags = (call.tap ? ' [tap]' : '') + (call.style === 'mock' ? ' [mocked]' : '') + (call.handler === true ? ' [handler]' : '')
  // A button or a component (`<button open-type="openSetting">`) is tapped or rendered, not called: no
  // argument list unless it logged something.
  if (label.endsWith('>')) return `${label}${call.args === undefined ? '' : ` ${printArgs(call, label.length + 1)}`}${flags}`
  return `${label}(${printArgs(call, label.length + 1)})${flags}`
}

function printArgs(call: CallEntry, used: number): string {
  if (call.args === undefined) return ''
  // A mock or synchronous API logs its argument list as an array when it got more than one argument.
  if ((call.style === 'mock' || call.style === 'sync') && Array.isArray(call.args)) {
    return call.args.map((arg) => printValue(arg, '', used)).join(', ')
  }
  return printValue(call.args, '', used)
}

/** The header that resumes an earlier call whose events arrive after a later call's. */
export function resumeHeader(call: CallEntry, ordinal: number, callLabel: CallLabel): string {
  return `#${ordinal} ${callLabel(call.api)} (continued)`
}

function settingsText(entry: SettingsEntry): string {
  const changes = entry.changes.map(({ scope, from, to }) => `${scope} ${from ? 'granted' : 'denied'} → ${to ? 'granted' : 'denied'}`)
  let text = `settings page: ${changes.length === 0 ? 'no change' : changes.join(', ')}`
  if (entry.unlisted.length > 0) text += `; not listed (never asked): ${entry.unlisted.join(', ')}`
  return text
}

/** The line of a non-call entry, without indentation (values wrap from EVENT_INDENT). */
export function eventText(entry: Exclude<LogEntry, CallEntry>, callLabel: CallLabel): string {
  switch (entry.type) {
    case 'popup':
      return popupText(entry, callLabel)
    case 'answer': {
      const detail = entry.detail === undefined ? '' : ` ${printValue(entry.detail, EVENT_INDENT)}`
      return (ANSWERS[entry.answer] ?? `user: ${entry.answer}`) + detail + ANSWERED_BY[entry.by]
    }
    case 'settings':
      return settingsText(entry)
    case 'complete':
      return 'complete'
    case 'problem':
      return `problem: ${firstLine(entry.message)}`
    case 'lifecycle':
      return lifecycleText(entry)
    case 'route':
      return routeText(entry)
    case 'setData':
      return `${entry.target} setData ${entry.keys.length === 0 ? '(nothing)' : entry.keys.join(', ')}${(entry.warnings ?? []).map((warning) => ` (${warning})`).join('')}`
    case 'triggered': {
      const head = `${entry.component} triggerEvent ${printString(entry.name)}`
      return entry.detail === undefined ? head : `${head} ${printValue(entry.detail, EVENT_INDENT, head.length + 1)}`
    }
    case 'event': {
      const head = `event ${entry.event} `
      const reached = entry.listeners === 1 ? '1 listener' : `${entry.listeners} listeners`
      return `${head}${printValue(entry.payload, EVENT_INDENT, head.length)} → ${reached}`
    }
    case 'success':
    case 'fail':
    case 'resolve':
    case 'reject':
    case 'return':
    case 'throw': {
      const head = `${entry.type} `
      return head + printValue(entry.result, EVENT_INDENT, EVENT_INDENT.length + head.length)
    }
    default:
      return unknownText(entry)
  }
}

/** `App onLaunch { path: 'pages/shop/shop', query: {}, scene: 1001 }`, `pages/shop/shop onShow`. */
function lifecycleText(entry: LifecycleEntry): string {
  const head = `${entry.owner === 'app' ? 'App' : entry.target} ${entry.hook}`
  return 'args' in entry ? `${head} ${printValue(entry.args, EVENT_INDENT, head.length + 1)}` : head
}

/** The test's `mp.navigateTo → pages/detail/detail { sku: '1' }`, or under the app's call `navigateTo → ...`. */
function routeText(entry: RouteEntry): string {
  const head = `${entry.call === undefined ? 'mp.' : ''}${entry.kind} → ${entry.route}`
  return Object.keys(entry.query).length === 0 ? head : `${head} ${printValue(entry.query, EVENT_INDENT, head.length + 1)}`
}

function popupText(entry: PopupEntry, callLabel: CallLabel): string {
  switch (entry.kind) {
    case 'scope':
      return `popup ${entry.scope}: ${entry.text}${entry.privacy === true ? ' (with the privacy agreement)' : ''}`
    case 'modal':
      return `modal ${modalLabel(entry.options)}`
    case 'privacy':
      return `privacy popup (referrer ${printString(entry.referrer)})`
    case 'picker':
      return `picker page of ${callLabel(entry.api)}`
    case 'subscribe':
      return `subscribe panel ${printValue(entry.tmplIds, EVENT_INDENT)}`
    default:
      return unknownText(entry)
  }
}

/**
 * An entry this serializer does not know yet (the core grows): printed as its fields, without the
 * bookkeeping ones, so a new kind of event shows up in the timeline instead of breaking it.
 */
function unknownText(entry: object): string {
  const { type, id: _id, call: _call, ...rest } = entry as { type?: unknown; id?: unknown; call?: unknown }
  return `${String(type)} ${printValue(rest, EVENT_INDENT)}`
}

/** A modal is named by its title, else its content: its full options are on the call line above. */
function modalLabel(options: Readonly<Record<string, unknown>>): string {
  const name = options.title !== undefined && options.title !== '' ? options.title : options.content
  return name === undefined ? 'shown' : printValue(name)
}

export function firstLine(text: string): string {
  const end = text.indexOf('\n')
  return end === -1 ? text : text.slice(0, end)
}
