/** The HTTP API's contracts: the one source for validation, the OpenAPI document and clients. */
export * from './common';
export * from './problem';
export * from './pagination';
export * from './rosters';
export * from './chunks';
export * from './summary';
export * from './lookup';
export * from './kpj';
export * from './export-columns';
export * from './lifecycle';
export * from './config';
