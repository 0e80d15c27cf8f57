import { useEffect, useId, useRef, type ReactNode } from 'react';

type DeskDialogProps = { title: string; lead?: string; onClose: () => void; children: ReactNode };

/**
 * A modal the desk opens over its lists: the browser's own dialog keeps focus inside, closes on
 * Escape and makes the page behind inert, so the desk's hotkeys cannot fire behind it.
 */
export function DeskDialog({ title, lead, onClose, children }: DeskDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="desk-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="desk-dialog__title">
        {title}
      </h2>
      {lead === undefined ? null : <p className="desk-dialog__lead">{lead}</p>}
      {children}
    </dialog>
  );
}
