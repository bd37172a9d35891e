/**
 * What a call can come to, by name. Gates and APIs say *what* happened ('auth-deny', 'tap-gesture'); the
 * platform profile of the host says how the client spells it (errMsg text, errno, errCode). So a spelling
 * lives in exactly one place, and changing it for one platform is one value.
 */

/** Every named failure a gate or an API can report. */
export type Failure =
  /** A gated API refused by the user, now or earlier. */
  | 'auth-deny'
  /** `authorize` refused by the user, now or earlier. */
  | 'authorize-deny'
  /** The permission popup closed without a choice, for a gated API. */
  | 'auth-cancel'
  /** The same, for `authorize`. */
  | 'authorize-cancel'
  /** An earlier refusal, as older clients spelled it (the `legacyErrMsg` option). */
  | 'legacy-deny'
  /** Several requests for one scope: the popup never answers (the `concurrentPrompts` option). */
  | 'no-response'
  /** The client shows no popup for the scope (scope.userLocationBackground before WeChat 8.0.0); errMsg unverified. */
  | 'no-prompt-on-client'
  /** The scope is granted, but the client itself lacks the OS permission. */
  | 'system-deny'
  /** The client lacks the OS location permission, as older clients spelled it (`legacyErrMsg`; old iOS: `getLocation:fail 1`). */
  | 'legacy-system-deny'
  /** The OS location switch is off. */
  | 'location-switch-off'
  /** The adapter's OS switch is off (bluetooth). */
  | 'bluetooth-off'
  /** app.json lacks the scope's `permission` description, for a gated API. */
  | 'require-permission-desc'
  /** The same, for `authorize`. */
  | 'authorize-require-permission-desc'
  /** app.json's `requiredPrivateInfos` does not list the API. */
  | 'private-info-not-declared'
  /** app.json lacks the background mode the API needs (no real spelling is known). */
  | 'background-mode-not-declared'
  /** The API needs tap state and the call had none. */
  | 'tap-gesture'
  /** The user closed the page or sheet without choosing. */
  | 'cancel'
  /** `authorize` with a scope the host does not know. */
  | 'invalid-scope'
  /** The user has not agreed to (or refused) the privacy agreement. */
  | 'privacy-not-authorized'
  /** The privacy popup was refused moments ago: no popup, an immediate failure. */
  | 'privacy-in-gap'
  /** The app did not declare the API's privacy type. */
  | 'privacy-undeclared'
  /** The app declared no privacy guide at all: every privacy API is banned. */
  | 'privacy-api-banned'
  /** authorize for a scope whose API is not enabled in the MP console (开发管理-接口设置). */
  | 'scope-unauthorized'
  /** The same, as older clients spelled it (`legacyErrMsg`): with the -12007 code. */
  | 'legacy-scope-unauthorized'
  /** A call to an API not enabled in the MP console; its errMsg is unverified. */
  | 'api-not-enabled'
  /** `<camera>` when the page already has one. */
  | 'only-one-camera'
  /** An option has the wrong type or is missing; `detail` lists the parameters. */
  | 'parameter-error'
  /** getUserProfile's `desc` is too long. */
  | 'desc-too-long'
  /** requestSubscribeMessage's checks, in the order the client makes them. */
  | 'subscribe-no-templates'
  | 'subscribe-too-many-templates'
  | 'subscribe-invalid-template'
  | 'subscribe-main-switch-off'
  /** File system: no file or directory at the path (or its parent directory is missing); `detail` names the path. */
  | 'file-not-found'
  /** File system: mkdir where a file or directory already is. */
  | 'file-exists'
  /** File system: a path used as a directory is a file. */
  | 'not-a-directory'
  /** File system: unlink given a directory. */
  | 'operation-not-permitted'
  /** File system: reading or writing a directory as a file. */
  | 'directory-operation'
  /** File system: rmdir of a directory with files in it, without `recursive`. */
  | 'directory-not-empty'
  /** File system: writing outside the user data directory (temporary and saved files are read-only). */
  | 'permission-denied'
  /** saveFile: the temporary file is not there (never made, or already moved). */
  | 'temp-file-not-exist'
  /** Saved and user files would exceed their shared limit. */
  | 'storage-full'
  /** The user refused to share their phone number on the sheet of the getPhoneNumber button. */
  | 'phone-deny'
  /** The mini program's paid phone-number quota is used up (errno 1400001; the option phoneNumberQuota). */
  | 'phone-quota'
  /** A media API given a local file that is gone. */
  | 'media-file-not-found'
  /** A route API's target is not a page of app.json; `detail` is the page as resolved, with its query. */
  | 'page-not-found'
  /** navigateTo / redirectTo a tabBar page (only switchTab and reLaunch may open one). */
  | 'navigate-to-tabbar'
  | 'redirect-to-tabbar'
  /** switchTab to a page that is not in the tabBar. */
  | 'switch-to-non-tabbar'
  /** navigateBack with only one page on the stack. */
  | 'navigate-back-first-page'
  /** navigateTo with ten pages on the stack. */
  | 'page-stack-limit'
  /** wx.getStorage of a key that holds nothing. */
  | 'storage-not-found'
  /** A local-storage write that would take it past its total limit (10 MB). */
  | 'storage-max-size'
  /** A value past the per-key limit (1 MB). */
  | 'storage-item-too-large'
  /** hideToast / hideLoading with nothing of theirs on screen. */
  | 'toast-not-found'
  /** A tab bar API called on a page that is not a tab page. */
  | 'not-tab-bar-page'
  /** wx.checkSession after the session of the last wx.login expired. */
  | 'session-expired'
  /** showModal's confirmText / cancelText longer than 4 Chinese characters. */
  | 'modal-confirm-text-too-long'
  | 'modal-cancel-text-too-long'
  /** A network API's url is not an absolute http(s) URL; `detail` is the URL, quoted. */
  | 'invalid-url'
  /** wx.cloud.callFunction of a function the environment does not have. */
  | 'cloud-function-not-found'
  /** RequestTask.abort() (and the download and upload tasks') before the response arrived. */
  | 'request-abort'
  /** wx.sendSocketMessage / wx.closeSocket (and the SocketTask's send) with no open socket. */
  | 'socket-not-connected'
  /** A network call whose response did not come within its timeout (the option, app.json networkTimeout, or 60 s). */
  | 'request-timeout'
  /** A network call to a server outside the mini program's domain list (the serverDomains option). */
  | 'url-not-in-domain-list'
  /** Something only the fake knows (an unscripted prompt, an internal error, a reset); `detail` says what. */
  | 'fake-wx'

/** How a profile spells a failure: the text after `<api>:fail`, and errno / errCode where the client sets them. */
export interface Spelling {
  /** Appended to `<api>:fail`: ' auth deny' gives `getLocation:fail auth deny`. */
  readonly text: string
  /** Appended after the outcome's detail: `page "` + the page + `" is not found`. */
  readonly suffix?: string
  readonly errno?: number
  readonly errCode?: number
}

/** Every failure's spelling: what a platform profile holds. */
export type Spellings = Readonly<Record<Failure, Spelling>>
