// Saving a picture to the phone's album: needs scope.writePhotosAlbum ("添加到相册").
const { ensurePermission, isRefusal } = require('./permission')

const EXPLAIN = {
  title: '需要相册权限',
  content: '保存海报需要你允许“添加到相册”，请在设置中打开',
}

/** Resolves 'saved', 'denied' (no permission in the end) or 'failed'. */
function savePhoto(filePath) {
  return ensurePermission('scope.writePhotosAlbum', EXPLAIN).then((granted) => {
    if (!granted) return 'denied'
    return new Promise((resolve) => {
      wx.saveImageToPhotosAlbum({
        filePath,
        success: () => resolve('saved'),
        fail: (err) => resolve(isRefusal(err) ? 'denied' : 'failed'),
      })
    })
  })
}

module.exports = { savePhoto }
