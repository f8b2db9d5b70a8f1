// What a note in a box does not hold: a one-cell table with any of these is a page's frame.
const PAGE_CONTENT = 'p, div, br, img, figure, table, pre, ul, ol, blockquote, h1, h2, h3, h4, h5, h6';
const NOTE_LENGTH = 200;

/**
 * A table of one cell that holds paragraphs, lines or images is page layout, not data: forum
 * posts (GameRes' Discuz pages) wrap the whole article in `<table><tr><td class="t_f">`. Shown
 * as a table it is a bordered box in smaller type, and a long URL in it widens the cell past a
 * phone's screen, so every line is cut off. The cell's content takes the table's place, in a
 * `<div>`. A short note set in a one-cell table keeps its box.
 */
export function unwrapLayoutTables(root: Element): void {
  for (const table of root.querySelectorAll('table')) {
    const cells = [...table.querySelectorAll('td, th')].filter((cell) => cell.closest('table') === table);
    if (cells.length !== 1 || table.querySelector('caption')) continue;
    const [cell] = cells;
    if (!cell.querySelector(PAGE_CONTENT) && (cell.textContent ?? '').trim().length <= NOTE_LENGTH) continue;
    const div = table.ownerDocument.createElement('div');
    div.append(...cell.childNodes);
    table.replaceWith(div);
  }
}
