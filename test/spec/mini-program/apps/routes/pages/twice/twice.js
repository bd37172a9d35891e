Page({})
Page({})
