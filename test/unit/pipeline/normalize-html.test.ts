import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import { normalizeHtml } from '../../../src/pipeline/normalize-html';

/** How many elements deep the markup nests. */
function depthOf(html: string): number {
  let max = 0;
  const stack: [{ childNodes?: unknown[] }, number][] = [[parseFragment(html), 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    max = Math.max(max, depth);
    for (const child of node.childNodes ?? []) stack.push([child as { childNodes?: unknown[] }, depth + 1]);
  }
  return max;
}

describe('normalizeHtml', () => {
  it('drops scripts, styles, templates, head-only elements and comments', () => {
    const { html } = normalizeHtml(
      '<!-- c --><script>alert(1)</script><style>p{}</style><template><p>t</template><link rel="stylesheet" href="x"><meta name="a"><base href="https://e.com/"><p>kept</p>',
    );
    expect(html).toBe('<p>kept</p>');
  });

  it('drops event handlers and attribute names the browser cannot use', () => {
    expect(normalizeHtml('<p onclick="x()" class="a" data-x="1">t</p>').html).toBe('<p class="a" data-x="1">t</p>');
  });

  it('drops the debris of broken quoting but keeps the element and its text', () => {
    const { html, chapters } = normalizeHtml(
      '<h1 label="一级标题" style="background-image: url("/img/a.png"); background-size: 16px;" title="t">01 标题</h1>',
    );
    expect(html).toBe('<h1 label="一级标题" style="background-image: url(" id="ch-01">01 标题</h1>');
    expect(chapters[0].title).toBe('01 标题');
  });

  it('keeps well-formed attributes of elements in a body that has broken tags elsewhere', () => {
    const { html } = normalizeHtml('<p class="ok" title="t">a</p><p style="x: url("/y");">b</p>');
    expect(html).toContain('<p class="ok" title="t">a</p>');
  });

  it('drops <noscript> with a script, or with only images already shown; unwraps new images', () => {
    const { html } = normalizeHtml(
      '<img data-src="https://a.com/1.jpg"><noscript><img src="https://a.com/1.jpg"></noscript>' +
        '<noscript><script>x()</script><img src="https://t.com/p.gif"></noscript>' +
        '<noscript>Please enable JavaScript</noscript>' +
        '<noscript><img src="https://a.com/2.jpg"></noscript>',
    );
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(html).toContain('src="https://a.com/2.jpg"');
    expect(html).not.toMatch(/noscript|enable JavaScript|t\.com/);
  });

  it('reads a whole HTML document: its body, and its <title> for the title fallback', () => {
    const result = normalizeHtml('<!DOCTYPE html><html><head><title> Doc </title><link rel="stylesheet" href="x"></head><body><p>b</p></body></html>');
    expect(result.html).toBe('<p>b</p>');
    expect(result.documentTitle).toBe('Doc');
  });

  it('collects visible text with block edges as spaces, and the first heading', () => {
    const result = normalizeHtml('<h2>Head</h2><p>a</p><p>b<br>c<b>d</b></p><img src="/x.png" alt="alt">');
    expect(result.text).toBe('Head a b cd alt');
    expect(result.firstHeading).toBe('Head');
  });

  it('survives markup nested far deeper than a recursive walk would', () => {
    const deep = `${'<span>'.repeat(5_000)}deep${'</span>'.repeat(5_000)}<h1>After</h1>`;
    const result = normalizeHtml(deep);
    expect(result.text).toBe('deep After');
    expect(result.chapters).toHaveLength(1);
  });

  it('ships no nest deeper than 512 elements (browsers parse those in quadratic time), losing nothing', () => {
    const inner = '<h2>Deep heading</h2><p>deep <b>text</b></p><img src="https://img.example/a.png">';
    const result = normalizeHtml(`${'<div>'.repeat(50_000)}${inner}${'</div>'.repeat(50_000)}<p>after</p>`);
    expect(depthOf(result.html)).toBeLessThanOrEqual(514);
    expect(result.text).toBe('Deep heading deep text after');
    expect(result.chapters.map((c) => c.title)).toEqual(['Deep heading']);
    expect(result.html).toContain('<img src="https://img.example/a.png"');
    expect(result.html.match(/<div>/g)).toHaveLength(50_000);
  });

  it('parses text the HTML way: entities decoded, stray < kept as text', () => {
    expect(normalizeHtml('<p>a &amp; b < c</p>').text).toBe('a & b < c');
  });
});

describe('code written with unescaped angle brackets (real 美团, 少数派, 掘金 posts)', () => {
  it('gives generics and made-up tags in code back their text', () => {
    const { html, text } = normalizeHtml(
      '<pre><code class="java">private Map<String, IParseFunction> allFunctionMap;\nList<User> users;</code></pre>' +
        '<p>Use <code><your app key></code> and <code>MakeRefCounted<AndroidNativeWindow>(</code>.</p>',
    );
    expect(html).toContain('private Map&lt;String, IParseFunction&gt; allFunctionMap;\nList&lt;User&gt; users;');
    expect(html).toContain('<code>&lt;your app key&gt;</code>');
    expect(html).toContain('<code>MakeRefCounted&lt;AndroidNativeWindow&gt;(</code>');
    expect(text).toContain('Map<String, IParseFunction> allFunctionMap;');
  });

  it('keeps an XML example whole, end tags included', () => {
    const source = '<pre><code><appender name="biz" class="ch.qos.RollingFileAppender">\n  <file>logs/business.log</file>\n</appender></code></pre>';
    expect(normalizeHtml(source).html).toBe(
      '<pre><code>&lt;appender name="biz" class="ch.qos.RollingFileAppender"&gt;\n  &lt;file&gt;logs/business.log&lt;/file&gt;\n&lt;/appender&gt;</code></pre>',
    );
  });

  it('shows a script, style or template example in code as text, never as markup', () => {
    const { html } = normalizeHtml(
      '<pre><code><template>\n  <p>{{ a }}</p>\n</template>\n<script>\nexport default { a: 1 < 2 }\n</script>\n<style scoped>\n.a { color: red }\n</style></code></pre>',
    );
    expect(html).toBe(
      '<pre><code>&lt;template&gt;\n  &lt;p&gt;{{ a }}&lt;/p&gt;\n&lt;/template&gt;\n&lt;script&gt;\nexport default { a: 1 &lt; 2 }\n&lt;/script&gt;\n' +
        '&lt;style scoped&gt;\n.a { color: red }\n&lt;/style&gt;</code></pre>',
    );
  });

  it("makes no heading, and so no chapter, of a Vue example's <h1>", () => {
    const { html, chapters } = normalizeHtml('<h2>Real</h2><pre><code><template>\n  <h1 class="t">{{ title }}</h1>\n</template></code></pre>');
    expect(html).toContain('&lt;h1 class="t"&gt;{{ title }}&lt;/h1&gt;');
    expect(chapters.map((c) => c.title)).toEqual(['Real']);
  });

  it("keeps a highlighter's markup, and leaves tags outside code as the browser reads them", () => {
    const highlighted = '<pre><span class="kw">int</span> <b>x</b> = 1;<br><a href="https://example.com/">y</a></pre>';
    expect(normalizeHtml(highlighted).html).toBe(highlighted);
    expect(normalizeHtml('<p>ThreadLocal<map<string, object>> 对象</p><p><o:p></o:p>Word</p>').html).not.toContain('&lt;');
    expect(normalizeHtml('<p>x</p><script>alert(1)</script>').html).toBe('<p>x</p>');
  });
});
