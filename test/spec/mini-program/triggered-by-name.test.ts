/** log.triggered(name): the events components sent with triggerEvent, only those of that name. */
import { fakeWx, launch, type MiniProgram } from 'fake-wx'
import { appRoot } from '../../support/mini-program'

let mp: MiniProgram

beforeEach(async () => {
  mp = await launch({ root: appRoot('routes') })
})

// rule: COMPONENT-TRIGGER-EVENT
it('log.triggered(name) lists the events of that name only, in order', async () => {
  const counter = await mp.mountComponent('components/counter/index')
  counter.triggerEvent('reset')
  counter.triggerEvent('change', { clicks: 5 })
  counter.triggerEvent('reset', { hard: true })
  expect(fakeWx.log.triggered('reset')).toEqual([
    { component: 'components/counter/index', name: 'reset', detail: undefined },
    { component: 'components/counter/index', name: 'reset', detail: { hard: true } },
  ])
  expect(fakeWx.log.triggered('change').map((e) => e.detail)).toEqual([{ clicks: 5 }])
})
