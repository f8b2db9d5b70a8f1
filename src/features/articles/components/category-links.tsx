import '../../../styles/category-links.css';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';

/** Each category path as a trail of links, one per level (`新媒体 › 鸟哥笔记 › 首页`). */
export function CategoryLinks({ categories, className }: { categories: string[][]; className: string }) {
  if (categories.length === 0) return null;
  return (
    <ul className={className}>
      {categories.map((path) => (
        <li key={path.join('\u0000')} className="category-trail">
          {path.map((name, depth) => (
            <Link key={depth} to={paths.category.getHref(path.slice(0, depth + 1))}>
              {name}
            </Link>
          ))}
        </li>
      ))}
    </ul>
  );
}
