export { allocate } from './allocate';
export { villageKey } from './request';
export type { AllocationLine, AllocationRequest, AllocationResult, FundingSourceBudget } from './types';
