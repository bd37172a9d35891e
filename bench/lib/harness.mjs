// The bench's tiny harness: statistics, child processes, the table. No dependencies.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BENCH = join(ROOT, 'bench')
/** Scratch space (gitignored): the staged package, generated suites, probes. */
export const TMP = join(ROOT, '.tmp', 'bench')
export const RESULTS = join(BENCH, 'results')

export function median(values) {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median absolute deviation relative to the median: a noise figure robust to outliers. */
export function relativeSpread(values) {
  const m = median(values)
  return median(values.map((v) => Math.abs(v - m))) / Math.abs(m)
}

const TICKS_PER_SECOND = 100 // USER_HZ: 100 on every Linux that Node supports

/**
 * CPU time (user + system, ms) used so far by this process's finished children and their own
 * finished children: Linux's cutime + cstime. Undefined elsewhere.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

/**
 * Runs `node args...` and resolves with its stdout, stderr and exit code. `json: true` parses the last
 * stdout line as JSON (children print their results as one JSON line) and rejects if the child failed.
 */
export function run(command, args, { cwd = ROOT, env, json = false, timeoutMs = 10 * 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const cpuBefore = childrenCpuMs()
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      const cpuAfter = childrenCpuMs()
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore
      if (!json) return resolve({ code, signal, stdout, stderr, wallMs, cpuMs })
      if (code !== 0) {
        return reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${stderr}${stdout}`.slice(0, 8000)))
      }
      const line = stdout.trim().split('\n').pop()
      try {
        resolve(JSON.parse(line))
      } catch {
        reject(new Error(`${command} ${args.join(' ')} printed no JSON result:\n${stdout}\n${stderr}`.slice(0, 8000)))
      }
    })
  })
}

/** Runs a child script of bench/child with these options (passed as JSON in BENCH_OPTIONS). */
export function runChild(script, options, { nodeArgs = [], node = process.execPath, cwd } = {}) {
  return run(node, [...nodeArgs, join(BENCH, 'child', script)], { cwd, env: { BENCH_OPTIONS: JSON.stringify(options) }, json: true })
}

export const fmt = {
  ns: (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} µs` : `${Math.round(v)} ns`),
  us: (v) => `${v.toFixed(v < 10 ? 2 : 1)} µs`,
  ms: (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`,
  ratio: (v) => `${v.toFixed(2)}×`,
  bytes: (v) => (Math.abs(v) >= 10_240 ? `${(v / 1024).toFixed(0)} KB` : `${Math.round(v)} B`),
}

/**
 * One table row. `pass` is true/false for a budget, null for a figure shown for context only.
 */
export function row(metric, subject, baseline, value, budget, pass, note) {
  return { metric, subject, baseline, value, budget, pass, note }
}

export function printTable(rows, out = console.log) {
  const header = ['metric', 'fake-wx', 'baseline', 'ratio / value', 'budget', 'result']
  const cells = rows.map((r) => [r.metric, r.subject, r.baseline, r.value, r.budget, r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL'])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)))
  const line = (c) => `| ${c.map((v, i) => String(v).padEnd(widths[i])).join(' | ')} |`
  out(line(header))
  out(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const c of cells) out(line(c))
}

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`)
}

export { dirname, join }
