// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time goes: self time per source file
// and per function, mapped back to src/*.ts through dist's source maps. No dependencies.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ROOT } from './harness.mjs'

// ---- source maps (VLQ "mappings", version 3) -----------------------------------------------------

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]))

function decodeMappings(mappings) {
  const lines = []
  let source = 0
  let origLine = 0
  let origCol = 0
  for (const lineText of mappings.split(';')) {
    const segments = []
    let genCol = 0
    for (const segText of lineText.split(',')) {
      if (segText === '') continue
      const values = []
      let value = 0
      let shift = 0
      for (const ch of segText) {
        const digit = B64.get(ch)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      genCol += values[0]
      if (values.length >= 4) {
        source += values[1]
        origLine += values[2]
        origCol += values[3]
        segments.push([genCol, source, origLine])
      }
    }
    lines.push(segments)
  }
  return lines
}

const maps = new Map()
function sourceMapFor(file) {
  if (!maps.has(file)) {
    let map = null
    if (existsSync(`${file}.map`)) {
      const raw = JSON.parse(readFileSync(`${file}.map`, 'utf8'))
      map = { sources: raw.sources.map((s) => resolve(dirname(file), raw.sourceRoot ?? '', s)), lines: decodeMappings(raw.mappings) }
    }
    maps.set(file, map)
  }
  return maps.get(file)
}

/** Where a generated position comes from: { file, line } in the original sources, when mapped. */
function originalPosition(file, line, column) {
  const map = sourceMapFor(file)
  const segments = map?.lines[line]
  if (!segments || segments.length === 0) return undefined
  let found = segments[0]
  for (const seg of segments) {
    if (seg[0] > column) break
    found = seg
  }
  return { file: map.sources[found[1]], line: found[2] + 1 }
}

/**
 * A readable place for a profile frame: a repo-relative source path for our code (mapped from
 * dist/ to src/ when possible), the package name for dependencies, or V8's pseudo-frames.
 */
function place(frame, stagedPkgDir) {
  const { url, lineNumber, columnNumber, functionName } = frame
  if (url === '') return { file: `(${functionName.replace(/[()]/g, '')})`, fn: functionName, line: 0 }
  if (url.startsWith('node:')) return { file: 'node internals', fn: functionName || '(anonymous)', line: lineNumber + 1 }
  let file = url.startsWith('file:') ? fileURLToPath(url) : url
  let line = lineNumber + 1
  const mapped = originalPosition(file, lineNumber, columnNumber)
  if (mapped !== undefined) {
    file = mapped.file
    line = mapped.line
  }
  // The staged copy's dist maps to ../src next to it: re-anchor at the repo.
  if (stagedPkgDir !== undefined && file.startsWith(`${stagedPkgDir}/`)) file = join(ROOT, relative(stagedPkgDir, file))
  if (file.startsWith(ROOT)) file = relative(ROOT, file)
  if (file.endsWith('faker-zh-cn.cjs')) file = 'dist/faker-zh-cn.cjs (faker, minified)'
  const nm = file.lastIndexOf('node_modules/')
  if (nm >= 0) file = file.slice(nm + 13).split('/').slice(0, file.slice(nm + 13).startsWith('@') ? 2 : 1).join('/')
  return { file, fn: functionName || '(anonymous)', line }
}

/**
 * Summarises a profile. `include`: keep only samples with a frame of this function name on the stack;
 * `exclude`: drop samples with one. Returns { totalMs, files: [{ name, share }], functions: [...] }.
 */
export function summarize(profileFile, { stagedPkgDir, include, exclude } = {}) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const stackHas = (id, name) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === name) return true
    return false
  }
  const ticks = new Map()
  const deltas = profile.timeDeltas
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]
    const dt = deltas[i + 1] ?? 0 // a sample's duration is the gap to the next one
    ticks.set(id, (ticks.get(id) ?? 0) + dt)
  }
  const files = new Map()
  const functions = new Map()
  const inclusive = new Map()
  const keyOf = (p) => `${p.fn} (${p.file}${p.line > 0 && !p.file.startsWith('(') ? `:${p.line}` : ''})`
  let total = 0
  for (const [id, us] of ticks) {
    const node = byId.get(id)
    if (node.callFrame.functionName === '(idle)') continue
    if (include !== undefined && !stackHas(id, include)) continue
    if (exclude !== undefined && stackHas(id, exclude)) continue
    const p = place(node.callFrame, stagedPkgDir)
    files.set(p.file, (files.get(p.file) ?? 0) + us)
    functions.set(keyOf(p), (functions.get(keyOf(p)) ?? 0) + us)
    // Inclusive time of fake-wx's own functions (each counted once per sample, recursion or not).
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const q = place(byId.get(at).callFrame, stagedPkgDir)
      if (!q.file.startsWith('src/')) continue
      const key = keyOf(q)
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + us)
    }
    total += us
  }
  const ranked = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, share: us / total, ms: us / 1000 }))
  return { totalMs: total / 1000, files: ranked(files), functions: ranked(functions), inclusive: ranked(inclusive) }
}

export function latestProfile(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()
  return files.length === 0 ? undefined : join(dir, files[files.length - 1])
}

export function formatSummary(title, summary, { files = 10, functions = 15 } = {}) {
  const pct = (s) => `${(100 * s).toFixed(1).padStart(5)}%`
  const out = [`${title} (${summary.totalMs.toFixed(0)} ms sampled, self time)`, '  by file:']
  for (const f of summary.files.slice(0, files)) out.push(`    ${pct(f.share)}  ${f.name}`)
  out.push('  by function:')
  for (const f of summary.functions.slice(0, functions)) out.push(`    ${pct(f.share)}  ${f.name}`)
  if (summary.inclusive?.length > 0) {
    out.push('  fake-wx functions, inclusive (with everything they call):')
    for (const f of summary.inclusive.slice(0, 12)) out.push(`    ${pct(f.share)}  ${f.name}`)
  }
  return out.join('\n')
}

/**
 * Where a whole run's time goes, over several profiles (one per process): each sample is charged to
 * the innermost frame of fake-wx's own code on its stack (src/ files through the source maps, the
 * faker bundle), so what fake-wx calls into (require and compile of its modules, Node internals)
 * counts as fake-wx's. Samples with no fake-wx frame are "runner and test code", GC as "(garbage
 * collector)". Returns { totalMs, ownMs, files, functions } with files/functions over own time.
 */
export function attribute(profileFiles, { stagedPkgDir }) {
  let total = 0
  let own = 0
  const buckets = new Map()
  const files = new Map()
  const functions = new Map()
  const ours = (p) => p.file.startsWith('src/') || p.file.startsWith('presets/') || p.file.startsWith('matchers/') || p.file.startsWith('dist/')
  for (const profileFile of profileFiles) {
    const profile = JSON.parse(readFileSync(profileFile, 'utf8'))
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map()
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
    const placeCache = new Map()
    const placeOf = (id) => {
      if (!placeCache.has(id)) placeCache.set(id, place(byId.get(id).callFrame, stagedPkgDir))
      return placeCache.get(id)
    }
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i]
      const us = profile.timeDeltas[i + 1] ?? 0
      const leaf = byId.get(id).callFrame.functionName
      if (leaf === '(idle)') continue
      total += us
      let owner
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const p = placeOf(at)
        if (ours(p)) {
          owner = p
          break
        }
      }
      if (owner === undefined) {
        const bucket = leaf === '(garbage collector)' ? '(garbage collector)' : 'runner, test code, node'
        buckets.set(bucket, (buckets.get(bucket) ?? 0) + us)
        continue
      }
      own += us
      files.set(owner.file, (files.get(owner.file) ?? 0) + us)
      const key = `${owner.fn} (${owner.file}:${owner.line})`
      functions.set(key, (functions.get(key) ?? 0) + us)
    }
  }
  const ranked = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, share: us / own }))
  return { totalMs: total / 1000, ownMs: own / 1000, buckets: ranked(buckets).map((b) => ({ ...b, share: (b.ms * 1000) / total })), files: ranked(files), functions: ranked(functions) }
}

export function allProfiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f))
}
