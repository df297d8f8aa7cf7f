/** `hookscan report`: merge scan/host/logs reports and revocation audit logs into one incident report. */
import { scrubSecrets } from '../detect/index.js';
import { EXIT } from '../errors.js';
import { buildIncident, recogniseInput, renderIncident, type Incident, type IncidentFormat } from '../incident/index.js';

export interface ReportRequest {
  /** Each input's name, text and file time (ISO). */
  inputs: { name: string; text: string; producedAt?: string }[];
  format: IncidentFormat;
  generatedAt: string;
  /** Secrets known to the caller, masked from the output (inputs are normally redacted already). */
  secrets?: string[];
}

export function runReport(req: ReportRequest): { result: Incident; rendered: string; exitCode: number } {
  const result = buildIncident(req.inputs.map((i) => recogniseInput(i.name, i.text, i.producedAt)), req.generatedAt);
  const rendered = scrubSecrets(renderIncident(result, req.format), req.secrets ?? []);
  return { result, rendered, exitCode: EXIT.clean };
}
