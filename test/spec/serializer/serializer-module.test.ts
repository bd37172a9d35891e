/** fake-wx/serializer as the runners load it: `snapshotSerializers` entries and addSnapshotSerializer. */
import { createFakeWx } from 'fake-wx'
import * as serializerModule from 'fake-wx/serializer'
import serializer from 'fake-wx/serializer'

describe('fake-wx/serializer', () => {
  const fake = createFakeWx()

  it('is a pretty-format plugin as a module (Jest) and as its default export (Vitest)', () => {
    for (const plugin of [serializerModule, serializer]) {
      expect(typeof plugin.test).toBe('function')
      expect(typeof plugin.serialize).toBe('function')
    }
    expect(serializer.test).toBe(serializerModule.test)
  })

  it('recognises logs and controllers by brand only', () => {
    expect(serializer.test(fake.log)).toBe(true)
    expect(serializer.test(fake)).toBe(true)
    for (const other of [fake.wx, fake.user, fake.wx.getLocation, { entries: [] }, null, undefined, 'log', 42]) {
      expect(serializer.test(other)).toBe(false)
    }
    // A log of another copy of fake-wx (ESM and CJS side by side) carries the same brand.
    const brand = Symbol.for('fake-wx.controller')
    const foreignLog = { entries: [] }
    const foreignController = { log: foreignLog }
    Object.defineProperty(foreignLog, brand, { value: foreignController })
    expect(serializer.test(foreignLog)).toBe(true)
  })

  it('serializes to the timeline text', () => {
    expect(serializer.serialize(fake.log, {}, '')).toBe('(no wx calls)')
  })
})
