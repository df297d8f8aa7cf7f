/**
 * Azure Logic Apps (Consumption) request triggers: no safe check by URL (any accepted request runs
 * the workflow), so only a revoker, through Azure Resource Manager with an access token
 * (`Authorization: Bearer`, `az account get-access-token`): find the workflow by the id in the URL
 * (Azure Resource Graph, `properties.accessEndpoint`), compare the trigger's current callback
 * signature (`listCallbackUrl`, read-only) with the leaked one, and regenerate both access keys
 * (`regenerateAccessKey` Primary and Secondary), which invalidates every callback URL signed with
 * them. regenerateAccessKey is documented (learn.microsoft.com/rest/api/logic/workflows); the
 * lookup and the signature comparison are hookscan's own and UNCONFIRMED against Azure: used only
 * with --unconfirmed-apis. docs/providers/azure-logic-apps.md.
 */
import { apiRevoker, checkable, failedAnswer, transportFailure, unknownCheck, urlAt, type RevokerContext, type RevokeCheck } from './revoker.js';
import { isVerdict } from './verifier.js';
import type { Finding } from '../types.js';
import { capturesOf } from './captures.js';
import { answer, responseOf } from './answer-text.js';
import { parseJson } from './json-body.js';

const TOKEN = 'HOOKSCAN_AZURE_TOKEN';
const API = '2016-06-01';

/** The Resource Manager endpoint of each Azure cloud, by the top-level domain of its Logic Apps hosts (logic.azure.com, .us, .cn). */
const ARM: Readonly<Record<string, string>> = {
  com: 'https://management.azure.com',
  us: 'https://management.usgovcloudapi.net',
  cn: 'https://management.chinacloudapi.cn',
};

/** The Resource Manager endpoint of a Logic Apps host's cloud (the pattern's `cloud` group). */
export function armOrigin(cloud: string): string {
  return ARM[cloud.toLowerCase()] ?? ARM.com;
}

/** The pattern's `workflow`, `trigger` and `cloud` groups. */
function parts(f: Finding): { workflowId: string; trigger: string; arm: string } {
  const c = capturesOf(f);
  return { workflowId: c.workflow ?? '', trigger: c.trigger ?? '', arm: armOrigin(c.cloud ?? 'com') };
}

const auth = (ctx: RevokerContext) => ({ authorization: `Bearer ${ctx.credential(TOKEN)}`, 'content-type': 'application/json' });

/** The workflow's resource id, or a check verdict when it cannot be found. */
async function locate(f: Finding, ctx: RevokerContext): Promise<{ id: string } | { check: RevokeCheck }> {
  const { workflowId, arm } = parts(f);
  const query = `resources | where type =~ 'microsoft.logic/workflows' | where tostring(properties.accessEndpoint) endswith '/workflows/${workflowId}' | project id`;
  const o = await ctx.send({ method: 'POST', url: urlAt(arm, '/providers/Microsoft.ResourceGraph/resources', { 'api-version': '2021-03-01' }), headers: auth(ctx), body: JSON.stringify({ query }) });
  const r = checkable(o);
  if (isVerdict(r)) return { check: r };
  const j = parseJson(r.body);
  if (r.status !== 200 || !Array.isArray(j?.data)) return { check: unknownCheck(r) };
  const ids = (j.data as { id?: unknown }[]).map((d) => d.id).filter((x): x is string => typeof x === 'string' && /^\/subscriptions\/[^?#]+\/providers\/Microsoft\.Logic\/workflows\/[^/?#]+$/i.test(x));
  if (ids.length !== 1) return { check: { status: 'unknown', httpStatus: 200, reason: ids.length ? `${ids.length} workflows match the id in the URL` : 'no workflow visible to this token has the id in the URL' } };
  return { id: ids[0] };
}

export const azureLogicAppsRevoker = apiRevoker('azure-logic-apps', {
  action: 'rotate',
  credentials: [{ name: TOKEN, description: 'an Azure Resource Manager access token (az account get-access-token --query accessToken -o tsv) of a principal with Logic App Contributor on the workflow and read access for Resource Graph' }],
  unconfirmed: 'regenerateAccessKey is documented, but finding the workflow through Resource Graph and comparing listCallbackUrl signatures were not confirmed against Azure',
  unsupported: (f) => (parts(f).workflowId ? undefined : 'the URL names no workflow id'),
  describe: (f) => {
    const { workflowId, arm } = parts(f);
    return `POST ${arm}/providers/Microsoft.ResourceGraph/resources (find workflow ${workflowId}), then POST …/workflows/<name>/regenerateAccessKey?api-version=${API} {"keyType":"Primary"} and {"keyType":"Secondary"}`;
  },
  async check(f, ctx) {
    const w = await locate(f, ctx);
    if ('check' in w) return w.check;
    const { trigger, arm } = parts(f);
    const o = await ctx.send({ method: 'POST', url: urlAt(arm, `${w.id}/triggers/${encodeURIComponent(trigger)}/listCallbackUrl`, { 'api-version': API }), headers: auth(ctx) });
    const r = checkable(o);
    if (isVerdict(r)) return r;
    // The answer holds the current callback URL, a secret: never quoted.
    const value = parseJson(r.body)?.value;
    if (r.status !== 200 || typeof value !== 'string') return r.status === 200 ? { status: 'unknown', httpStatus: 200, reason: 'HTTP 200 without a callback URL' } : unknownCheck(r);
    let sig: string | null = null;
    try {
      sig = new URL(value).searchParams.get('sig');
    } catch {
      /* not a URL */
    }
    if (!sig) return { status: 'unknown', httpStatus: 200, reason: 'HTTP 200: the callback URL has no sig' };
    return sig === f.secret
      ? { status: 'live', httpStatus: 200, reason: 'HTTP 200: the trigger is still signed with the leaked signature' }
      : { status: 'dead', httpStatus: 200, reason: 'HTTP 200: the trigger is signed with another key now (the leaked signature no longer works)' };
  },
  async revoke(f, ctx) {
    const w = await locate(f, ctx);
    if ('check' in w) return { result: 'failed', httpStatus: w.check.httpStatus, detail: w.check.reason };
    const { arm } = parts(f);
    for (const keyType of ['Primary', 'Secondary']) {
      const o = await ctx.send({ method: 'POST', url: urlAt(arm, `${w.id}/regenerateAccessKey`, { 'api-version': API }), headers: auth(ctx), body: JSON.stringify({ keyType }) });
      const t = transportFailure(o);
      const r = responseOf(o);
      if (t || !r) return t!;
      if (r.status === 404) return { result: 'gone', httpStatus: 404, detail: `${answer(r)}: the workflow no longer exists` };
      if (r.status !== 200 && r.status !== 204) return failedAnswer(r, 'Azure Resource Manager');
    }
    return { result: 'done', httpStatus: 200, detail: 'HTTP 200: Primary and Secondary access keys regenerated' };
  },
});
