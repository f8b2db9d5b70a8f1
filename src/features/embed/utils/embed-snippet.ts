/**
 * The HTML a host page pastes to embed one article: the iframe plus a few lines of script that
 * size it to the article (the `folio:resize` message, CONTRACTS.md) and scroll the host to a
 * chapter the reader picked inside the frame (`folio:scroll`). Messages are only taken from
 * that iframe and from the Folio origin.
 */
export function embedSnippet(embedUrl: string, title: string): string {
  const origin = new URL(embedUrl).origin;
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(embedUrl)}" title="${attr(title)}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>
<script>
(function (frame) {
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== ${JSON.stringify(origin)} || event.source !== frame.contentWindow || !data) return;
    if (data.type === 'folio:resize') frame.style.height = data.height + 'px';
    if (data.type === 'folio:scroll') scrollTo({ top: frame.getBoundingClientRect().top + scrollY + data.top });
  });
})(document.currentScript.previousElementSibling);
</script>`;
}
