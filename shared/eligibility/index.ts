export {
  DEFAULT_POLICY,
  EligibilityPolicySchema,
  policyFromSettings,
  policySettingName,
  requirePolicy,
  type EligibilityPolicy,
} from './policy';
export { checkRoster, type EligibilityContext } from './check';
export { summariseVerdicts, type VerdictSummary } from './summary';
export type { RowStatus, Finding, RowVerdict } from './verdict';
export { applyRosterRules, projectRows, type RowProjection } from './roster-rules';
