// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/features/search/utils/article-text';

describe('articleText', () => {
  it('gives the visible text of a body, blocks apart, whitespace collapsed', () => {
    const html = '<h1 id="ch-a">标题</h1><p>第一段\n  文字</p><ul><li>one</li><li>two</li></ul><div><p>内</p>外</div>a<br>b';
    expect(articleText(html)).toBe('标题 第一段 文字 one two 内 外 a b');
  });

  it('leaves out what the sanitizer removes: scripts, styles, form controls, templates', () => {
    const html = '<p>可见<script>alert("x")</script><style>p{}</style><button>Copy</button><template>模板</template>文字</p><img src="https://img.example/a.png" alt="图" onerror="alert(1)">';
    expect(articleText(html)).toBe('可见文字');
  });
});
