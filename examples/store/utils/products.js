const PRODUCTS = [
  { sku: '1', name: '手冲咖啡豆', price: 68 },
  { sku: '2', name: '滤杯', price: 39 },
]

module.exports = { PRODUCTS, productBySku: (sku) => PRODUCTS.find((product) => product.sku === sku) }
