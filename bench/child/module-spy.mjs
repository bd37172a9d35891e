// --import'ed by the faker probe: records every module this process resolves, through import (a
// resolve hook) and require (Module._load), into globalThis.__moduleLoads as { via, file }.
import Module, { register } from 'node:module'
import { MessageChannel } from 'node:worker_threads'

const loads = []
globalThis.__moduleLoads = loads
const { port1, port2 } = new MessageChannel()
port1.on('message', (url) => loads.push({ via: 'import', file: url }))
port1.unref()
register(new URL('./module-spy-hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] })

const load = Module._load
Module._load = function (request, parent, isMain) {
  const exports = load.apply(this, arguments)
  let file = request
  try {
    file = Module._resolveFilename(request, parent, isMain)
  } catch {}
  loads.push({ via: 'require', file })
  return exports
}
