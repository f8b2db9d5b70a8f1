// What a note in a box does not hold: a one-cell table with any of these is a page's frame.
const PAGE_CONTENT = 'p, div, br, img, figure, table, pre, ul, ol, blockquote, h1, h2, h3, h4, h5, h6';
const NOTE_LENGTH = 200;
// Blocks of running text; a data table's cell has one at most (Word wraps each cell's text in a `<p>`).
const BLOCKS = new Set(['P', 'DIV', 'FIGURE', 'PRE', 'UL', 'OL', 'BLOCKQUOTE', 'TABLE']);
const HEADING = /^H[1-6]$/;

/** The table's own cells (not those of tables inside it), in reading order: row by row. */
function ownCells(table: Element): Element[] {
  return [...table.querySelectorAll('td, th')].filter((cell) => cell.closest('table') === table);
}

/** A cell that is a stretch of an article: it has a heading, or three blocks of text or more. */
function holdsArticle(cell: Element): boolean {
  const children = [...cell.children];
  return children.some((child) => HEADING.test(child.tagName)) || children.filter((child) => BLOCKS.has(child.tagName)).length >= 3;
}

function isLayout(table: Element, cells: Element[]): boolean {
  if (table.querySelector('caption')) return false;
  if (cells.length === 1) {
    const [cell] = cells;
    return cell.querySelector(PAGE_CONTENT) !== null || (cell.textContent ?? '').trim().length > NOTE_LENGTH;
  }
  return cells.some(holdsArticle);
}

/**
 * Tables used as page layout are shown as their content, cell after cell. Forum posts (GameRes'
 * Discuz pages) wrap the whole article in a table of one cell (`<td class="t_f">`); bilingual
 * translations set the original and the translation side by side, each cell a section with its
 * heading, paragraphs and pictures. As tables they read as boxes in small type, and a long URL
 * or line of code widens a cell past a phone's screen, so lines are cut off or a whole column
 * sits off-screen. A data table, or a short note in a one-cell box, stays a table.
 */
export function unwrapLayoutTables(root: Element): void {
  for (const table of root.querySelectorAll('table')) {
    const cells = ownCells(table);
    if (cells.length === 0 || !isLayout(table, cells)) continue;
    const doc = table.ownerDocument;
    const blocks = cells.map((cell) => {
      const div = doc.createElement('div');
      div.append(...cell.childNodes);
      return div;
    });
    table.replaceWith(...blocks);
  }
}
