/** Reading a provider's JSON answer: an object or nothing, and its fields as numbers or text. */

export function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const j = JSON.parse(body) as unknown;
    return j && typeof j === 'object' && !Array.isArray(j) ? (j as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON body field as a number (DingTalk and WeCom send errcode as a number, some proxies as a string). */
export function numField(j: Record<string, unknown> | undefined, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const v = j?.[k];
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  }
  return undefined;
}

export function strField(j: Record<string, unknown> | undefined, ...keys: string[]): string {
  for (const k of keys) if (typeof j?.[k] === 'string') return j[k] as string;
  return '';
}
