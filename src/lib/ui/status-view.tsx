import type { ReactNode } from 'react';

/** A centered message page (not found, errors, empty states) with its way out as `children`. */
export function StatusView({ title, message, children }: { title: string; message: string; children?: ReactNode }) {
  return (
    <section className="status-view" aria-labelledby="folio-status-title">
      <title>{`${title} · Folio`}</title>
      <h1 id="folio-status-title">{title}</h1>
      <p>{message}</p>
      {children && <div className="status-actions">{children}</div>}
    </section>
  );
}
