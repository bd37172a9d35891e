#!/usr/bin/env node
// Makes `fake-wx` resolve, inside examples/, to this repository as npm would install it: a link
// examples/node_modules/fake-wx -> the repository root. Node, Jest and Vitest then resolve 'fake-wx',
// 'fake-wx/vitest', ... through package.json "exports" to dist/, exactly as in a user's project.
//
// Why a link rather than examples/package.json depending on "fake-wx": "file:..": `npm ci` at the root
// does not install examples/, so a file: dependency would need a second install (and lockfile) that
// CI and the demo must remember to run. The link is made by the scripts that use it (test-examples,
// demo), needs no network, and always points at the current build. Idempotent.
import { lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export function linkSelf(project = join(root, 'examples')) {
  const modules = join(project, 'node_modules')
  const link = join(modules, 'fake-wx')
  // Windows: a junction needs no privilege and takes an absolute target.
  const target = process.platform === 'win32' ? root : relative(modules, root) || '.'
  const existing = lstatSync(link, { throwIfNoEntry: false })
  if (existing?.isSymbolicLink()) {
    if (readlinkSync(link) === target) return link
    unlinkSync(link) // the link only, never what it points at
  } else if (existing !== undefined) {
    rmSync(link, { recursive: true }) // a copy of the package (e.g. unpacked by hand)
  }
  mkdirSync(modules, { recursive: true })
  symlinkSync(target, link, 'junction')
  return link
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`linked ${relative(root, linkSelf())} -> ${relative(join(root, 'examples/node_modules'), root) || '.'}`)
}
