// Jest's global setup: refuse to run on a stale dist/. Most of the Jest suite imports the built package
// (jest.config.js maps fake-wx to dist/), so after an edit to src/, matchers/ or presets/ without a
// rebuild it would test the old code and could pass. `npm test` builds first, so there it never fires.
//
// "Stale" is decided by content, not file times: the build records a hash of every source file and this
// compares them (scripts/lib/build.mjs says why).
import { staleReason } from '../../scripts/lib/build.mjs'

export default function distGuard() {
  const reason = staleReason()
  if (reason === undefined) return
  const error = new Error(`dist/ is older than src/: run npm run build\n  (${reason})`)
  // The stack would point here, which says nothing more than the message.
  error.stack = error.message
  throw error
}
