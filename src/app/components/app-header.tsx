import '../../styles/site-header.css';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/use-i18n';
import { paths } from '../../shared/paths';
import { DisplaySettings } from '../../features/settings/components/display-settings';
import { PwaBanners } from '../../features/pwa/components/pwa-banners';
import { SaveOfflineButton } from '../../features/pwa/components/save-offline-button';
import { SearchBox } from '../../features/search/components/search-box';
import { LanguageSwitch } from './language-switch';

/** The sticky site header: brand (home link), search box, and the Offline, Display and language tools. */
export function AppHeader() {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link className="brand" to={paths.home.getHref()}>
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M6 5h14l6 6v16H6z" />
            <path className="brand-fold" d="M20 5v6h6" />
            <path className="brand-lines" d="M10 16h12M10 20h12M10 24h8" />
          </svg>
          <span className="brand-name">{t.appName}</span>
          <span className="brand-tagline">{t.tagline}</span>
        </Link>
        <SearchBox />
        <div className="site-header-tools">
          <SaveOfflineButton />
          <DisplaySettings />
          <LanguageSwitch />
        </div>
      </div>
      <PwaBanners />
    </header>
  );
}
