/**
 * Which Vitest each Vitest entry serves, and the refusal that names the entry to write instead. That
 * the entries really refuse the other generation is proven against Vitest 3, 4 and 5 from the registry
 * by scripts/runner-matrix.mjs.
 */
import { checkVitestGeneration, installedVitestVersion, vitestEntryFor } from '../../../presets/vitest-generation'
import { messageOf } from '../../support/fixtures'

describe('the Vitest entries', () => {
  it('serve Vitest 5 and later with fake-wx/vitest, Vitest 3 and 4 with fake-wx/vitest-legacy, nothing older', () => {
    expect([2, 3, 4, 5, 6].map(vitestEntryFor)).toEqual([undefined, 'fake-wx/vitest-legacy', 'fake-wx/vitest-legacy', 'fake-wx/vitest', 'fake-wx/vitest'])
  })

  it('accept the Vitest they serve', () => {
    expect(() => checkVitestGeneration('fake-wx/vitest', '5.1.2')).not.toThrow()
    expect(() => checkVitestGeneration('fake-wx/vitest', '6.0.0-beta.1')).not.toThrow()
    expect(() => checkVitestGeneration('fake-wx/vitest-legacy', '3.2.7')).not.toThrow()
    expect(() => checkVitestGeneration('fake-wx/vitest-legacy', '4.1.12')).not.toThrow()
  })

  it('refuse the other generation, naming the entry to write and where', () => {
    expect(messageOf(() => checkVitestGeneration('fake-wx/vitest', '4.1.12'))).toBe(
      "[fake-wx] fake-wx/vitest serves Vitest 5 and later, and this project runs Vitest 4.1.12. Write 'fake-wx/vitest-legacy' instead, " +
        "in vitest.config (setupFiles: ['fake-wx/vitest-legacy']) and in tsconfig.json (compilerOptions.types), if it is there.",
    )
    expect(messageOf(() => checkVitestGeneration('fake-wx/vitest', '3.0.0'))).toContain("Write 'fake-wx/vitest-legacy' instead")
    expect(messageOf(() => checkVitestGeneration('fake-wx/vitest-legacy', '5.0.0'))).toBe(
      "[fake-wx] fake-wx/vitest-legacy serves Vitest 3 and 4, and this project runs Vitest 5.0.0. Write 'fake-wx/vitest' instead, " +
        "in vitest.config (setupFiles: ['fake-wx/vitest']) and in tsconfig.json (compilerOptions.types), if it is there.",
    )
  })

  it('refuse a Vitest older than 3 from either entry', () => {
    const message =
      '[fake-wx] fake-wx needs Vitest 3 or later; this project runs Vitest 2.1.9. Upgrade Vitest, or use fake-wx/auto and fakeWx.verify() in a setup file of your own.'
    expect(messageOf(() => checkVitestGeneration('fake-wx/vitest', '2.1.9'))).toBe(message)
    expect(messageOf(() => checkVitestGeneration('fake-wx/vitest-legacy', '2.1.9'))).toBe(message)
  })

  it('let an unknown version through: the check never stops a set-up it cannot judge', () => {
    expect(() => checkVitestGeneration('fake-wx/vitest', undefined)).not.toThrow()
    expect(() => checkVitestGeneration('fake-wx/vitest', 'workspace:*')).not.toThrow()
    expect(() => checkVitestGeneration('fake-wx/vitest-legacy', '')).not.toThrow()
  })

  it("read the version from Vitest's package.json, as resolved from the preset", () => {
    const asked: string[] = []
    expect(installedVitestVersion((id) => (asked.push(id), { version: '4.1.12' }))).toBe('4.1.12')
    expect(asked).toEqual(['vitest/package.json'])
    expect(installedVitestVersion(() => ({ version: 5 }))).toBeUndefined()
    expect(installedVitestVersion(() => ({}))).toBeUndefined()
    expect(
      installedVitestVersion(() => {
        throw new Error("Cannot find module 'vitest/package.json'")
      }),
    ).toBeUndefined()
  })
})
