import { safeImageUrl, safeLink } from '../safe-url';

/** Players whose embed URL has a plain watch page; the reader gets that page, not the player. */
const WATCH_PAGES: [RegExp, (m: RegExpExecArray, url: URL) => string | null][] = [
  [/^(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/, (m) => `https://www.youtube.com/watch?v=${m[1]}`],
  [/^player\.vimeo\.com\/video\/(\d+)/, (m) => `https://vimeo.com/${m[1]}`],
  [/^player\.youku\.com\/embed\/([\w=]+)/, (m) => `https://v.youku.com/v_show/id_${m[1]}.html`],
  [/^player\.bilibili\.com\/player\.html/, (_m, url) => bilibili(url)],
  [/^v\.qq\.com\/txp\/iframe\/player\.html/, (_m, url) => tencent(url)],
];

function bilibili(url: URL): string | null {
  const bvid = url.searchParams.get('bvid');
  const aid = url.searchParams.get('aid');
  if (bvid && /^\w+$/.test(bvid)) return `https://www.bilibili.com/video/${bvid}`;
  return aid && /^\d+$/.test(aid) ? `https://www.bilibili.com/video/av${aid}` : null;
}

function tencent(url: URL): string | null {
  const vid = url.searchParams.get('vid');
  return vid && /^\w+$/.test(vid) ? `https://v.qq.com/x/page/${vid}.html` : null;
}

function watchPage(href: string): string {
  const url = new URL(href);
  const key = url.host + url.pathname;
  for (const [pattern, build] of WATCH_PAGES) {
    const match = pattern.exec(key);
    if (match) return build(match, url) ?? href;
  }
  return href;
}

// Hosts whose frames are video players; another frame (a form, an ad, a widget) gets a plain link mark.
const VIDEO_HOSTS = /(?:^|\.)(?:youtube(?:-nocookie)?\.com|vimeo\.com|bilibili\.com|qq\.com|youku\.com|ixigua\.com|douyin\.com|iqiyi\.com|weibo\.com|xiaohongshu\.com|toutiao\.com)$/;

function mediaSource(node: Element): string | null {
  const own = node.getAttribute('src') ?? node.getAttribute('data-src') ?? node.getAttribute('data');
  return own ?? node.querySelector('source[src]')?.getAttribute('src') ?? null;
}

/**
 * The video of ZAKER's player box (`<div class="zk_upvideo" data-zkinfo="%7B…%22videoUrl%22…">`),
 * which the site's own script fills; here the box would stay empty and the video be lost.
 */
export function zakerVideoUrl(node: Element): string | null {
  const info = node.getAttribute('data-zkinfo');
  if (!info) return null;
  try {
    const { videoUrl } = JSON.parse(decodeURIComponent(info)) as { videoUrl?: unknown };
    return typeof videoUrl === 'string' ? videoUrl : null;
  } catch {
    return null;
  }
}

/**
 * A link that stands in for an embedded player (iframe, video, embed, object, or a player box
 * whose address is given): players are never kept (they run third-party script and phone home
 * on load), but the reader can still reach the video.
 */
export function videoLink(node: Element, source = mediaSource(node)): HTMLAnchorElement | null {
  const link = safeLink(source);
  if (link?.kind !== 'external') return null;
  const href = watchPage(link.href);
  const anchor = node.ownerDocument.createElement('a');
  anchor.setAttribute('href', href);
  anchor.setAttribute('class', 'video-link');
  const title = node.getAttribute('title')?.trim();
  const host = new URL(href).hostname;
  const video = node.tagName === 'VIDEO' || node.tagName === 'DIV' || VIDEO_HOSTS.test(host);
  anchor.textContent = `${video ? '▶' : '↗'} ${title || host}`;
  return anchor;
}

/**
 * Makes an image lazy, async and referrer-free, or, when its source is unusable (relative to the
 * source site, a script URL, a large or vector `data:`), puts its alt text in its place.
 * Returns false when the image was removed.
 */
export function secureImage(node: Element): boolean {
  const src = safeImageUrl(node.getAttribute('src'));
  if (!src) {
    const alt = node.getAttribute('alt')?.trim();
    if (alt) node.replaceWith(node.ownerDocument.createTextNode(alt));
    else node.remove();
    return false;
  }
  node.setAttribute('src', src);
  node.setAttribute('loading', 'lazy');
  node.setAttribute('decoding', 'async');
  node.setAttribute('referrerpolicy', 'no-referrer');
  return true;
}
