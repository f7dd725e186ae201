// One titled part of the panel: a labelled section with its heading, and its plain empty state when there is nothing.
import type { ComponentChildren } from 'preact';

export interface PanelPartProps {
  id: string;
  title: string;
  /** Shown instead of the children when set: what was not found. */
  empty?: string | null;
  children?: ComponentChildren;
}

export function PanelPart({ id, title, empty, children }: PanelPartProps) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {empty ? <p class="empty">{empty}</p> : children}
    </section>
  );
}
