// A page that declares no data.
Page({ onLoad() {} })
