// Entry of dist/faker-zh-cn.cjs (see tsup.config.ts). Only the Faker class, its seedable generator
// and two locale tables: zh_CN for the data, base for locale-independent formats. Naming the
// exports (rather than `export *`) lets esbuild drop the other locales, all but en: faker's zh_CN
// chunk also builds a zh_CN+en Faker when loaded, and esbuild cannot prove that `new` unused.
export { Faker, generateMersenne53Randomizer, zh_CN, base } from '@faker-js/faker'
