/**
 * The log as a timeline: one line per call, with its popups, answers, settings visits and callbacks
 * indented under it. Entries stay in the order they happened. Callbacks arrive after the call, so an
 * earlier call's events can follow a later call; they are then printed under a "#n wx.api (continued)"
 * header, so every event line belongs, unambiguously, to the header above it.
 */
import type { CallEntry, LogEntry } from '../log'
import { EVENT_INDENT, callHeader, eventText, resumeHeader, type CallLabel } from './event-line'

export interface TimelineOptions {
  /** Only these calls (log ids) and their events; problems that no call caused are always kept. */
  readonly calls?: ReadonlySet<number>
  /** How a call is named (the host's labels: `wx.getLocation`, `<camera>`). */
  readonly callLabel?: CallLabel
}

/** Without the host's labels (a log printed on its own), a call is named by its API. */
const BARE: CallLabel = (api) => api

export const EMPTY_TIMELINE = '(no wx calls)'

export function renderTimeline(entries: readonly LogEntry[], options: TimelineOptions = {}): string {
  const { calls: only, callLabel = BARE } = options
  const lines: string[] = []
  const calls = new Map<number, { entry: CallEntry; ordinal: number }>()
  /** The call whose header is the latest printed, so whose events need no new header. */
  let current: number | undefined
  let shown = 0
  for (const entry of entries) {
    if (entry.type === 'call') {
      const numbered = { entry, ordinal: calls.size + 1 }
      calls.set(entry.id, numbered)
      if (only !== undefined && !only.has(entry.id)) continue
      lines.push(callHeader(entry, numbered.ordinal, callLabel))
      current = entry.id
      shown++
      continue
    }
    const owner = entry.call
    if (owner === undefined) {
      lines.push(eventText(entry, callLabel))
      current = undefined
      continue
    }
    if (only !== undefined && !only.has(owner)) continue
    if (owner !== current) {
      const call = calls.get(owner)
      lines.push(call === undefined ? `#? (call ${owner} is not in the log)` : resumeHeader(call.entry, call.ordinal, callLabel))
      current = owner
    }
    lines.push(EVENT_INDENT + eventText(entry, callLabel))
  }
  if (lines.length === 0) return only === undefined ? EMPTY_TIMELINE : '(no matching wx calls)'
  // Every call is shown when no filter is given.
  const hidden = calls.size - shown
  if (hidden > 0) lines.push(`(${hidden} other ${hidden === 1 ? 'call' : 'calls'} not shown)`)
  return lines.join('\n')
}
