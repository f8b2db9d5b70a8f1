/** A site's "you are leaving" page: the real target is in one query parameter. */
interface Wrapper {
  host: RegExp;
  path: RegExp;
  param: string;
}

// Each wrapper only adds a hop (and tracking) before the reader reaches the page the author cited.
const WRAPPERS: Wrapper[] = [
  { host: /(?:^|\.)oschina\.net$/, path: /^\/action\/GoToLink\/?$/i, param: 'url' },
  { host: /^links\.jianshu\.com$/, path: /^\/go\/?$/, param: 'to' },
  { host: /^link\.zhihu\.com$/, path: /^\/?$/, param: 'target' },
  { host: /^(?:www\.)?juejin\.(?:cn|im)$/, path: /^\/?$/, param: 'target' },
  { host: /^link\.juejin\.cn$/, path: /^\/?$/, param: 'target' },
  { host: /^link\.csdn\.net$/, path: /^\/?$/, param: 'target' },
  { host: /^gitee\.com$/, path: /^\/link\/?$/, param: 'target' },
  { host: /^(?:www\.)?infoq\.cn$/, path: /^\/link\/?$/, param: 'target' },
  { host: /^(?:www\.)?douban\.com$/, path: /^\/link2\/?$/, param: 'url' },
  { host: /^weibo\.cn$/, path: /^\/sinaurl\/?$/, param: 'u' },
  { host: /^(?:www\.)?google\.[a-z.]+$/, path: /^\/url\/?$/, param: 'q' },
  { host: /^(?:www\.)?youtube\.com$/, path: /^\/redirect\/?$/, param: 'q' },
  { host: /^l\.facebook\.com$/, path: /^\/l\.php$/, param: 'u' },
];
/** Wrappers can wrap wrappers; a few hops is plenty and bounds a hostile loop. */
const MAX_HOPS = 4;

function unwrapOnce(url: URL): URL | null {
  const wrapper = WRAPPERS.find((w) => w.host.test(url.hostname) && w.path.test(url.pathname));
  const target = wrapper ? url.searchParams.get(wrapper.param)?.trim() : undefined;
  if (!target) return null;
  try {
    const next = new URL(target.startsWith('//') ? `https:${target}` : target);
    // Only a web page is worth unwrapping to; anything else keeps the (harmless) wrapper.
    return next.protocol === 'https:' || next.protocol === 'http:' ? next : null;
  } catch {
    return null;
  }
}

/** The page a known redirect wrapper (oschina GoToLink, jianshu go, zhihu/juejin target…) leads to. */
export function unwrapRedirect(url: URL): URL {
  let current = url;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const next = unwrapOnce(current);
    if (!next) break;
    current = next;
  }
  return current;
}
