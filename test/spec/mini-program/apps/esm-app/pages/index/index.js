import { launches } from '../../utils/counter.js'
import { greeting } from '../../utils/greeting.js'

Page({
  data: { greeting: greeting(), counter: launches() },
})
