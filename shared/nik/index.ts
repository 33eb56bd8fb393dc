export type { Sex, NikParts, NikIssue, NikCheck, NikContext } from './types';
export { checkNik, readNik, type NikReading } from './check';
export { normaliseNikText } from './normalise';
export { maskNik } from './mask';
export { composeNik } from './compose';
export type { NikRecipe } from './compose';
export { TWO_DIGIT_YEAR_PIVOT } from './century';
export { nikForUpload } from './upload';
