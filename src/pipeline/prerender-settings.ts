/**
 * Puts the reader's saved display settings (src/features/settings/reader-settings.ts, stored as
 * `folio:settings`) on `<html>` before the prerendered text paints, as the app's applySettings
 * does once it starts: a reader who chose dark, sepia or larger type does not see the page
 * flash light, or its text jump, when the app takes over. Only values the settings panel can
 * write are used (a unit test runs it beside applySettings, in jsdom: hence a module of its own,
 * apart from prerender.ts, which reads files through Node). A classic script in the head, so it
 * runs before the body is painted; allowed by its hash in the CSP.
 */
export const PRERENDER_SETTINGS =
  "try{const s=JSON.parse(localStorage.getItem('folio:settings')).data,r=document.documentElement," +
  "p=(name,value)=>r.style.setProperty(name,value)," +
  "measure={narrow:'36rem',medium:'44rem',wide:'54rem'};" +
  "if(['light','dark','sepia'].includes(s.theme))r.dataset.theme=s.theme;" +
  "if(['sans','serif'].includes(s.typeface))p('--reader-font','var(--font-'+s.typeface+')');" +
  "if([15,16,17,18,20,22,24].includes(s.fontSize))p('--reader-font-size',s.fontSize/16+'rem');" +
  "if([1.5,1.65,1.8,2].includes(s.lineHeight))p('--reader-line-height',String(s.lineHeight));" +
  "if(Object.hasOwn(measure,s.width))p('--reader-measure',measure[s.width])}catch{}";
