// Writes each lifetime down in this.data.trace; an inner behavior first.
const inner = Behavior({
  data: { trace: [], settings: { a: 1, b: 1 } },
  lifetimes: {
    created() {
      this.data.trace.push('inner.created')
    },
  },
  methods: {
    who() {
      return 'inner'
    },
  },
})

module.exports = Behavior({
  behaviors: [inner],
  properties: { label: { type: String, value: 'from behavior' } },
  data: { settings: { b: 2 } },
  lifetimes: {
    created() {
      this.data.trace.push('traced.created')
    },
    attached() {
      this.data.trace.push('traced.attached')
    },
  },
  observers: {
    clicks(clicks) {
      this.data.trace.push(`traced observes clicks ${clicks}`)
    },
  },
  methods: {
    who() {
      return 'traced'
    },
    greet() {
      return `hello from ${this.who()}`
    },
  },
})
module.exports.inner = inner
