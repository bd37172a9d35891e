/**
 * The marks fake-wx puts on its own objects (which fake a controller, log or user belongs to) stay hidden: a
 * spread copy or a printed object (console.log, a runner's diff) does not drag the whole fake along.
 */
import { inspect } from 'node:util'
import { fresh } from '../../support/fixtures'

describe("fake-wx's marks on the controller, its log and its user", () => {
  it('are not copied by a spread', () => {
    const fake = fresh()
    for (const object of [fake, fake.log, fake.user]) expect(Object.getOwnPropertySymbols({ ...object })).toEqual([])
  })

  it('are not printed', () => {
    const fake = fresh()
    for (const object of [fake, fake.log, fake.user]) expect(inspect(object, { depth: 0 })).not.toContain('fake-wx.')
  })
})
