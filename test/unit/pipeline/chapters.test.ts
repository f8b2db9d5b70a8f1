import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../../src/pipeline/normalize-html';

const chaptersOf = (html: string) => normalizeHtml(html).chapters;

describe('chapters', () => {
  it('are the <h1> headings when there is one', () => {
    const chapters = chaptersOf('<h2>Before</h2><h1>One</h1><h2>Sub</h2><h1>Two</h1>');
    expect(chapters).toEqual([
      { id: 'ch-one', title: 'One', level: 1 },
      { id: 'ch-two', title: 'Two', level: 1 },
    ]);
  });

  it('fall back to the highest heading level present', () => {
    expect(chaptersOf('<h4>d</h4><h3>a</h3><h4>b</h4><h3>c</h3>').map((c) => c.title)).toEqual(['a', 'c']);
  });

  it('never include headings marked as body text, which do not count as present', () => {
    const html = '<h1 label="正文">not a chapter</h1><h2 label=" 正文 ">body</h2><h2 label="二级标题">A</h2><h3>x</h3>';
    expect(chaptersOf(html).map((c) => c.title)).toEqual(['A']);
  });

  it('skip empty headings, which do not count as present either', () => {
    expect(chaptersOf('<h1> </h1><h1><img src="https://e.com/a.png"></h1><h2>Real</h2>').map((c) => c.title)).toEqual(['Real']);
  });

  it('use the whitespace-collapsed text content as title', () => {
    expect(chaptersOf('<h1>\n  Hello <em>big</em>\n\t world<br>again </h1>')[0].title).toBe('Hello big world again');
  });

  it('are empty when there are no headings', () => {
    expect(chaptersOf('<p>text</p>')).toEqual([]);
  });

  it('number chapters without Latin text and de-duplicate slugs', () => {
    const chapters = chaptersOf('<h1>一</h1><h1>Intro</h1><h1>三</h1><h1>Intro</h1><h1>2</h1>');
    expect(chapters.map((c) => c.id)).toEqual(['ch-1', 'ch-intro', 'ch-3', 'ch-intro-2', 'ch-2']);
  });

  it('give chapters their ids before sub-headings, which get ids too', () => {
    const { chapters, html } = normalizeHtml('<h2>1</h2><h1>一</h1><h2>小节</h2><h2>Details</h2><h2 label="正文">正文</h2>');
    expect(chapters.map((c) => c.id)).toEqual(['ch-1']);
    expect(html).toBe(
      '<h2 id="ch-1-2">1</h2><h1 id="ch-1">一</h1><h2 id="ch-1-1">小节</h2><h2 id="ch-details">Details</h2><h2 label="正文" id="ch-1-3">正文</h2>',
    );
  });

  it('are stable across builds', () => {
    const html = '<h1>A</h1><h1>A</h1><h1>中</h1><h2>b</h2>';
    expect(normalizeHtml(html)).toEqual(normalizeHtml(html));
  });

  it('follow the seed: the 正文 paragraphs and the broken style quoting do not disturb heading text', () => {
    const html =
      '<p label="正文">x</p><h1 label="一级标题" style="background-image: url("/img/article/h1_icon.png"); color: red;">01 互联网往事</h1>';
    const { chapters, html: out } = normalizeHtml(html);
    expect(chapters).toEqual([{ id: 'ch-01', title: '01 互联网往事', level: 1 }]);
    expect(out).toContain('<h1 label="一级标题" style="background-image: url(" id="ch-01">01 互联网往事</h1>');
  });

  it('stay linear: 10,000 headings (many repeated) build, and 4x the headings cost about 4x the time', () => {
    const page = (n: number) => Array.from({ length: n }, (_, i) => `<h1>${i % 3 ? 'Same' : '同'}</h1><h2>Sub</h2><p>t</p>`).join('');
    const { chapters } = normalizeHtml(page(10_000));
    expect(chapters).toHaveLength(10_000);
    expect(new Set(chapters.map((c) => c.id)).size).toBe(10_000);
    const time = (html: string) => {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        normalizeHtml(html);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    // Linear work grows 4x; quadratic work would grow 16x. Best of five runs, on inputs big enough
    // to take tens of milliseconds, damps the noise of a loaded machine.
    expect(time(page(8_000)) / time(page(2_000))).toBeLessThan(10);
  }, 120_000);
});
