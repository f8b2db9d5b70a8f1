// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml, sanitizeWithRemovals } from '../../../src/lib/sanitize';

const clean = (html: string) => sanitizeArticleHtml(html).__html;

function parse(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = clean(html);
  return box;
}

describe('sanitizeArticleHtml keeps what a reader needs', () => {
  it('keeps text structure: headings, lists, tables, quotes, code', () => {
    const html = '<h2 id="ch-a">T</h2><ul><li>x</li></ul><table><tbody><tr><td>c</td></tr></tbody></table><blockquote>q</blockquote><pre><code>k</code></pre>';
    expect(clean(html)).toBe(html);
  });

  it('turns text-align (style, align=, class) into align-* classes and drops the rest of the style', () => {
    const box = parse('<p style="color:red;text-align: center;--tw-ring: 1px">a</p><p align="right">b</p><h2 style="background:url(/img/h1.png)">c</h2>');
    expect(box.innerHTML).toBe('<p class="align-center">a</p><p class="align-right">b</p><h2>c</h2>');
  });

  it('unwraps font, center and label but keeps their text; drops buttons and inputs with theirs', () => {
    const box = parse('<p><font color="red">red</font> <center>mid</center> <label>lab</label><button><svg></svg>Copy</button><input type="hidden" value="v"></p>');
    expect(box.textContent).toBe('red mid lab');
    expect(box.querySelector('font, center, label, button, input, svg')).toBeNull();
  });

  it('keeps deep section nesting text and drops contenteditable, data-* and aria-*', () => {
    const box = parse('<section><section><section><section><section contenteditable="true" data-x="1" aria-hidden="true">deep</section></section></section></section></section>');
    expect(box.textContent).toBe('deep');
    expect(box.querySelector('[contenteditable], [data-x], [aria-hidden]')).toBeNull();
  });

  it('removes blank spacer paragraphs', () => {
    expect(clean('<p>a</p><p><br></p><p>&nbsp;</p><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });
});

describe('links', () => {
  it('opens external links in a new tab without opener or referrer', () => {
    const a = parse('<a href="https://example.org/x" target="_self" rel="opener">x</a>').querySelector('a')!;
    expect([a.getAttribute('href'), a.target, a.rel]).toEqual(['https://example.org/x', '_blank', 'noopener noreferrer']);
  });

  it.each([
    ['https://www.oschina.net/action/GoToLink?url=https%3A%2F%2Felixir-lang.org%2F', 'https://elixir-lang.org/'],
    ['https://links.jianshu.com/go?to=https%3A%2F%2Fgithub.com%2Fa', 'https://github.com/a'],
    ['https://link.zhihu.com/?target=https%3A//docs.python.org/3/', 'https://docs.python.org/3/'],
    ['https://juejin.cn/?target=https%3A%2F%2Fvitejs.dev', 'https://vitejs.dev/'],
    ['https://link.juejin.cn/?target=https%3A%2F%2Freact.dev%2F', 'https://react.dev/'],
    ['https://www.oschina.net/action/GoToLink?url=javascript%3Aalert(1)', 'https://www.oschina.net/action/GoToLink?url=javascript%3Aalert(1)'],
  ])('unwraps the redirect wrapper %s', (href, target) => {
    expect(parse(`<a href="${href}">x</a>`).querySelector('a')!.getAttribute('href')).toBe(target);
  });

  it('keeps links into this app in the same tab and keeps chapter anchors', () => {
    const box = parse(`<a href="${location.origin}/article/other">o</a><a href="#ch-intro">c</a>`);
    const [app, anchor] = [...box.querySelectorAll('a')];
    expect([app.getAttribute('href'), app.hasAttribute('target')]).toEqual(['/article/other', false]);
    expect([anchor.getAttribute('href'), anchor.hasAttribute('target')]).toEqual(['#ch-intro', false]);
  });

  it('drops relative and script links but keeps their text', () => {
    const box = parse('<a href="/img/x">r</a><a href="java\tscript:alert(1)">j</a><a href="vbscript:x">v</a><a href="data:text/html,x">d</a>');
    expect(box.querySelectorAll('a[href]').length).toBe(0);
    expect(box.textContent).toBe('rjvd');
  });
});

describe('images and media', () => {
  it('makes images lazy, async and referrer-free, with reserved numeric sizes', () => {
    // Inside a sentence, so that no class of ours joins the attributes under test.
    const img = parse('<p>a <img src="//img.example/a.png" width="640" height="50%" srcset="https://evil.example/x 2x"> b</p>').querySelector('img')!;
    expect(img.outerHTML).toBe('<img src="https://img.example/a.png" width="640" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });

  it('puts alt text in place of an image with a relative or vector data: source', () => {
    expect(clean('<p><img src="/img/a.png" alt="chart"><img src="data:image/svg+xml;base64,PHN2Zz4=" alt="svg"></p>')).toBe('<p>chartsvg</p>');
  });

  it('keeps a small raster data: image', () => {
    expect(parse('<img src="data:image/png;base64,iVBORw0KGgo=">').querySelector('img')?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('replaces an embedded player with a link to the video', () => {
    const a = parse('<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=1" title="Demo"></iframe>').querySelector('a')!;
    expect([a.getAttribute('href'), a.textContent, a.className]).toEqual(['https://www.bilibili.com/video/BV1xx411c7mD', '▶ Demo', 'video-link']);
  });
});

describe('players in paragraphs', () => {
  it('keeps the link of a player that is alone in its paragraph (real 3DM posts: Youku in a centred <p>)', () => {
    const box = parse('<p>对比视频：</p><p style="text-align:center;"><iframe src="https://player.youku.com/embed/XNTg4MTczNDg4MA==?client_id=1" frameborder="0">\n</iframe></p><p>next</p>');
    const a = box.querySelector('p.align-center > a.video-link');
    expect(a?.getAttribute('href')).toBe('https://v.youku.com/v_show/id_XNTg4MTczNDg4MA==.html');
    expect(box.textContent).toContain('▶ v.youku.com');
    // A paragraph that only spaces others out still goes.
    expect(parse('<p>a</p><p> <br> </p><p>b</p>').querySelectorAll('p')).toHaveLength(2);
  });
});

describe('player boxes', () => {
  it("links the video of ZAKER's player box, which the site's script would fill (a real ZAKER post)", () => {
    const info = encodeURIComponent(JSON.stringify({ status: 'finished', videoUrl: 'http://zkres.myzaker.com/img_upload/editor/article_video/2021/08/24/16298207779122.mp4', width: 854 }));
    const box = parse(`<div class="zaker_div"><div id="zkvideo1" class="zk_upvideo" data-zkinfo="${info}"></div></div><p>大银线蝠母亲和幼崽。</p>`);
    const a = box.querySelector('a.video-link');
    expect(a?.getAttribute('href')).toBe('http://zkres.myzaker.com/img_upload/editor/article_video/2021/08/24/16298207779122.mp4');
    expect(a?.textContent).toBe('▶ zkres.myzaker.com');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(box.querySelector('[data-zkinfo]')).toBeNull();
  });

  it('adds nothing for a box without a usable web address', () => {
    for (const info of ['%7Bbroken', encodeURIComponent('{"videoUrl":"javascript:alert(1)"}'), encodeURIComponent('{"videoUrl":7}')]) {
      expect(parse(`<div data-zkinfo="${info}"></div>`).querySelector('a')).toBeNull();
    }
  });
});

describe('never reaches the page', () => {
  it('drops scripts, handlers, frames, forms, styles and foreign ids', () => {
    const out = clean('<script>x()</script><img src="https://i.example/a.png" onerror="x()"><style>*{}</style><form action="https://e.example"><input></form><object data="x"></object><base href="https://e.example/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="https://e.example/s.css"><h2 id="cookie" name="forms">t</h2><svg><script>x()</script></svg><math><mi>x</mi></math>');
    expect(out).not.toMatch(/script|onerror|<style|<form|<input|<object|<base|<meta|<link|id=|name=|<svg|<math/i);
  });

  it('reports what it removed, by element and attribute', () => {
    const { removed } = sanitizeWithRemovals('<style>p{}</style><p style="color:red" onclick="x()"><font>f</font></p>');
    expect(removed).toEqual(expect.arrayContaining([
      { kind: 'element', name: 'style' }, { kind: 'attribute', name: 'onclick' },
      { kind: 'attribute', name: 'style' }, { kind: 'element', name: 'font' },
    ]));
  });
});

describe('source page chrome', () => {
  it('drops a "copy code" button inside a code block, and nothing that only looks like one', () => {
    const box = parse('<pre><code>fetch(url)</code><span class="copy-code-btn">复制代码</span></pre><p><span class="copy-btn">复制代码</span></p><pre><span class="copy-btn">a label far longer than any button has</span></pre>');
    expect(box.querySelector('pre')!.textContent).toBe('fetch(url)');
    expect(box.textContent).toContain('复制代码');
    expect(box.textContent).toContain('a label far longer than any button has');
  });
});

describe('leading line breaks', () => {
  it('drops the breaks a body opens with, also inside its first wrappers, and none after the first words', () => {
    expect(clean('<br><div> <br><p><br>开头<br>第二行</p><br>尾</div>')).toBe('<div> <p>开头<br>第二行</p><br>尾</div>');
  });

  it('keeps a break after a leading image', () => {
    expect(clean('<p><img src="https://i.example/a.png"><br>说明</p>')).toContain('<br>说明');
  });
});

describe('trailing line breaks', () => {
  it('drops the breaks that close a block (a real Zhihu quote ends in eleven), keeps those between lines', () => {
    expect(clean('<blockquote>1.曹操:300<br>12.袁绍:200<br><br><br><br><br><br><br><br><br><br><br></blockquote><p>后文</p>')).toBe(
      '<blockquote>1.曹操:300<br>12.袁绍:200</blockquote><p>后文</p>',
    );
    expect(clean('<div><p>甲<br><br>乙<br> <br>\n</p><br><br></div>')).toBe('<div><p>甲<br><br>乙 \n</p></div>');
    expect(clean('<ul><li>一<br></li><li><br></li></ul>')).toBe('<ul><li>一</li><li></li></ul>');
  });

  it('leaves the breaks in code, and a break before an image or inline text', () => {
    expect(clean('<pre>a<br>b<br><br></pre>')).toBe('<pre>a<br>b<br><br></pre>');
    expect(clean('<p>文<br><br><img src="https://i.example/a.png"></p>')).toContain('<br><br><img');
    expect(clean('<p>文<br><br><b>粗</b></p>')).toBe('<p>文<br><br><b>粗</b></p>');
  });
});

describe('marks sites give captions and subheadings (real 虎嗅 and 36kr posts)', () => {
  it('makes a caption of a paragraph labelled or classed as one, under its image', () => {
    const img = '<p><img src="https://i.example/a.png"></p>';
    for (const caption of [
      '<p label="图片备注" class="text-img-note">左：戴珊</p>',
      '<p label="图片描述" classname="img-desc" class="img-desc" style="">左：戴珊</p>',
    ]) {
      const html = clean(img + caption + '<p>正文</p>');
      expect(html).toMatch(/<figure>.*<img [^>]*>.*<figcaption>左：戴珊<\/figcaption><\/figure><p>正文<\/p>/);
    }
  });

  it('sets a paragraph labelled 小标题 in bold as a subheading, not as a heading', () => {
    expect(clean('<p label="小标题" class="text-sm-title">01 大淘系：超级主播消失</p><p label="正文">正文</p>')).toBe(
      '<p class="subheading">01 大淘系：超级主播消失</p><p>正文</p>',
    );
    expect(clean('<div label="小标题">x</div>')).toBe('<div>x</div>');
  });
});

describe('editor markers', () => {
  it('drops a paragraph that is only an unexpanded [TOC] marker, not the words elsewhere', () => {
    const { html, removed } = sanitizeWithRemovals('<ul><li>a</li></ul><p>[TOC]</p><p>See [TOC] in the docs.</p><pre>[TOC]</pre>');
    expect(html).toBe('<ul><li>a</li></ul><p>See [TOC] in the docs.</p><pre>[TOC]</pre>');
    expect(removed).toContainEqual({ kind: 'element', name: 'p ([TOC] marker)' });
  });
});

describe('line breaks in code', () => {
  it('does not double the lines of code written as <br> plus newline (real Dockone posts), nor touch other code', () => {
    const box = parse('<pre class="prettyprint">kubectl get pods<br>\n# 再删除<br>\r\nxargs<br>\n</pre><pre>a\n\nb<br>c</pre>');
    const [pasted, plain] = box.querySelectorAll('pre');
    expect(pasted.innerHTML).toBe('kubectl get pods<br># 再删除<br>xargs<br>');
    expect(plain.innerHTML).toBe('a\n\nb<br>c');
    // Outside code, a newline is just a space.
    expect(clean('<p>a<br>\nb</p>')).toBe('<p>a<br>\nb</p>');
  });
});

describe('layout tables', () => {
  it('shows a table of one cell as its content (real GameRes posts wrap the whole article in one)', () => {
    const box = parse('<table cellspacing="0" cellpadding="0"><tbody><tr><td class="t_f">第一段<br>原文：https://mp.weixin.qq.com/s/yxMbEn4Kc3IYVwaQNc8hCA<table><tr><td>a</td><td>b</td></tr></table></td></tr></tbody></table>');
    expect(box.firstElementChild?.tagName).toBe('DIV');
    expect(box.firstElementChild?.firstChild?.textContent).toBe('第一段');
    // The data table inside it stays a table.
    expect(box.querySelectorAll('table')).toHaveLength(1);
    expect(box.querySelectorAll('td')).toHaveLength(2);
  });

  it('shows a bilingual page set as a table, its cells sections with headings, cell after cell (real AI 研习社 posts)', () => {
    const box = parse('<table><tr><td width="50%">Title</td><td>标题</td></tr><tr><td><h4>History</h4><p>Before…</p></td><td><h4>历史</h4><p>在…之前</p></td></tr></table>');
    expect(box.querySelector('table, td')).toBeNull();
    expect([...box.children].map((div) => div.textContent)).toEqual(['Title', '标题', 'HistoryBefore…', '历史在…之前']);
  });

  it('keeps a data table whose cells hold a paragraph each (as Word writes them)', () => {
    const box = parse('<table><tr><th><p>型号</p></th><th><p>价格</p></th></tr><tr><td><p>A1</p></td><td><p>99</p></td></tr></table>');
    expect(box.querySelectorAll('td, th')).toHaveLength(4);
  });

  it('keeps tables of two cells or more, a one-cell table with a caption, and a short note in a box', () => {
    expect(parse('<table><tr><th>h</th></tr><tr><td>1<br>2</td></tr></table>').querySelector('table')).not.toBeNull();
    expect(parse('<table><caption>表 1</caption><tr><td><p>1</p></td></tr></table>').querySelector('table')).not.toBeNull();
    expect(parse('<table><tr><td>注意：<b>先备份</b>再升级。</td></tr></table>').querySelector('table')).not.toBeNull();
    expect(parse(`<table><tr><td>${'长'.repeat(201)}</td></tr></table>`).querySelector('table')).toBeNull();
  });
});

describe('figures', () => {
  it('wraps an image and the ▲ caption after it (blank paragraphs between) in figure/figcaption', () => {
    expect(clean('<p><img src="https://i.example/a.png" alt="a"></p><p><br></p><p style="text-align:center">▲图：淘宝官微</p><p>body</p>')).toBe(
      '<figure><img src="https://i.example/a.png" alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer"><figcaption>▲图：淘宝官微</figcaption></figure><p>body</p>',
    );
  });

  it('takes a caption the source marked by class, or a short centered paragraph, and keeps image links', () => {
    const box = parse('<div><img src="https://i.example/a.png"><p class="pgc-img-caption">夜色</p></div><p><a href="https://i.example/b.png"><img src="https://i.example/b.png"></a></p><p align="center">short one</p>');
    expect([...box.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['夜色', 'short one']);
    expect(box.querySelector('figure > a > img')).not.toBeNull();
    expect(box.querySelector('.caption-hint')).toBeNull();
  });

  it('leaves an ordinary paragraph after an image, and an inline image, alone', () => {
    const html = '<p><img src="https://i.example/a.png"></p><p>An ordinary paragraph of body text that follows.</p><p>x <img src="https://i.example/b.png"></p><p>▲ not after an image block</p>';
    expect(parse(html).querySelector('figure')).toBeNull();
  });

  it('takes a short centered line set all in bold for a heading over what follows, not a caption', () => {
    const box = parse('<p><img src="https://i.example/a.png"></p><p align="center"><strong>固定上方横栏</strong></p><p><img src="https://i.example/b.png"></p><p align="center"><strong>图</strong>二：九宫格</p>');
    expect([...box.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['图二：九宫格']);
    expect(box.querySelector('p.align-center > strong')?.textContent).toBe('固定上方横栏');
  });
});

describe('images on a line of their own', () => {
  const lineImages = (html: string) => [...parse(html).querySelectorAll('img')].map((img) => img.classList.contains('img-line'));

  it('marks an image alone in its block, also beside blank leftovers of the source', () => {
    expect(lineImages('<p><img src="https://i.example/a.png"></p><div><img src="https://i.example/b.png"><span></span></div><div><a href="https://i.example/c.png"><img src="https://i.example/c.png"></a></div>')).toEqual([true, true, true]);
  });

  it('marks an image between line breaks or blocks inside a block of text', () => {
    expect(lineImages('<p>上一行<br><img src="https://i.example/a.png"><br>下一行</p><div><img src="https://i.example/b.png"><ul><li>一</li></ul></div>')).toEqual([true, true]);
  });

  it('leaves an icon inside a sentence, and images side by side, in the line', () => {
    expect(lineImages('<p>點選「<img src="https://i.example/icon.png">」就可加入收藏</p><p><img src="https://i.example/a.png"><img src="https://i.example/b.png"></p><p>文字<b><img src="https://i.example/c.png"></b></p>')).toEqual([false, false, false, false]);
  });

  it('leaves images in figures to the figure', () => {
    expect(lineImages('<p><img src="https://i.example/a.png"></p><p>▲图：说明</p>')).toEqual([false]);
  });
});

describe('documents with no body', () => {
  it('returns nothing for a frameset document instead of throwing', () => {
    expect(clean('<frameset onload="alert(1)"><frame src="https://e.example/"></frameset>')).toBe('');
  });
});
