// The app asks for nothing at launch: permissions are asked for when a feature needs them
// (WeChat's own advice, and what the shop page does).
App({})
