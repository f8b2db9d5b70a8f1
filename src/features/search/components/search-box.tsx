import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Form, useLocation } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { paths } from '../../../shared/paths';
import { useSlashFocus } from '../hooks/use-slash-focus';
import '../../../styles/search.css';

/** True where a keyboard is likely (a fine pointer that hovers): only there does "press /" help. */
function likelyKeyboard(): boolean {
  return window.matchMedia?.('(hover: hover) and (pointer: fine)').matches ?? true;
}

/** The header search box: submitting opens `/search?q=`; `/` focuses it unless typing elsewhere. */
export function SearchBox() {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const location = useLocation();
  const current = location.pathname === paths.search.path ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  // Back/forward between searches shows the query of the page on screen.
  useEffect(() => setValue(current), [current]);
  useSlashFocus(input);
  // An empty query stays put; any other is a GET to /search?q= that the router handles.
  const onSubmit = (event: FormEvent) => {
    if (!value.trim()) event.preventDefault();
  };
  // A real GET form: a query typed before the app has hydrated still reaches the search page.
  return (
    <Form role="search" method="get" action={paths.search.path} className="search-box" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t.searchLabel}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        value={value}
        placeholder={likelyKeyboard() ? t.searchPlaceholder : t.search}
        aria-keyshortcuts="/"
        enterKeyHint="search"
        autoComplete="off"
        onChange={(event) => setValue(event.target.value)}
      />
    </Form>
  );
}
