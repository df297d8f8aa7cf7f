export { recogniseInput, buildIncident, type Incident, type IncidentInput, type IncidentIndicator, type TimelineEvent, type InputKind } from './model.js';
export { renderIncident, renderMarkdown, renderTimesketch, renderIris, humanDuration, INCIDENT_FORMATS, type IncidentFormat } from './render.js';
export { renderHtml, barChart } from './html.js';
export { buildOrgView, isOrgReport, renderOrgHtml, renderOrgMarkdown, type OrgView, type OrgReportDoc, type OrgExposure } from './org.js';
