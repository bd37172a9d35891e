// The widely copied promise wrappers around wx ("asyncWx.js"), and a flow built on them.
const showModal = ({ title, content }) =>
  new Promise((resolve, reject) => wx.showModal({ title, content, success: resolve, fail: reject }))

const openSetting = () => new Promise((resolve, reject) => wx.openSetting({ success: resolve, fail: reject }))

/** After a refusal: explain, then open the settings page. Resolves with openSetting's result. */
async function askForSettings() {
  const { confirm } = await showModal({ title: '需要位置权限', content: '请在设置中打开位置信息' })
  if (!confirm) return null
  // On iOS the code after `await` has lost the tap state that openSetting needs.
  return openSetting()
}

module.exports = { askForSettings }
