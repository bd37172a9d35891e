// A component at the edges of Component(): one behavior included twice (directly and through another), data a
// behavior declares as an object and the component as a string, a property observer that throws, and page
// lifetimes that write down how many arguments they get.
const base = Behavior({
  data: { settings: { a: 1 } },
  lifetimes: {
    created() {
      this.data.trace.push('base.created')
    },
  },
})
const more = Behavior({
  behaviors: [base],
  lifetimes: {
    created() {
      this.data.trace.push('more.created')
    },
  },
})

Component({
  behaviors: [base, more],
  properties: {
    broken: {
      type: Number,
      observer() {
        throw new Error('property observer broke')
      },
    },
  },
  data: { trace: [], settings: 'replaced' },
  lifetimes: {
    created() {
      this.data.trace.push('created')
    },
  },
  pageLifetimes: {
    show(...args) {
      this.data.trace.push(['page show', args.length])
    },
    hide(...args) {
      this.data.trace.push(['page hide', args.length])
    },
  },
})
