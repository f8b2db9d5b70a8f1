import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CategoryNode } from '../../../shared/article-types';
import { encodeLevels } from '../../../shared/paths';

interface Props {
  categories: readonly CategoryNode[];
  value: string;
  onChange: (value: string) => void;
}

/** A select of top- and second-level categories; the value is the path as `encodeLevels` writes it. */
export function SearchCategorySelect({ categories, value, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="search-filter">
      <label htmlFor={id}>{t.searchCategory}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t.searchAllCategories}</option>
        {categories.map((top) => [
          <option key={encodeLevels(top.path)} value={encodeLevels(top.path)}>
            {top.name} ({top.count})
          </option>,
          ...top.children.map((child) => (
            <option key={encodeLevels(child.path)} value={encodeLevels(child.path)}>
              {'\u00a0\u00a0'}
              {child.name} ({child.count})
            </option>
          )),
        ])}
      </select>
    </div>
  );
}
