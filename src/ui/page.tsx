import type { ReactNode } from 'react';
import { usePageTitle } from './use-page-title';

export interface PageProps {
  title: string;
  /** Optional lead paragraph under the heading. */
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

/** The frame of every area page: one h1 that also names the browser tab. */
export function Page({ title, lead, actions, children }: PageProps) {
  usePageTitle(title);
  return (
    <div className="page">
      <div className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}
