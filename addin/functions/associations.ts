/**
 * Which function answers each formula id in functions.json. Kept apart from register.ts (which
 * calls Excel) so a test can compare it with the generated metadata without an Excel runtime.
 */
import { allocate, check, eligible, premium, rate, wagePremium } from './functions';

export const ASSOCIATIONS = {
  RATE: rate,
  PREMIUM: premium,
  WAGEPREMIUM: wagePremium,
  ELIGIBLE: eligible,
  CHECK: check,
  ALLOCATE: allocate,
} as const;
