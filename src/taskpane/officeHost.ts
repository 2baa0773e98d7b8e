export interface HostInfo {
  /** "Excel" inside Excel; null in a plain browser (preview mode). */
  host: string | null;
  platform: string | null;
}

/**
 * Waits for Office.js and reports the host. Outside Office (or when Office.js could not load,
 * e.g. offline without the CDN) it resolves with host null instead of waiting forever.
 */
export function detectHost(timeoutMs = 5000): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve({ host: null, platform: null });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ host: null, platform: null }), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve({ host: info.host ? String(info.host) : null, platform: info.platform ? String(info.platform) : null });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ host: null, platform: null });
      });
  });
}
