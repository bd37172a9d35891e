// Places. A few real cities with real districts, sub-districts, postal codes and roads, so that
// province, city, county, codes and coordinates of one result agree with each other.

export interface County {
  name: string
  /** 街道: the fourth address level of chooseAddress. */
  street: string
  postalCode: string
  /** Administrative division code, what chooseAddress returns as nationalCode. */
  code: string
}

export interface City {
  province: string
  name: string
  code: number
  phoneAreaCode: string
  /** WGS84 centre and elevation in metres. */
  latitude: number
  longitude: number
  elevation: number
  counties: readonly County[]
  roads: readonly string[]
}

export const CITIES: readonly City[] = [
  {
    province: '上海市', name: '上海市', code: 310100, phoneAreaCode: '021',
    latitude: 31.2304, longitude: 121.4737, elevation: 4,
    counties: [
      { name: '浦东新区', street: '陆家嘴街道', postalCode: '200120', code: '310115' },
      { name: '徐汇区', street: '徐家汇街道', postalCode: '200030', code: '310104' },
      { name: '静安区', street: '南京西路街道', postalCode: '200040', code: '310106' },
    ],
    roads: ['世纪大道', '淮海中路', '南京西路', '漕溪北路', '张杨路'],
  },
  {
    province: '北京市', name: '北京市', code: 110100, phoneAreaCode: '010',
    latitude: 39.9042, longitude: 116.4074, elevation: 44,
    counties: [
      { name: '朝阳区', street: '三里屯街道', postalCode: '100027', code: '110105' },
      { name: '海淀区', street: '中关村街道', postalCode: '100080', code: '110108' },
      { name: '东城区', street: '东华门街道', postalCode: '100006', code: '110101' },
    ],
    roads: ['建国路', '中关村大街', '王府井大街', '朝阳北路', '学院路'],
  },
  {
    province: '广东省', name: '深圳市', code: 440300, phoneAreaCode: '0755',
    latitude: 22.5431, longitude: 114.0579, elevation: 12,
    counties: [
      { name: '南山区', street: '粤海街道', postalCode: '518057', code: '440305' },
      { name: '福田区', street: '华富街道', postalCode: '518031', code: '440304' },
      { name: '宝安区', street: '新安街道', postalCode: '518101', code: '440306' },
    ],
    roads: ['深南大道', '科技园路', '福华路', '宝安大道', '海德三道'],
  },
  {
    province: '四川省', name: '成都市', code: 510100, phoneAreaCode: '028',
    latitude: 30.5728, longitude: 104.0668, elevation: 500,
    counties: [
      { name: '武侯区', street: '浆洗街街道', postalCode: '610041', code: '510107' },
      { name: '锦江区', street: '春熙路街道', postalCode: '610021', code: '510104' },
      { name: '青羊区', street: '少城街道', postalCode: '610031', code: '510105' },
    ],
    roads: ['天府大道', '人民南路', '红星路', '蜀都大道', '科华北路'],
  },
  {
    province: '浙江省', name: '杭州市', code: 330100, phoneAreaCode: '0571',
    latitude: 30.2741, longitude: 120.1551, elevation: 10,
    counties: [
      { name: '西湖区', street: '北山街道', postalCode: '310007', code: '330106' },
      { name: '上城区', street: '湖滨街道', postalCode: '310006', code: '330102' },
      { name: '滨江区', street: '西兴街道', postalCode: '310051', code: '330108' },
    ],
    roads: ['文三路', '延安路', '江南大道', '曙光路', '庆春路'],
  },
]

// Mainland mobile prefixes in current use.
export const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '158', '159', '166', '176', '177', '180', '181', '183', '185', '186', '187', '188', '189', '191', '198', '199']
export const SHOP_KINDS = ['面馆', '便利店', '咖啡', '书店', '茶餐厅', '水果店', '烘焙坊', '大药房']
export const BANKS = ['中国工商银行', '中国建设银行', '中国银行', '招商银行', '交通银行']
export const TRADES = ['网络科技', '信息技术', '物流', '餐饮管理', '文化传媒', '贸易', '建筑工程', '电子商务']
export const COMPANY_FORMS = ['有限公司', '有限责任公司', '股份有限公司']
export const PHOTO_SIZES: readonly (readonly [number, number])[] = [[3024, 4032], [4032, 3024], [1080, 1440], [1080, 1920], [1440, 1080]]
export const VIDEO_SIZES: readonly (readonly [number, number])[] = [[1080, 1920], [720, 1280], [1920, 1080]]

/** How far generated points stray from a city centre, in millionths of a degree (~9 km). */
export const CITY_RADIUS = 80_000

export const ANONYMOUS_AVATAR =
  'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132'

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
// Unified social credit codes never use I, O, S, V or Z.
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
