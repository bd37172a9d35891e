// A page built with Component(), whose observers write down what they see.
Component({
  data: { seen: [] },
  observers: {
    '**': function (data) {
      this.data.seen.push(['**', data === this.data])
    },
    count: function (count) {
      this.data.seen.push(['count', count])
    },
  },
  methods: { onLoad() {} },
})
