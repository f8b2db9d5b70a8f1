import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/pipeline/decode-text';
import { ArticleError } from '../../../src/pipeline/errors';

const ARTICLE = '---\ntitle: 中文标题\n---\n# 第一章\n\n这是一段中文正文，包含标点符号。\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/** "中文标题" … in GBK, as `iconv -t GBK` writes it. */
const GBK = Uint8Array.from(
  Buffer.from('2d2d2d0a7469746c653a20d6d0cec4b1eacce20a2d2d2d0a2320b5dad2bbd5c20a0ad5e2cac7d2bbb6ced6d0cec4d5fdcec4a3acb0fcbaacb1eab5e3b7fbbac5a1a30a', 'hex'),
);

describe('decodeText', () => {
  it('strips a UTF-8 BOM and reads UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', note: null });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ text: 'a', note: null });
  });

  it('keeps a few invalid UTF-8 bytes as U+FFFD, with a note', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff]))).toEqual({ text: 'a\uFFFD', note: 'is not valid UTF-8; bad bytes shown as U+FFFD' });
    // A UTF-8 Chinese file cut inside its last character stays UTF-8: one U+FFFD, not mojibake.
    const cut = Buffer.from(ARTICLE + '中').subarray(0, -1);
    expect(decodeText(cut).text).toBe(`${ARTICLE}\uFFFD`);
  });

  it('reads GBK Chinese as GB18030, with a note naming the encoding', () => {
    const { text, note } = decodeText(GBK);
    expect(text).toBe(ARTICLE);
    expect(note).toMatch(/not UTF-8; read as GB18030/);
  });

  it('leaves Latin-1 text as lossy UTF-8 rather than guessing Chinese', () => {
    expect(decodeText(Uint8Array.from(Buffer.from('caf\xe9 na\xefve\n', 'latin1'))).text).toBe('caf\uFFFD na\uFFFDve\n');
  });

  it('reads UTF-16 without a byte-order mark, little- and big-endian', () => {
    expect(decodeText(utf16(ARTICLE, true))).toEqual({ text: ARTICLE, note: 'has no byte-order mark; read as UTF-16LE' });
    expect(decodeText(utf16(ARTICLE, false))).toEqual({ text: ARTICLE, note: 'has no byte-order mark; read as UTF-16BE' });
  });

  it('keeps UTF-8 text with a stray NUL as it is', () => {
    expect(decodeText(Buffer.from('---\ntitle: x\n---\nbefore\0after\n'))).toEqual({ text: '---\ntitle: x\n---\nbefore\0after\n', note: null });
  });

  it('refuses binary files (NUL bytes, not UTF-8): a PNG renamed .md is no article', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000', 'hex'), Buffer.alloc(64, 0xc3)]);
    expect(() => decodeText(png)).toThrow(ArticleError);
    expect(() => decodeText(png)).toThrow(/is not text/);
  });
});
