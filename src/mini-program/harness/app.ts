/**
 * One launched mini program: its App, its page stack, the tab pages kept alive, the components the test
 * mounted, and the routes between pages, run in WeChat's order. The test drives it through the `MiniProgram`
 * object (`mp.*`); the app's own `wx.navigateTo` & co. reach it through `route()`. Rules: NAV-*, LIFECYCLE-*.
 */
import { FakeWxError } from 'fake-wx'
import { fail, ok, type Call, type Outcome } from '../../api-record'
import { COMPONENT_PATH, CONTROLLER, brand } from '../../brand'
import type { Engine } from '../../engine'
import { didYouMean, errorDetail } from '../../errors'
import type { LifecycleOwner, NewEntry, RouteKind } from '../../log'
import type { Failure } from '../../outcomes'
import { currentApp, loadingIn, setCurrentApp, type GlobalsTarget } from '../globals'
import type { ModuleLoader } from '../module-loader'
import type { EnterOptions, NavigationRuntime } from '../state'
import type { MiniProgram, MountOptions, ShareOptions } from '../types'
import type { AppConfig } from './app-config'
import { componentModel, type ComponentModel, type Hook, type PageLifetime } from './component-model'
import { EventChannel } from './event-channel'
import {
  applyProperties,
  createComponent,
  createComponentPage,
  createPage,
  firePageLifetime,
  type ComponentRecord,
  type Instance,
  type InstanceHost,
} from './instances'
import { resolveUrl, rootUrl, type PageUrl } from './url'

/** WeChat keeps at most ten pages on the stack (rule NAV-STACK-LIMIT). */
export const STACK_LIMIT = 10

type DefinedKind = 'App' | 'Page' | 'Component'

interface Loading {
  readonly kind: 'app' | 'page' | 'component'
  readonly path: string
  defined: { readonly kind: DefinedKind; readonly definition: Readonly<Record<string, unknown>> } | undefined
}

/** What a page module defined: a `Page({...})` object or a `Component({...})` model. */
type PageModel = { readonly kind: 'Page'; readonly definition: Readonly<Record<string, unknown>> } | { readonly kind: 'Component'; readonly model: ComponentModel }

interface PageRecord {
  readonly route: string
  readonly instance: Instance
  /** Set for a page made with Component(): the component behind it. */
  readonly component: ComponentRecord | undefined
  /** Components the test mounted on this page. */
  readonly components: ComponentRecord[]
}

/** What a route did: the page on top now, the opener's EventChannel end (navigateTo), whether the page is new. */
interface Routed {
  readonly page: PageRecord
  readonly opener: EventChannel | undefined
  readonly opened: boolean
}

/** A route the app or the test asked for, checked before anything runs. */
type Checked = { readonly ok: true; readonly target: PageUrl } | { readonly ok: false; readonly failure: Failure; readonly detail?: string }

const PAGE_HOOKS = ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload', 'onPullDownRefresh', 'onReachBottom', 'onPageScroll', 'onShareAppMessage'] as const
type PageHook = (typeof PAGE_HOOKS)[number]

/** What the test misused, said as WeChat would fail it and what to write instead. */
const MP_FAILURES: Readonly<Partial<Record<Failure, (route: string) => string>>> = {
  'navigate-to-tabbar': (route) => `${route} is a tabBar page: open it with mp.switchTab('${route}') (or mp.reLaunch).`,
  'redirect-to-tabbar': (route) => `${route} is a tabBar page: open it with mp.switchTab('${route}') (or mp.reLaunch).`,
  'switch-to-non-tabbar': (route) => `${route} is not in app.json's tabBar: open it with mp.navigateTo or mp.reLaunch.`,
  'page-stack-limit': () => `the page stack already holds ${STACK_LIMIT} pages, WeChat's limit: go back first, or use mp.redirectTo.`,
  'navigate-back-first-page': () => 'only one page is open, so there is no page to go back to.',
}

const ERR_TEXT: Readonly<Partial<Record<Failure, string>>> = {
  'navigate-to-tabbar': 'can not navigateTo a tabbar page',
  'redirect-to-tabbar': 'can not redirectTo a tabbar page',
  'switch-to-non-tabbar': 'can not switch to no-tabBar page',
  'page-stack-limit': 'webview count limit exceed',
  'navigate-back-first-page': 'cannot navigate back at first page',
}

export class AppRuntime implements GlobalsTarget, NavigationRuntime, InstanceHost {
  readonly config: AppConfig
  readonly engine: Engine
  readonly #loader: ModuleLoader
  readonly #generation: number
  #disposed = false
  #app: Record<string, unknown> | undefined
  #defaultApp: Record<string, unknown> | undefined
  readonly #stack: PageRecord[] = []
  /** Tab pages opened and not closed since: hidden ones stay alive off the stack. */
  readonly #tabs = new Map<string, PageRecord>()
  readonly #pageModels = new Map<string, PageModel>()
  readonly #componentModels = new Map<string, ComponentModel>()
  #loading: Loading | undefined
  /** Route work runs one at a time (a page module loading is the only wait in it). */
  #lock: Promise<unknown> = Promise.resolve()
  /** What lifecycles returned that has not settled yet. */
  readonly #pending: Promise<unknown>[] = []
  /** The app's route call being handled, for the log. */
  #call: number | undefined
  #hidden = false
  #reportingToOnError = false
  launchOptions: EnterOptions | undefined

  /** The controller, which the component instances carry for the matchers. */
  readonly #controller: object

  constructor(engine: Engine, config: AppConfig, loader: ModuleLoader, controller: object) {
    this.engine = engine
    this.#controller = controller
    this.config = config
    this.#loader = loader
    this.#generation = engine.generation
  }

  // ---- InstanceHost -------------------------------------------------------------------------------------

  get live(): boolean {
    return !this.#disposed && this.engine.generation === this.#generation
  }

  /** Logs for this app while it lives: work of an ended app still under way (a route awaiting its page module when
   *  fakeWx.reset() ran) must not write into the next test's log. */
  log(entry: NewEntry): void {
    if (this.live) this.engine.log.add(entry)
  }

  defer(job: () => void): void {
    this.engine.scheduler.defer(job)
  }

  fire(owner: LifecycleOwner, target: string, hook: string, fns: readonly Hook[], self: object, args: readonly unknown[]): void {
    if (!this.live) return
    const entry: NewEntry = args.length === 0 ? { type: 'lifecycle', call: this.#call, owner, target, hook } : { type: 'lifecycle', call: this.#call, owner, target, hook, args: args[0] }
    this.engine.log.add(entry)
    for (const fn of fns) {
      let returned: unknown
      try {
        returned = fn.apply(self, args as unknown[])
      } catch (error) {
        this.report(error, `${owner === 'app' ? 'App' : target} ${hook}`)
        continue
      }
      if (typeof (returned as PromiseLike<unknown> | undefined)?.then === 'function') {
        this.#pending.push(Promise.resolve(returned).catch((error: unknown) => this.report(error, `${owner === 'app' ? 'App' : target} ${hook} (rejected)`)))
      }
    }
  }

  report(error: unknown, where: string): void {
    const detail = errorDetail(error)
    if (this.live) this.engine.problem(this.#call, 'callback-threw', `${where} threw: ${detail}`)
    // WeChat hands script errors to App.onError (rule LIFECYCLE-APP-ONERROR); an error in onError itself is not sent back.
    const onError = this.#app?.onError
    if (typeof onError !== 'function' || this.#reportingToOnError) return
    this.#reportingToOnError = true
    try {
      onError.call(this.#app, detail)
    } catch (inner) {
      this.report(inner, 'App onError')
    } finally {
      this.#reportingToOnError = false
    }
  }

  // ---- GlobalsTarget --------------------------------------------------------------------------------------

  define(kind: DefinedKind, definition: unknown): void {
    const loading = this.#loading
    if (loading === undefined) {
      throw new FakeWxError(`${kind}() was called outside the loading of a page, a component or app.js; the harness calls it when it opens a page (mp.reLaunch) or mounts a component (mp.mountComponent).`)
    }
    const file = loading.kind === 'app' ? 'app.js' : loading.path
    if (kind === 'App' && loading.kind !== 'app') throw new FakeWxError(`${file} called App(); App({...}) belongs in app.js, once.`)
    if (kind !== 'App' && loading.kind === 'app') throw new FakeWxError(`app.js called ${kind}(); app.js calls App({...}), and each page its own ${kind}({...}).`)
    if (kind === 'Page' && loading.kind === 'component') throw new FakeWxError(`${file} called Page(), but mountComponent needs a component: a module that calls Component({...}).`)
    if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
      throw new FakeWxError(`${file}: ${kind}(definition) expects an object, such as ${kind}({ data: {} }), got ${definition === null ? 'null' : Array.isArray(definition) ? 'an array' : typeof definition}.`)
    }
    if (loading.defined !== undefined) {
      throw new FakeWxError(`${file} called ${loading.defined.kind}() and then ${kind}(); a module defines one ${loading.kind === 'app' ? 'App' : loading.kind} with one call.`)
    }
    loading.defined = { kind, definition: definition as Readonly<Record<string, unknown>> }
  }

  getApp(options: unknown): unknown {
    if (this.#app !== undefined) return this.#app
    // getApp({ allowDefault: true }) before App(): an object App() later merges into (base library 2.2.4).
    if ((options as { allowDefault?: unknown } | undefined)?.allowDefault === true) return (this.#defaultApp ??= {})
    return undefined
  }

  getCurrentPages(): unknown[] {
    return this.#stack.map((page) => page.instance)
  }

  // ---- loading ---------------------------------------------------------------------------------------------

  async #load(kind: Loading['kind'], path: string, file: string): Promise<NonNullable<Loading['defined']>> {
    const loading: Loading = { kind, path, defined: undefined }
    this.#loading = loading
    const done = loadingIn(this)
    try {
      await this.#loader.load(file)
    } finally {
      this.#loading = undefined
      done()
    }
    if (loading.defined === undefined) {
      const expected = kind === 'app' ? 'App({...})' : kind === 'page' ? 'Page({...}) or Component({...})' : 'Component({...})'
      throw new FakeWxError(
        `${file} did not call ${expected} when it was loaded. If it does, the module loader returned it from a cache: the loader in use must give each launch fresh modules (the presets' loaders and the plain Node one do; see setModuleLoader).`,
      )
    }
    return loading.defined
  }

  /** Runs app.js (its App() call) and the launch's onLaunch and onShow. */
  async start(options: EnterOptions): Promise<void> {
    const file = this.config.moduleFile('app')
    if (file === undefined) throw new FakeWxError(`launch(): ${this.config.root} has app.json but no app.js (nor app.ts); WeChat needs app.js to call App({...}).`)
    const { definition } = await this.#load('app', 'app', file)
    const app = this.#defaultApp ?? {}
    Object.assign(app, definition)
    this.#app = app
    this.launchOptions = options
    this.fire('app', 'app', 'onLaunch', hooksOf(app.onLaunch), app, [{ ...options }])
    this.#showApp(options)
    await this.#settled()
  }

  #showApp(options: EnterOptions): void {
    const app = this.#app!
    this.fire('app', 'app', 'onShow', hooksOf(app.onShow), app, [{ ...options }])
    for (const hook of this.engine.miniProgram.appEventHooks) this.#safely(() => hook({ type: 'show', options }), 'an onAppShow hook')
  }

  #safely(fn: () => void, where: string): void {
    try {
      fn()
    } catch (error) {
      this.report(error, where)
    }
  }

  async #pageModel(route: string): Promise<PageModel> {
    let model = this.#pageModels.get(route)
    if (model !== undefined) return model
    const file = this.config.moduleFile(route)
    if (file === undefined) throw new FakeWxError(`${route} is a page of app.json, but ${this.config.root}/${route}.js does not exist (nor .ts, .mjs, .cjs).`)
    const { kind, definition } = await this.#load('page', route, file)
    model = kind === 'Page' ? { kind, definition } : { kind: 'Component', model: componentModel(route, definition) }
    this.#pageModels.set(route, model)
    return model
  }

  async #componentModel(path: string): Promise<ComponentModel> {
    let model = this.#componentModels.get(path)
    if (model !== undefined) return model
    const file = this.config.moduleFile(path)
    if (file === undefined) {
      throw new FakeWxError(
        `mountComponent('${path}'): there is no ${this.config.root}/${path}.js (nor .ts, .mjs, .cjs). The path is from the mini program's root, as usingComponents writes it without the leading /: 'components/t-location/index'.`,
      )
    }
    model = componentModel(path, (await this.#load('component', path, file)).definition)
    this.#componentModels.set(path, model)
    return model
  }

  /** One route or mount at a time, in the order asked. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(work, work)
    this.#lock = run.catch(() => {})
    return run
  }

  // ---- pages and their lifecycles --------------------------------------------------------------------------

  #hook(page: PageRecord, hook: PageHook, args: readonly unknown[] = []): void {
    const fn = page.instance[hook]
    this.fire('page', page.route, hook, typeof fn === 'function' ? [fn as Hook] : [], page.instance, args)
  }

  #componentLifetime(record: ComponentRecord, name: 'created' | 'attached' | 'ready' | 'detached'): void {
    this.fire('component', record.path, name, record.model.lifetimes[name], record.instance, [])
  }

  #create(route: string, model: PageModel, query: Record<string, string>, channel: EventChannel): PageRecord {
    if (model.kind === 'Page') return { route, instance: createPage(this, route, model.definition, query, channel), component: undefined, components: [] }
    const component = createComponentPage(this, route, model.model, query, channel)
    return { route, instance: component.instance, component, components: [] }
  }

  /** A new page: (for a Component page: created, its properties from the query, attached,) onLoad, onShow. */
  #open(page: PageRecord): void {
    const { component } = page
    if (component !== undefined) {
      this.#componentLifetime(component, 'created')
      applyProperties(this, component, page.instance.options as Record<string, string>)
      this.#componentLifetime(component, 'attached')
      component.attached = true
    }
    this.#hook(page, 'onLoad', [page.instance.options])
    this.#hook(page, 'onShow')
  }

  /**
   * After the first render, a round trip through the view layer: later than what the fake has queued (for the
   * app's route call, later than its success), (the Component page's ready, then) onReady.
   */
  #ready(page: PageRecord): void {
    const { component } = page
    this.defer(() => {
      if (component !== undefined && component.attached) this.#componentLifetime(component, 'ready')
      if (this.#isOpen(page)) this.#hook(page, 'onReady')
    })
  }

  #isOpen(page: PageRecord): boolean {
    return this.#stack.includes(page) || this.#tabs.get(page.route) === page
  }

  #show(page: PageRecord): void {
    this.#hook(page, 'onShow')
    this.#pageLifetimes(page, 'show')
  }

  #hide(page: PageRecord): void {
    this.#hook(page, 'onHide')
    this.#pageLifetimes(page, 'hide')
  }

  #pageLifetimes(page: PageRecord, name: PageLifetime): void {
    for (const record of page.components) if (record.attached) firePageLifetime(this, record, name)
  }

  /** onUnload, then the page's components detach. */
  #unload(page: PageRecord): void {
    this.#hook(page, 'onUnload')
    for (const record of [...page.components, ...(page.component === undefined ? [] : [page.component])]) {
      if (!record.attached) continue
      record.attached = false
      this.#componentLifetime(record, 'detached')
    }
    if (this.#tabs.get(page.route) === page) this.#tabs.delete(page.route)
  }

  // ---- routes ----------------------------------------------------------------------------------------------

  get #top(): PageRecord | undefined {
    return this.#stack[this.#stack.length - 1]
  }

  #check(kind: RouteKind, target: PageUrl): Checked {
    const { pages, tabBar } = this.config
    if (!pages.includes(target.route)) return { ok: false, failure: 'page-not-found', detail: target.search === '' ? target.route : `${target.route}?${target.search}` }
    const isTab = tabBar.has(target.route)
    if (kind === 'navigateTo' && isTab) return { ok: false, failure: 'navigate-to-tabbar' }
    if (kind === 'redirectTo' && isTab) return { ok: false, failure: 'redirect-to-tabbar' }
    if (kind === 'switchTab' && !isTab) return { ok: false, failure: 'switch-to-non-tabbar' }
    if (kind === 'navigateTo' && this.#stack.length >= STACK_LIMIT) return { ok: false, failure: 'page-stack-limit' }
    return { ok: true, target }
  }

  /** Performs a checked route: the pages before it close or hide, the page after it opens or shows. */
  async #go(kind: Exclude<RouteKind, 'navigateBack'>, target: PageUrl, events: Readonly<Record<string, unknown>> | undefined): Promise<Routed> {
    const tab = kind === 'switchTab' ? this.#tabs.get(target.route) : undefined
    // Loaded first, so that a page module that fails to load leaves the stack as it was.
    const model = tab === undefined ? await this.#pageModel(target.route) : undefined
    // switchTab drops the query: the url of a tab page cannot carry one (rule NAV-SWITCHTAB-QUERY).
    const query = kind === 'switchTab' ? {} : { ...target.query }
    const [opener, opened] = kind === 'navigateTo' ? EventChannel.pair(events, (error, name) => this.report(error, `an EventChannel listener of '${name}'`)) : [undefined, new EventChannel(() => {})]
    // A→A: switching to the tab page on screen does nothing.
    if (kind === 'switchTab' && tab !== undefined && this.#top === tab && this.#stack.length === 1) return { page: tab, opener: undefined, opened: false }
    this.log({ type: 'route', call: this.#call, kind, route: target.route, query })
    switch (kind) {
      case 'reLaunch': {
        const closing = [...this.#stack].reverse()
        for (const page of this.#tabs.values()) if (!closing.includes(page)) closing.push(page)
        this.#stack.length = 0
        for (const page of closing) this.#unload(page)
        this.#tabs.clear()
        break
      }
      case 'navigateTo':
        if (this.#top !== undefined) this.#hide(this.#top)
        break
      case 'redirectTo': {
        const top = this.#stack.pop()
        if (top !== undefined) this.#unload(top)
        break
      }
      case 'switchTab': {
        const top = this.#top
        while (this.#stack.length > 0) {
          const page = this.#stack.pop()!
          if (this.#tabs.get(page.route) !== page) this.#unload(page)
          else if (page === top) this.#hide(page)
        }
        if (tab !== undefined) {
          this.#stack.push(tab)
          this.#show(tab)
          return { page: tab, opener: undefined, opened: false }
        }
        break
      }
    }
    const page = this.#create(target.route, model!, query, opened)
    this.#stack.push(page)
    if (this.config.tabBar.has(page.route)) this.#tabs.set(page.route, page)
    this.#open(page)
    return { page, opener, opened: true }
  }

  #back(delta: number): PageRecord {
    const closing = Math.min(Math.max(1, Math.floor(delta)), this.#stack.length - 1)
    const revealed = this.#stack[this.#stack.length - 1 - closing]!
    this.log({ type: 'route', call: this.#call, kind: 'navigateBack', route: revealed.route, query: {} })
    for (let i = 0; i < closing; i++) this.#unload(this.#stack.pop()!)
    this.#show(revealed)
    return revealed
  }

  /** wx.navigateTo & co., called by the app: the route runs on a later job, then the call ends. */
  route(call: Call, next: (outcome: Outcome) => void): void {
    const kind = call.api as RouteKind
    this.defer(() => {
      // A later launch() replaced this app before the route ran (reset() fails the call by itself).
      if (!this.live) return next(fail('fake-wx', 'the mini program this call was made in has ended: a later launch() replaced it'))
      // Loading the target page's module is work the fake is doing: settled() and user.tap() wait for it.
      const release = this.engine.scheduler.hold()
      let routed: Routed | undefined
      const outcome = this.#exclusive(async (): Promise<Outcome> => {
        if (kind === 'navigateBack') {
          if (this.#stack.length <= 1) return fail('navigate-back-first-page')
          this.#call = call.id
          try {
            this.#back(typeof call.options.delta === 'number' ? call.options.delta : 1)
          } finally {
            this.#call = undefined
          }
          return ok()
        }
        const checked = this.#check(kind, resolveUrl(String(call.options.url), this.#top?.route))
        if (!checked.ok) return fail(checked.failure, checked.detail)
        this.#call = call.id
        try {
          routed = await this.#go(kind, checked.target, call.options.events as Readonly<Record<string, unknown>> | undefined)
          return routed.opener === undefined ? ok() : ok({ eventChannel: routed.opener })
        } finally {
          this.#call = undefined
        }
      })
      outcome
        .then(
          (result) => {
            next(result)
            if (routed?.opened === true) this.#ready(routed.page)
          },
          (error: unknown) => {
            this.report(error, `${this.engine.host.label(call.api)}'s target page`)
            next(fail('fake-wx', `the page could not be opened: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`))
          },
        )
        .finally(release)
    })
  }

  // ---- what the test drives --------------------------------------------------------------------------------

  #assertLive(what: string): void {
    if (!this.live) throw new FakeWxError(`mp.${what}: this mini program has ended (fakeWx.reset() before this test, or a later launch()). Launch it in this test: const mp = await launch({ root }).`)
  }

  /** Waits for what the lifecycles returned and for the fake to be idle, until both are done. */
  async #settled(): Promise<void> {
    do {
      await Promise.all(this.#pending.splice(0))
      await this.engine.scheduler.settled()
    } while (this.#pending.length > 0)
  }

  #testRoute(kind: Exclude<RouteKind, 'navigateBack'>, url: unknown, events?: unknown): Promise<Instance> {
    this.#assertLive(kind)
    if (typeof url !== 'string') throw new FakeWxError(`mp.${kind}(url) expects the page's url, such as 'pages/index/index?id=1', got ${url === null ? 'null' : typeof url}.`)
    if (events !== undefined && (typeof events !== 'object' || events === null)) throw new FakeWxError(`mp.navigateTo(url, { events }): events must be an object of listeners.`)
    return this.#exclusive(async () => {
      // Checked in turn, after the routes asked before it.
      const checked = this.#check(kind, rootUrl(url))
      if (!checked.ok) throw this.#misuse(kind, url, rootUrl(url).route, checked)
      const routed = await this.#go(kind, checked.target, events as Readonly<Record<string, unknown>> | undefined)
      if (routed.opened) this.#ready(routed.page)
      return routed.page
    }).then(async (page) => {
      await this.#settled()
      return page.instance
    })
  }

  #misuse(kind: RouteKind, url: string, route: string, checked: Extract<Checked, { ok: false }>): FakeWxError {
    if (checked.failure === 'page-not-found') {
      const suggestion = didYouMean(route, this.config.pages)
      return new FakeWxError(`mp.${kind}('${url}'): ${route} is not a page of app.json.${suggestion} Pages: ${this.config.pages.join(', ')}.`)
    }
    return new FakeWxError(`mp.${kind}('${url}'): WeChat fails this with '${kind}:fail ${ERR_TEXT[checked.failure]}': ${MP_FAILURES[checked.failure]!(route)}`)
  }

  #current(what: string): PageRecord {
    this.#assertLive(what)
    const top = this.#top
    if (top === undefined) throw new FakeWxError(`mp.${what}: no page is open yet. Open the first one with await mp.reLaunch('${this.config.entryPage}').`)
    return top
  }

  async #pageEvent(what: string, hook: PageHook, args: readonly unknown[]): Promise<unknown> {
    const page = this.#current(what)
    const fn = page.instance[hook]
    let returned: unknown
    this.log(args.length === 0 ? { type: 'lifecycle', call: undefined, owner: 'page', target: page.route, hook } : { type: 'lifecycle', call: undefined, owner: 'page', target: page.route, hook, args: args[0] })
    if (typeof fn === 'function') {
      try {
        returned = (fn as Hook).apply(page.instance, args as unknown[])
      } catch (error) {
        this.report(error, `${page.route} ${hook}`)
      }
    }
    let value: unknown
    try {
      value = await returned
    } catch (error) {
      this.report(error, `${page.route} ${hook} (rejected)`)
    }
    await this.#settled()
    return value
  }

  async #mount(path: unknown, options: unknown): Promise<Instance> {
    this.#assertLive('mountComponent')
    if (typeof path !== 'string' || path === '') throw new FakeWxError(`mp.mountComponent(path) expects the component's path from the app's root, such as 'components/t-location/index', got ${typeof path}.`)
    const { properties = {}, on } = (options ?? {}) as MountOptions
    if (typeof properties !== 'object' || properties === null) throw new FakeWxError('mp.mountComponent(path, { properties }): properties must be an object.')
    const where = path.replace(/^\/+/, '')
    const model = await this.#exclusive(() => this.#componentModel(where))
    for (const name of Object.keys(properties)) {
      if (!model.properties.has(name)) {
        const names = [...model.properties.keys()]
        throw new FakeWxError(
          `mp.mountComponent('${where}'): the component has no property '${name}'.${didYouMean(name, names)} ${names.length === 0 ? 'It declares no properties.' : `Its properties: ${names.join(', ')}.`}`,
        )
      }
    }
    const record = createComponent(this, where, model, on)
    // expect(component).toHaveTriggered(...) finds the log, and narrows to this component's path, by these.
    brand(record.instance, CONTROLLER, this.#controller)
    brand(record.instance, COMPONENT_PATH, where)
    const page = this.#top
    page?.components.push(record)
    this.#componentLifetime(record, 'created')
    applyProperties(this, record, properties)
    this.#componentLifetime(record, 'attached')
    record.attached = true
    this.defer(() => {
      if (record.attached) this.#componentLifetime(record, 'ready')
    })
    await this.#settled()
    return record.instance
  }

  async #hideApp(): Promise<void> {
    this.#assertLive('hide')
    if (this.#hidden) throw new FakeWxError('mp.hide(): the app is already in the background; bring it back with mp.show().')
    this.#hidden = true
    const top = this.#top
    if (top !== undefined) this.#hide(top)
    const app = this.#app!
    this.fire('app', 'app', 'onHide', hooksOf(app.onHide), app, [])
    for (const hook of this.engine.miniProgram.appEventHooks) this.#safely(() => hook({ type: 'hide' }), 'an onAppHide hook')
    await this.#settled()
  }

  async #showAgain(options: unknown): Promise<void> {
    this.#assertLive('show')
    if (!this.#hidden) throw new FakeWxError('mp.show(): the app is in the foreground; send it to the background first with mp.hide().')
    if (options !== undefined && (typeof options !== 'object' || options === null)) throw new FakeWxError('mp.show(options): options must be an object such as { scene: 1007, query: {} }.')
    this.#hidden = false
    const top = this.#top
    const enter: EnterOptions = { path: top?.route ?? this.launchOptions!.path, query: { ...(top?.instance.options as Record<string, string> | undefined) }, scene: this.launchOptions!.scene, ...(options as Partial<EnterOptions>) }
    this.engine.miniProgram.enterOptions = enter
    this.#showApp(enter)
    if (top !== undefined) this.#show(top)
    await this.#settled()
  }

  /** The object the test holds. */
  facade(): MiniProgram {
    const self = this
    const mp = {
      get app() {
        return self.#app!
      },
      root: this.config.root,
      get launchOptions() {
        return self.launchOptions!
      },
      reLaunch: async (url: string) => this.#testRoute('reLaunch', url),
      navigateTo: async (url: string, options?: { events?: unknown }) => this.#testRoute('navigateTo', url, options?.events),
      redirectTo: async (url: string) => this.#testRoute('redirectTo', url),
      switchTab: async (url: string) => this.#testRoute('switchTab', url),
      navigateBack: async (delta: unknown = 1) => {
        this.#current('navigateBack')
        if (typeof delta !== 'number' || Number.isNaN(delta)) throw new FakeWxError(`mp.navigateBack(delta) expects a number of pages, got ${typeof delta}.`)
        return this.#exclusive(async () => {
          if (this.#stack.length <= 1) {
            throw new FakeWxError(`mp.navigateBack(): WeChat fails this with 'navigateBack:fail ${ERR_TEXT['navigate-back-first-page']}': ${MP_FAILURES['navigate-back-first-page']!('')}`)
          }
          return this.#back(delta)
        }).then(async (page) => {
          await this.#settled()
          return page.instance
        })
      },
      currentPage: () => this.#top?.instance,
      pageStack: () => this.#stack.map((page) => page.instance),
      mountComponent: async (path: string, options?: MountOptions) => this.#mount(path, options),
      pullDownRefresh: async () => {
        const page = this.#current('pullDownRefresh')
        const enabled = this.config.jsonOf(page.route).enablePullDownRefresh ?? (this.config.json.window as { enablePullDownRefresh?: unknown } | undefined)?.enablePullDownRefresh
        if (enabled !== true) {
          throw new FakeWxError(
            `mp.pullDownRefresh(): ${page.route} cannot be pulled down: set "enablePullDownRefresh": true in ${page.route}.json or in app.json's "window" (without it WeChat never calls onPullDownRefresh).`,
          )
        }
        return this.#pageEvent('pullDownRefresh', 'onPullDownRefresh', [])
      },
      reachBottom: async () => this.#pageEvent('reachBottom', 'onReachBottom', []),
      pageScroll: async (options: { scrollTop: number }) => {
        if (typeof options?.scrollTop !== 'number') throw new FakeWxError('mp.pageScroll(options) expects { scrollTop: <number of px> }.')
        return this.#pageEvent('pageScroll', 'onPageScroll', [{ scrollTop: options.scrollTop }])
      },
      shareAppMessage: async (options: ShareOptions = {}) => {
        const page = this.#current('shareAppMessage')
        if (typeof page.instance.onShareAppMessage !== 'function') {
          throw new FakeWxError(`mp.shareAppMessage(): ${page.route} defines no onShareAppMessage, so WeChat does not let the user share it (the menu's 转发 is greyed out).`)
        }
        return this.#pageEvent('shareAppMessage', 'onShareAppMessage', [{ from: 'menu', ...options }])
      },
      hide: async () => this.#hideApp(),
      show: async (options?: Partial<EnterOptions>) => this.#showAgain(options),
    }
    return mp as unknown as MiniProgram
  }

  /** The app is over (reset(), or another launch): nothing of it runs or logs any more. */
  dispose(): void {
    if (this.#disposed) return
    this.#disposed = true
    if (currentApp() === this) setCurrentApp(undefined)
    const ended = this.#loader.end?.()
    if (ended !== undefined) void Promise.resolve(ended).catch(() => {})
  }
}

function hooksOf(fn: unknown): Hook[] {
  return typeof fn === 'function' ? [fn as Hook] : []
}
