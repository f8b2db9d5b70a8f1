import { indexUrl } from 'virtual:folio-articles';

const root = document.getElementById('root');
if (root) root.textContent = `index at ${indexUrl}`;
