// A page whose data is null.
Page({ data: null })
