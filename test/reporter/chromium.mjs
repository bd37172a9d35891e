// Opens a page in headless Chromium (the distribution's package: `apt-get install chromium`) and evaluates
// an expression in it, through the DevTools protocol on a pipe (--remote-debugging-pipe: no port, no
// WebSocket, no Playwright). Used to check that the reporter's HTML page renders as intended in a real browser.
//
//   const value = await evaluateInChromium(file, 'document.title', { screenshot: 'page.png' })
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

/** The browser binary: $CHROMIUM, else the first candidate on PATH. */
export function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM
  for (const name of CANDIDATES) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
    if (found.status === 0 && found.stdout.trim() !== '') return found.stdout.trim()
  }
  return undefined
}

/** Evaluates `expression` (its value must be JSON) in `file` once it has loaded; optionally saves a screenshot. */
export async function evaluateInChromium(file, expression, { screenshot, timeoutMs = 60_000 } = {}) {
  const binary = findChromium()
  if (binary === undefined) {
    throw new Error(
      'No Chromium found to check the HTML page in a browser. Install the distribution package (Debian: apt-get install -y chromium) or set CHROMIUM to its path.',
    )
  }
  const profile = mkdtempSync(join(tmpdir(), 'fake-wx-chromium-'))
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank']
  const browser = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] })
  let stderr = ''
  browser.stdio[2].on('data', (chunk) => (stderr += chunk))
  const pending = new Map()
  const listeners = []
  let nextId = 1
  let buffer = ''
  browser.stdio[4].on('data', (chunk) => {
    buffer += chunk
    let end
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end))
      buffer = buffer.slice(end + 1)
      if (message.id !== undefined && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id)
        pending.delete(message.id)
        if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`))
        else resolve(message.result)
      } else for (const listener of listeners) listener(message)
    }
  })
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      browser.stdio[3].write(`${JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) })}\0`)
    })
  const exited = new Promise((resolve) => browser.on('exit', resolve))
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not answer within ${timeoutMs} ms.\n${stderr}`)), timeoutMs)
  })
  try {
    return await Promise.race([
      timeout,
      exited.then((code) => {
        throw new Error(`Chromium exited (${code}) before the page was checked.\n${stderr}`)
      }),
      (async () => {
        const { targetId } = await send('Target.createTarget', { url: 'about:blank' })
        const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true })
        await send('Page.enable', {}, sessionId)
        const loaded = new Promise((resolve) => listeners.push((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired' && resolve()))
        await send('Page.navigate', { url: pathToFileURL(file).href }, sessionId)
        await loaded
        const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)
        if (exceptionDetails) throw new Error(`The page's check threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
        if (screenshot) {
          const { data } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId)
          writeFileSync(screenshot, Buffer.from(data, 'base64'))
        }
        await send('Browser.close').catch(() => undefined)
        return result.value
      })(),
    ])
  } finally {
    clearTimeout(timer)
    if (browser.exitCode === null) browser.kill()
    await exited
    rmSync(profile, { recursive: true, force: true })
  }
}
