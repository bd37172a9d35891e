// Defines nothing: forgets to call Page().
module.exports = {}
