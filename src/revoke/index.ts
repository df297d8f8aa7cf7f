/** Revocation: a pure plan, its application (effects, audit log), renderers and the report input. */
export { planRevocation, egressDomain, type PlanOptions } from './plan.js';
export { applyRevocation, toAuditEntry, type ApplyOptions } from './apply.js';
export { renderPlan, renderPlanText, renderPlanMarkdown, renderPlanJson, REVOKE_FORMATS, type RevokeFormat, type RenderOptions } from './render.js';
export { findingsFromReport } from './input.js';
export { appendAudit, type AuditEntry, type AuditOutcome } from './audit-log.js';
export type { CredentialNeed, PlanAction, RevocationOutcome, RevocationPlan, RevocationResult, RevocationStep, StepResult } from './types.js';
