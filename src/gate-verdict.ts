/**
 * A remembered "every gate let the call through at once", per API. A granted getLocation is what a test
 * suite calls most, and its gates (app.json, privacy, the scope, the OS) cost 60-70 ns a call through
 * the step closures, more than the rest of the pipeline together (bench part 1). Their verdict depends
 * only on the engine's state, never on the call, so while that state is unchanged the verdict is too.
 *
 * The state a passing verdict reads:
 * - the options object (app.json, privacy.undeclared, system, platform): replaced, never mutated, since
 *   resolveOptions freezes what it keeps (src/options.ts);
 * - the scopes' decisions: AuthState.version, bumped by every change;
 * - the privacy agreement: PrivacyState.version, bumped whenever needAuthorization is set.
 *
 * Versions only grow, so a verdict recorded for a state that has since changed can never hold again.
 * Only passes are remembered: a failure or a popup always runs the gates, which log and answer as usual.
 */
import type { Engine } from './engine'
import type { ResolvedOptions } from './options'

export class GateVerdict {
  #engine: Engine | undefined = undefined
  #options: ResolvedOptions | undefined = undefined
  #auth = -1
  #privacy = -1
  /** What observe() saw, kept by commit() once every gate has passed. */
  #seenOptions: ResolvedOptions | undefined = undefined
  #seenAuth = -1
  #seenPrivacy = -1

  /** The gates passed at once in the engine's current state. */
  holds(engine: Engine): boolean {
    return this.#engine === engine && this.#options === engine.options && this.#auth === engine.auth.version && this.#privacy === engine.privacy.version
  }

  /** The gates are about to run: note the state they will see. */
  observe(engine: Engine): void {
    this.#seenOptions = engine.options
    this.#seenAuth = engine.auth.version
    this.#seenPrivacy = engine.privacy.version
  }

  /**
   * Every gate passed, in the same synchronous run as observe(): remember it for that state. (A gate may
   * change the state as it passes, granting a scope that needs no dialog; the state observed then never
   * comes back, and the next call records the new one.)
   */
  commit(engine: Engine): void {
    this.#engine = engine
    this.#options = this.#seenOptions
    this.#auth = this.#seenAuth
    this.#privacy = this.#seenPrivacy
  }
}
