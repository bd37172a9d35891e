Component({ properties: { x: { type: String, observer: 3 } } })
