import '../../../styles/embed.css';
import { LoadingView } from '../../../lib/ui/loading-view';

/** What the iframe shows while the article loads: no chrome, just a quiet status. */
export function EmbedLoading() {
  return (
    <div className="embed-frame">
      <LoadingView />
    </div>
  );
}
