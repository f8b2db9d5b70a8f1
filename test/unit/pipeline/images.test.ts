import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../src/pipeline/html-tree';
import { absoluteImageUrl, imageSource, isPlaceholderSrc } from '../../../src/pipeline/images';
import { normalizeHtml } from '../../../src/pipeline/normalize-html';

function img(attrs: string): Element {
  return parseFragment(`<img ${attrs}>`).childNodes[0] as Element;
}

describe('image sources', () => {
  it('uses src when it is a real absolute URL', () => {
    expect(imageSource(img('src="https://a.com/x.jpg" data-src="https://b.com/y.jpg"'))).toBe('https://a.com/x.jpg');
  });

  it('uses the lazy-load attribute when src is missing, empty, data:, a blank gif or foreign-relative', () => {
    const lazy = 'data-src="https://a.com/real.jpg"';
    for (const src of ['', 'src=""', 'src="data:image/gif;base64,R0lGOD"', 'src="/static/blank.gif"', 'src="https://a.com/1x1.gif"', 'src="/img/x.png"']) {
      expect(imageSource(img(`${src} ${lazy}`)), src).toBe('https://a.com/real.jpg');
    }
  });

  it('reads data-original, data-original-src and data-actualsrc in that order', () => {
    expect(imageSource(img('data-original="//o.com/a.jpg"'))).toBe('https://o.com/a.jpg');
    expect(imageSource(img('data-original-src="https://o.com/b.jpg"'))).toBe('https://o.com/b.jpg');
    expect(imageSource(img('data-actualsrc="https://o.com/c.jpg"'))).toBe('https://o.com/c.jpg');
  });

  it('turns protocol-relative URLs into https', () => {
    expect(imageSource(img('src="//cdn.com/a.png"'))).toBe('https://cdn.com/a.png');
    expect(absoluteImageUrl(' //cdn.com/a.png ')).toBe('https://cdn.com/a.png');
  });

  it('keeps a real inline data: image when nothing else is known', () => {
    expect(imageSource(img('src="data:image/png;base64,iVBO"'))).toBe('data:image/png;base64,iVBO');
  });

  it('has no source for foreign-relative or script URLs', () => {
    expect(imageSource(img('src="/img/article/a.png"'))).toBeNull();
    expect(imageSource(img('src="javascript:alert(1)"'))).toBeNull();
  });

  it('knows common placeholders', () => {
    expect(isPlaceholderSrc('https://x.com/assets/loading.gif?v=2')).toBe(true);
    expect(isPlaceholderSrc('https://x.com/photo-blank-sky.jpg')).toBe(false);
  });
});

describe('normalized images', () => {
  const out = (attrs: string) => normalizeHtml(`<img ${attrs}>`).html;

  it('get lazy loading, async decoding and no referrer', () => {
    expect(out('src="https://a.com/x.jpg" referrerpolicy="unsafe-url"')).toBe(
      '<img src="https://a.com/x.jpg" referrerpolicy="no-referrer" loading="lazy" decoding="async">',
    );
  });

  it('get their size from img_width/img_height, data-w/-h or data-width/-height', () => {
    expect(out('src="https://a.com/x.jpg" img_width="1080" img_height="720"')).toContain('width="1080" height="720"');
    expect(out('src="https://a.com/x.jpg" data-w="8" data-h="6"')).toContain('width="8" height="6"');
    expect(out('src="https://a.com/x.jpg" data-width="4" data-height="3"')).toContain('width="4" height="3"');
  });

  it('keep the aspect ratio when only the width is given', () => {
    expect(out('src="https://a.com/x.jpg" img_width="1080" img_height="720" width="540"')).toContain('width="540" height="360"');
  });

  it('keep existing numeric sizes and leave percentages alone', () => {
    expect(out('src="https://a.com/x.jpg" width="500px" height="281" img_width="1" img_height="1"')).toContain('width="500" height="281"');
    expect(out('src="https://a.com/x.jpg" width="100%" img_width="10" img_height="5"')).not.toMatch(/\sheight=/);
  });

  it('are replaced by their alt text when no usable source exists', () => {
    expect(out('src="/img/a.png" alt="架构图"')).toBe('<span data-missing-image="">架构图</span>');
    expect(out('src="/img/a.png"')).toBe('');
  });

  it('lose a srcset that would load from our own host', () => {
    expect(out('src="https://a.com/x.jpg" srcset="/x-2x.jpg 2x"')).not.toContain('srcset');
    expect(out('src="https://a.com/x.jpg" srcset="//a.com/x-2x.jpg 2x"')).toContain('srcset="https://a.com/x-2x.jpg 2x"');
  });

  it('give the first one as the article cover fallback', () => {
    expect(normalizeHtml('<img src="/rel.png"><img data-src="//a.com/1.jpg"><img src="https://a.com/2.jpg">').firstImage).toBe(
      'https://a.com/1.jpg',
    );
  });
});
