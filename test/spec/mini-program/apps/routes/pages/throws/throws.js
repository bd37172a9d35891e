Page({
  data: {},
  onLoad() {
    throw new Error('onLoad broke')
  },
  onShow() {
    return Promise.reject(new Error('onShow rejected'))
  },
})
