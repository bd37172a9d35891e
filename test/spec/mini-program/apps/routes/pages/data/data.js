// setData in its forms; shared objects of the definition are copied for each page.
Page({
  data: { list: [{ name: 'a' }], nested: { deep: { n: 1 } }, flag: false },
  config: { tags: ['x'] },
  helper: () => 'helper',
  rename(name) {
    this.setData({ 'list[0].name': name })
    return this.data.list[0].name
  },
  setWithCallback(patch) {
    const seen = []
    this.setData(patch, function () {
      seen.push(['callback', this === getCurrentPages()[0]])
    })
    seen.push(['after setData', JSON.stringify(this.data)])
    return seen
  },
})
