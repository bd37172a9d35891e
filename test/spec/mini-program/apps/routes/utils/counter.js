// Module-level state: shared by the app's pages, fresh for each launch.
let n = 0
module.exports = { next: () => ++n }
