// Frozen once shipped; see 0001. Issuing a ticket tells the visitor how many are ahead
// (issue 17): with no priority visitor waiting, that is everyone waiting, counted through the
// indexes instead of listing and ordering the whole queue. This index answers "does a priority
// visitor wait here today" from the few rows it holds; ordinary tickets never write to it.
export const migration0018 = `
CREATE INDEX tickets_priority_waiting ON tickets (department_id, business_day)
  WHERE status = 'issued' AND priority_need IS NOT NULL AND priority = 0;
`;
