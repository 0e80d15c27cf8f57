import { useId, type ReactNode } from 'react';

type ListSetupProps = {
  title: string;
  lead: string;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
};

/** A setup panel for a list the manager grows: departments, desks, staff. */
export function ListSetup({ title, lead, addLabel, onAdd, children }: ListSetupProps) {
  const id = useId();
  return (
    <section className="panel manager-section" aria-labelledby={id}>
      <div className="manager-section__head">
        <h2 id={id} className="panel__title">
          {title}
        </h2>
        <button type="button" className="button button--secondary" onClick={onAdd}>
          {addLabel}
        </button>
      </div>
      <p className="manager-section__lead">{lead}</p>
      {children}
    </section>
  );
}
