const traced = require('../../behaviors/traced')

Component({
  behaviors: [traced, 'wx://form-field'],
  externalClasses: ['custom-class'],
  properties: {
    title: String,
    count: {
      type: Number,
      value: 1,
      observer(now, before, path) {
        this.data.trace.push(['count observer', now, before, path])
      },
    },
    tags: Array,
    config: { type: Object, observer(now, before, path) { this.data.trace.push(['config observer', now, before, path]) } },
    flag: Boolean,
    anything: null,
    named: { type: String, observer: 'onNamed' },
  },
  data: { clicks: 0, settings: { c: 3 }, nested: { list: [] } },
  observers: {
    'count, title': function (count, title) {
      this.data.trace.push(['count/title', count, title])
    },
    'nested.list[0]': function (first) {
      this.data.trace.push(['nested.list[0]', first])
    },
    'nested.**': function (nested) {
      this.data.trace.push(['nested.**', JSON.stringify(nested)])
    },
  },
  created() {
    this.data.trace.push('top-level created (ignored: lifetimes wins)')
  },
  ready() {
    this.data.trace.push('top-level ready')
  },
  lifetimes: {
    created() {
      this.data.trace.push('created')
    },
    attached() {
      this.data.trace.push('attached')
    },
    detached() {
      this.data.trace.push('detached')
    },
  },
  pageLifetimes: {
    show() {
      this.data.trace.push('page show')
    },
    hide() {
      this.data.trace.push('page hide')
    },
  },
  methods: {
    who() {
      return 'counter'
    },
    behaviors() {
      return { traced, inner: traced.inner }
    },
    onNamed(now, before) {
      this.data.trace.push(['onNamed', now, before])
    },
    increment() {
      this.setData({ clicks: this.data.clicks + 1 })
      this.triggerEvent('change', { clicks: this.data.clicks })
      return this.data.clicks
    },
  },
})
