export { REGION_CODE_SOURCE } from './source';
export { PROVINCES } from './provinces';
export { REGENCIES } from './regencies';
export type { Regency } from './regencies';
export { provinceName, regencyName, isKnownProvince, isKnownRegency, compactRegionCode } from './lookup';
export { DISTRICTS, districtName, districtsOf } from './districts';
export type { District } from './districts';
