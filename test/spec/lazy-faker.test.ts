/**
 * faker loads lazily (it must not load until result data is first needed): not on import,
 * creation or reseed, not for number-only data, only on the first name. Alone in its file, because
 * whether faker is loaded is module state: each test file gets fresh modules under both runners, so the
 * check holds in any test order (--sequence.shuffle, --randomize).
 */
import { createResultData } from '../../src/data/result-data'
import { isFakerLoaded } from '../../src/data/load-faker'

const loadedAfterImport = isFakerLoaded()
const untouched = createResultData(7)
untouched.reseed()
const loadedAfterCreateAndReseed = isFakerLoaded()

it('loads faker on the first name, not on import, creation, reseed or number-only data', () => {
  expect(loadedAfterImport).toBe(false)
  expect(loadedAfterCreateAndReseed).toBe(false)
  untouched.location('wgs84', false)
  untouched.weRun()
  untouched.tempFilePath('png')
  expect(isFakerLoaded()).toBe(false)
  untouched.address()
  expect(isFakerLoaded()).toBe(true)
})
