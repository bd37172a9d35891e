/** How a call is named in messages: components and buttons are not `wx` functions. */
const LABELS: Readonly<Record<string, string>> = {
  insertCamera: '<camera>',
  insertLivePusher: '<live-pusher>',
  'button:openSetting': '<button open-type="openSetting">',
  'RecorderManager.start': 'RecorderManager.start',
}

export function callLabel(api: string): string {
  return LABELS[api] ?? `wx.${api}`
}
