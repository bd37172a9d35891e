Component({ behaviors: [{ data: {} }] })
