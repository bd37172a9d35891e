throw new Error('broken page module')
