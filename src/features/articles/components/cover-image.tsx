import { useState } from 'react';
import { safeImageUrl } from '../../../lib/safe-url';

/**
 * A card's cover in a fixed 4:3 box, so nothing moves when it loads. The placeholder sits
 * underneath and shows through when there is no cover or it fails to load.
 */
export function CoverImage({ src }: { src: string | null }) {
  const url = safeImageUrl(src);
  const [failed, setFailed] = useState(false);
  return (
    <div className="card-cover" data-empty={!url || failed}>
      {url && !failed && (
        <img
          src={url}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailed(true)}
        />
      )}
    </div>
  );
}
