/** Turning a file's bytes into text: UTF-8 first, then the encodings real article folders hold. */
import { ArticleError } from './errors.ts';

/** The text, and a note for the build log when it was not read as plain UTF-8. */
export interface DecodedText {
  text: string;
  note: string | null;
}

/** Bytes of the start of a file looked at to tell UTF-16 without a byte-order mark from binary. */
const SAMPLE = 4096;

function decodeOrNull(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Invalid bytes, or a runtime without this encoding (Node built without full ICU).
    return null;
  }
}

/**
 * UTF-16 without a byte-order mark: ASCII in UTF-16 puts a NUL in every other byte, so NULs
 * crowd one parity and (nearly) miss the other; binary formats scatter them over both.
 */
function bomlessUtf16(bytes: Uint8Array): DecodedText | null {
  const end = Math.min(bytes.length, SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  const crowded = (many: number, few: number) => many >= pairs / 8 && few * 8 <= many;
  const encoding = crowded(odd, even) ? 'utf-16le' : crowded(even, odd) ? 'utf-16be' : null;
  const text = encoding && decodeOrNull(encoding, bytes);
  return text ? { text, note: `has no byte-order mark; read as ${encoding!.toUpperCase()}` } : null;
}

/** True when most non-ASCII characters of a lossy UTF-8 decoding are U+FFFD: another encoding, not a few bad bytes. */
function mostlyInvalid(lossy: string): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < lossy.length; i++) {
    const code = lossy.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code >= 0x80) good++;
  }
  return bad > good;
}

/**
 * Decodes an article file: UTF-16 with a BOM; UTF-8 (a BOM is dropped); UTF-16 without a BOM;
 * GB18030/GBK, which Chinese sites save, when the bytes are valid there and mostly invalid as
 * UTF-8; else UTF-8 with U+FFFD for bad bytes. Throws an ArticleError for a binary file (NUL bytes
 * and not UTF-8), which no decoding turns into an article.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), note: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), note: null };
  const utf8 = decodeOrNull('utf-8', bytes);
  const hasNul = bytes.indexOf(0) >= 0;
  if (hasNul) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) return utf16;
    if (utf8 === null) throw new ArticleError('is not text (it holds NUL bytes and is not UTF-8); UTF-16 needs a byte-order mark');
  }
  if (utf8 !== null) return { text: utf8, note: null };
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const gb18030 = mostlyInvalid(lossy) ? decodeOrNull('gb18030', bytes) : null;
  if (gb18030 !== null) return { text: gb18030, note: 'is not UTF-8; read as GB18030 (GBK) Chinese; save it as UTF-8 if the text looks wrong' };
  return { text: lossy, note: 'is not valid UTF-8; bad bytes shown as U+FFFD' };
}
