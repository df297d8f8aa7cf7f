/**
 * Providers with no safe check: any request their URL accepts starts a run (automation platforms),
 * or the only check needs an admin credential. Reported `unverifiable` and never contacted.
 * docs/providers/no-safe-check.md.
 */

/** Keyed by pattern id first, then by provider id. */
export const NO_SAFE_CHECK: Readonly<Record<string, string>> = {
  'slack-workflow-webhook': 'no safe check: any request a Slack Workflow Builder webhook accepts runs the workflow',
  'slack-workflow-trigger': 'no safe check: any request a Slack webhook trigger accepts runs the workflow',
  zapier: 'no safe check: any request a Zapier catch hook accepts runs the Zap and uses a task',
  make: 'no safe check: any request a Make webhook accepts queues a scenario run',
  pipedream: 'no safe check: every request to a Pipedream endpoint is an event that runs the workflow',
  n8n: 'no safe check: a request with the registered method runs the n8n workflow, and the method is unknown',
  'power-automate': 'no safe check: any request the signature accepts starts a Power Automate flow run',
  'azure-logic-apps': 'no safe check: any request the signature accepts starts a Logic Apps workflow run',
  tines: 'no safe check: any request (GET included) to a Tines webhook starts the story',
  'rocket-chat': 'no safe check without admin credentials: an accepted request runs the integration script, which can post',
};

export const CAPTURE_SERVICE_REASON =
  'capture service or exfiltration sink: never contacted (its owner sees every request; canary tokens fire on any request)';
