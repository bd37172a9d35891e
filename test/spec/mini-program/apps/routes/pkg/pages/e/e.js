const { record } = require('../../../utils/record')

Page(record('E'))
