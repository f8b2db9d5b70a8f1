import { Link } from 'react-router';
import { StatusView } from '../../lib/ui/status-view';
import { useI18n } from '../../lib/i18n/use-i18n';
import { paths } from '../../shared/paths';

/** No data to load; present so every route module has the same shape. */
export const loader = () => () => null;

/** Any unknown address: says so and offers the way home. */
export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <StatusView title={t.notFoundTitle} message={t.notFound}>
      <Link className="button button-primary" to={paths.home.getHref()}>
        {t.goHome}
      </Link>
    </StatusView>
  );
}
