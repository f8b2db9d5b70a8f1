import { createRng, pick, randomInt, type Rng } from './rng';
import type { SourceArticle } from './synth-source';
import { buildTaxonomy, categoryPicker } from './synth-taxonomy';

/** How many files to make and from which seed. */
export interface SynthOptions {
  count: number;
  seed: string;
}

/** One generated article file: its path below the output folder (`/`-separated) and its text. */
export interface SynthFile {
  path: string;
  text: string;
}

const FIRST_DATE = Date.UTC(2017, 0, 1);
const LAST_DATE = Date.UTC(2023, 0, 1);
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const TITLE_PREFIXES = ['', '', '', '', '', '深度｜', '快讯｜', '独家：', '观点：', '早报｜'];
const FALLBACK_WORDS = ['文章', '阅读', '归档', '合成', '样本', '数据', '测试', '内容'];

/** Single-quoted YAML, as the real files write titles and image URLs. */
export function yamlQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A YAML scalar written plain when that reads back as the same string, quoted otherwise. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}—][^:#'"[\]{},&*!|>%@`\n]*$/u.test(value) && !/\s$/.test(value);
  const ambiguous = /^[-+.\d]+$/.test(value) || /^(true|false|null|yes|no|on|off|~)$/i.test(value);
  return plain && !ambiguous ? value : yamlQuoted(value);
}

/** A file or folder name: no separators or dots (the real archive drops them), at most `max` characters. */
export function fileSafe(name: string, max = 40): string {
  const cleaned = name.replace(/[\\/:*?"<>|.\p{Cc}]/gu, '').replace(/\s+/g, ' ').trim();
  return Array.from(cleaned).slice(0, max).join('').trim() || '无题';
}

/** A date as the real files write it: mostly RFC 2822, some Hexo local time, a few `Invalid Date`. */
export function synthDate(rng: Rng): string {
  const roll = rng();
  const ms = FIRST_DATE + Math.floor((rng() * (LAST_DATE - FIRST_DATE)) / 1000) * 1000;
  if (roll < 0.04) return 'Invalid Date';
  if (roll < 0.2) return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
  return new Date(ms).toUTCString();
}

/** Short words from the sources, used to give every body its own lead sentence. */
export function vocabulary(sources: readonly SourceArticle[], limit = 4000): string[] {
  const words = new Set<string>();
  for (const { title, body } of sources) {
    const text = `${title} ${body.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ')}`;
    for (const [run] of text.matchAll(/\p{Script=Han}{2,}|[A-Za-z][A-Za-z0-9]{2,}/gu)) {
      if (/^[A-Za-z]/.test(run)) words.add(run);
      else for (let i = 0; i + 2 <= run.length; i += 3) words.add(run.slice(i, i + 3));
      if (words.size >= limit) return [...words];
    }
  }
  return words.size > 0 ? [...words] : FALLBACK_WORDS;
}

function imageUrl(rng: Rng, pool: readonly string[]): string {
  const roll = rng();
  if (roll < 0.1) return '';
  if (roll < 0.5 && pool.length > 0) return pick(rng, pool);
  return `https://picsum.photos/400/300?random=${randomInt(rng, 10000)}`;
}

function frontMatter(fields: { title: string; path: string[]; image: string; date: string; omitHeadimg: boolean }) {
  const lines = ['', '---', `title: ${yamlQuoted(fields.title)}`, 'categories: '];
  for (const name of fields.path) lines.push(` - ${yamlScalar(name)}`);
  if (!fields.omitHeadimg) lines.push(`headimg: ${yamlQuoted(fields.image)}`);
  lines.push(`author: ${yamlScalar(fields.path[1])}`, 'comments: false', `date: ${fields.date}`);
  lines.push(`thumbnail: ${yamlQuoted(fields.image)}`, '---', '');
  return lines.join('\n');
}

/**
 * Yields `count` article files in the real archive's format at `<top>/<site>/<feed>/<title>-<n>.md`.
 * Everything is drawn from one seeded generator, so the same sources and seed give the same files.
 */
export function* synthesizeCorpus(sources: readonly SourceArticle[], options: SynthOptions): Generator<SynthFile> {
  if (sources.length === 0) throw new Error('no source articles to borrow from');
  const rng = createRng(options.seed);
  const nextPath = categoryPicker(buildTaxonomy(rng, sources.map((s) => s.categories)));
  const words = vocabulary(sources);
  const images = [...new Set(sources.flatMap((s) => s.images))];
  for (let n = 1; n <= options.count; n++) {
    const source = pick(rng, sources);
    const path = nextPath(rng);
    const baseTitle = pick(rng, TITLE_PREFIXES) + (source.title.replace(/\s+/g, ' ').trim() || '无题');
    const lead = Array.from({ length: 8 + randomInt(rng, 12) }, () => pick(rng, words)).join('');
    const head = frontMatter({
      title: `${baseTitle}（${n}）`,
      path,
      image: imageUrl(rng, images),
      date: synthDate(rng),
      omitHeadimg: rng() < 0.02,
    });
    yield {
      path: [...path.map((name) => fileSafe(name, 60)), `${fileSafe(baseTitle)}-${n}.md`].join('/'),
      text: `${head}\n<p>${lead}。</p>\n${source.body.replace(/^(\r?\n)+/, '')}`,
    };
  }
}
