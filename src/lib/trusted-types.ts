/** The part of the Trusted Types API used here (TypeScript's DOM library does not declare it yet). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string, type: unknown, sink: string) => string | null }): unknown;
}

let allowed = false;

/**
 * Lets exactly one script URL, the app's service worker, through `navigator.serviceWorker.register`
 * under the CSP's `require-trusted-types-for 'script'`. The registration helper (workbox-window via
 * vite-plugin-pwa) passes a plain string, so only the `default` policy can vouch for it; the policy
 * makes no HTML and refuses every other URL and sink (src/pipeline/csp-plugin.ts lists it).
 */
export function allowServiceWorkerScript(scriptUrl: string): void {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (allowed || !factory) return;
  allowed = true;
  const expected = new URL(scriptUrl, window.location.href).href;
  factory.createPolicy('default', {
    createScriptURL: (url, _type, sink) =>
      sink === 'ServiceWorkerContainer register' && new URL(url, window.location.href).href === expected ? url : null,
  });
}
