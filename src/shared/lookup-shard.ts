/** FNV-1a over UTF-16 code units: tiny, stable, and the same in Node and the browser. */
export function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Which of `shards` lookup shards holds this article id. */
export function lookupShard(id: string, shards: number): number {
  return stringHash(id) % shards;
}
