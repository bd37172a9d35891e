/**
 * Model-based test: random sequences of user scripts, settings-page toggles, resets and API
 * calls, checked against a small reference model of  * a denied scope never prompts until the settings page enables it; a granted scope never prompts;
 * getSetting always equals the model; every popup has exactly one answer in the log.
 * Runs: FAKE_WX_MODEL_RUNS (default 1,000 sequences of up to 30 steps).
 */
import fc from 'fast-check'
import { createFakeWx, type FakeWx, type Scope } from 'fake-wx'

const RUNS = Number(process.env.FAKE_WX_MODEL_RUNS ?? 1000)

/** Scopes with a popup and one gated API each (options that pass the parameter check). */
const GATED: Readonly<Record<string, readonly [string, Record<string, unknown>]>> = {
  'scope.userLocation': ['getLocation', {}],
  'scope.record': ['joinVoIPChat', { groupId: 'g', nonceStr: 'n', timeStamp: 1, signature: 's' }],
  'scope.writePhotosAlbum': ['saveImageToPhotosAlbum', { filePath: 'x' }],
  'scope.werun': ['getWeRunData', {}],
  'scope.bluetooth': ['openBluetoothAdapter', {}],
}
const SCOPES = Object.keys(GATED) as Scope[]

interface Model {
  decisions: Map<Scope, boolean>
  answers: Map<Scope, 'allow' | 'deny'>
  toggles: Map<Scope, boolean>
}

type Real = { fake: FakeWx }
type Command = fc.AsyncCommand<Model, Real>

function popups(real: Real): number {
  return real.fake.log.prompts().length
}

class Script implements Command {
  constructor(readonly scope: Scope, readonly answer: 'allow' | 'deny') {}
  check = () => true
  async run(model: Model, real: Real) {
    model.answers.set(this.scope, this.answer)
    if (this.answer === 'allow') real.fake.user.willAllow(this.scope)
    else real.fake.user.willDeny(this.scope)
  }
  toString = () => `user.will${this.answer === 'allow' ? 'Allow' : 'Deny'}(${this.scope})`
}

class Toggle implements Command {
  constructor(readonly scope: Scope, readonly on: boolean) {}
  check = () => true
  async run(model: Model, real: Real) {
    model.toggles.set(this.scope, this.on)
    if (this.on) real.fake.user.inSettings.willEnable(this.scope)
    else real.fake.user.inSettings.willDisable(this.scope)
  }
  toString = () => `inSettings.will${this.on ? 'Enable' : 'Disable'}(${this.scope})`
}

class OpenSetting implements Command {
  check = () => true
  async run(model: Model, real: Real) {
    const before = popups(real)
    const res = (await real.fake.user.tap(() => real.fake.wx.openSetting!())) as unknown as { authSetting: Record<string, boolean> }
    // The page lists only asked scopes; standing toggles apply on every visit.
    for (const [scope, on] of model.toggles) if (model.decisions.has(scope)) model.decisions.set(scope, on)
    expect(res.authSetting).toEqual(Object.fromEntries(model.decisions))
    expect(popups(real)).toBe(before)
  }
  toString = () => 'openSetting'
}

class CallApi implements Command {
  constructor(readonly scope: Scope, readonly viaAuthorize: boolean) {}
  check = () => true
  async run(model: Model, real: Real) {
    const [api, options] = GATED[this.scope]!
    const before = popups(real)
    const promise = this.viaAuthorize ? real.fake.wx.authorize!({ scope: this.scope }) : real.fake.wx[api]!(options)
    const ok = await (promise as Promise<unknown>).then(
      () => true,
      () => false,
    )
    const decision = model.decisions.get(this.scope)
    if (decision === undefined) {
      const answer = model.answers.get(this.scope)
      expect(popups(real)).toBe(before + 1)
      if (answer !== undefined) {
        model.decisions.set(this.scope, answer === 'allow')
        expect(ok).toBe(answer === 'allow')
      } else expect(ok).toBe(false) // unscripted: the 'deny' policy below
      if (answer === undefined) model.decisions.set(this.scope, false)
    } else {
      expect(popups(real)).toBe(before) // granted and denied never prompt
      expect(ok).toBe(decision)
    }
  }
  toString = () => `${this.viaAuthorize ? 'authorize' : GATED[this.scope]![0]}(${this.scope})`
}

class GetSetting implements Command {
  check = () => true
  async run(model: Model, real: Real) {
    const res = (await real.fake.wx.getSetting!()) as unknown as { authSetting: Record<string, boolean> }
    expect(res.authSetting).toEqual(Object.fromEntries(model.decisions))
  }
  toString = () => 'getSetting'
}

class Reset implements Command {
  check = () => true
  async run(model: Model, real: Real) {
    real.fake.reset()
    model.decisions.clear()
    model.answers.clear()
    model.toggles.clear()
    expect(real.fake.log.entries).toHaveLength(0)
  }
  toString = () => 'reset'
}

const scopeArb = fc.constantFrom(...SCOPES)
const commands = fc.commands(
  [
    fc.tuple(scopeArb, fc.constantFrom('allow' as const, 'deny' as const)).map(([s, a]) => new Script(s, a)),
    fc.tuple(scopeArb, fc.boolean()).map(([s, on]) => new Toggle(s, on)),
    fc.constant(new OpenSetting()),
    fc.tuple(scopeArb, fc.boolean()).map(([s, viaAuthorize]) => new CallApi(s, viaAuthorize)),
    fc.constant(new GetSetting()),
    fc.constant(new Reset()),
  ],
  { maxCommands: 30 },
)

// rule: SCOPE-UNASKED-PROMPTS, SCOPE-GRANTED-NO-POPUP, SCOPE-DENIED-NO-POPUP, SETTINGS-ONLY-ASKED, SETTINGS-PAGE-ONLY-ASKED
it(`the fake follows the model under random scripts, toggles, resets and calls (${RUNS} sequences)`, async () => {
  await fc.assert(
    fc.asyncProperty(commands, fc.constantFrom('ios', 'android') as fc.Arbitrary<'ios' | 'android'>, async (cmds, platform) => {
      const fake = createFakeWx({ platform, onUnscriptedPrompt: 'deny' })
      await fc.asyncModelRun(() => ({ model: { decisions: new Map(), answers: new Map(), toggles: new Map() }, real: { fake } }), cmds)
      // Every popup has exactly one answer in the log.
      const entries = fake.log.entries
      for (const popup of entries.filter((e) => e.type === 'popup')) {
        expect(entries.filter((e) => e.type === 'answer' && e.popup === popup.id)).toHaveLength(1)
      }
    }),
    { numRuns: RUNS },
  )
}, 120_000)
