import { randomInt, zipfSampler, type Rng } from './rng';

/** A three-level Hexo category tree: top level › site › feed, most popular first at each level. */
export interface Taxonomy {
  tops: { name: string; sites: { name: string; feeds: string[] }[] }[];
}

// The seven top levels of the real archive, used when the sources name fewer.
const TOPS = ['新媒体', '编程', '金融', '二次元', '游戏', '社交媒体', '博客'];
const SITE_PREFIXES = [
  '科技', '数码', '财经', '产品', '运营', '增长', '极客', '前端', '后端', '云原生', '开源', '区块链',
  '动漫', '番剧', '手游', '独立游戏', '投资', '理财', '创业', '设计', '摄影', '汽车', 'AI', '数据',
  '安全', '硬件', '移动', 'Web', 'Linux', 'Rust', 'Python', 'Go', '新知', '深度', '晨间', '夜读',
];
const SITE_SUFFIXES = [
  '日报', '周刊', '观察', '社区', '在线', '之家', '前线', '笔记', '频道', '研究院', '实验室',
  '说', '圈', '网', '派', '学堂', ' Weekly', ' News', ' Daily', '头条',
];
// Feed names as the real archive spells them, odd dashes included.
const FEEDS = [
  '首页', '快讯', '资讯', '最新', '热点推荐', '周报', 'news', '今日事', '最新文章', '放送列表',
  '番剧', '评测', '专栏', '深度', '访谈', '教程', '招聘', '活动', '推荐', '热门', '精选', '原创',
  '问答', '— 分类', '— 资讯', '早报', '晚报', '直播', '视频', '播客', '更新日志', '公告',
];

function uniqueName(taken: Set<string>, make: () => string): string {
  // After a few collisions a number keeps the loop short even when the pools run dry.
  for (let attempt = 0; ; attempt++) {
    const name = attempt < 20 ? make() : `${make()} ${attempt}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return name;
  }
}

/** Builds the tree: the sources' own paths first (they rank highest), then made-up sites and feeds. */
export function buildTaxonomy(rng: Rng, sourcePaths: readonly string[][]): Taxonomy {
  const taxonomy: Taxonomy = { tops: [] };
  const siteNames = new Set<string>();
  const top = (name: string) => {
    let found = taxonomy.tops.find((t) => t.name === name);
    if (!found) taxonomy.tops.push((found = { name, sites: [] }));
    return found;
  };
  for (const [topName, siteName, feed] of sourcePaths.filter((p) => p.length === 3)) {
    if (!taxonomy.tops.some((t) => t.name === topName) && taxonomy.tops.length >= TOPS.length) continue;
    const sites = top(topName).sites;
    let site = sites.find((s) => s.name === siteName);
    if (!site) {
      sites.push((site = { name: siteName, feeds: [] }));
      siteNames.add(siteName);
    }
    if (!site.feeds.includes(feed)) site.feeds.push(feed);
  }
  for (const name of TOPS) if (taxonomy.tops.length < TOPS.length) top(name);
  for (const { sites } of taxonomy.tops) {
    const siteCount = Math.max(sites.length, 8 + randomInt(rng, 28));
    while (sites.length < siteCount) {
      const name = uniqueName(siteNames, () => {
        const prefix = SITE_PREFIXES[randomInt(rng, SITE_PREFIXES.length)];
        return prefix + SITE_SUFFIXES[randomInt(rng, SITE_SUFFIXES.length)];
      });
      sites.push({ name, feeds: [] });
    }
    for (const site of sites) {
      // Squaring skews toward few feeds per site, as in the real archive.
      const feedCount = Math.max(site.feeds.length, 1 + Math.floor(rng() ** 2 * 7));
      const taken = new Set(site.feeds);
      while (site.feeds.length < feedCount)
        site.feeds.push(uniqueName(taken, () => FEEDS[randomInt(rng, FEEDS.length)]));
    }
  }
  return taxonomy;
}

/** Returns a picker of category paths: Zipf at each level, so a few feeds are huge and most are tiny. */
export function categoryPicker(taxonomy: Taxonomy, exponent = 1): (rng: Rng) => string[] {
  const pickTop = zipfSampler(taxonomy.tops.length, exponent);
  const pickSite = taxonomy.tops.map((t) => zipfSampler(t.sites.length, exponent));
  const pickFeed = taxonomy.tops.map((t) => t.sites.map((s) => zipfSampler(s.feeds.length, exponent)));
  return (rng) => {
    const t = pickTop(rng);
    const s = pickSite[t](rng);
    const top = taxonomy.tops[t];
    return [top.name, top.sites[s].name, top.sites[s].feeds[pickFeed[t][s](rng)]];
  };
}
