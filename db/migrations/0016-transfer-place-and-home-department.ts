// Frozen once shipped; see 0001. Two parts of issue 12.
//
// (1) A transferred visitor keeps their place in the next queue: the place of the first ticket
// of their transfer chain. Stored on the ticket a transfer creates, so ordering a queue reads one
// column instead of walking chains on every ticket issued.
// NULL: the ticket is the first of its chain (it was not transferred). No foreign key: it is a
// place in line, and the retention purge may delete the first ticket of an older day's chain.
// Tickets transferred before this migration get their chain's first ticket as far as it is kept.
export const migration0016 = `
ALTER TABLE tickets ADD COLUMN first_ticket_id INTEGER;
CREATE TEMP TABLE chain_start_0016 AS
  WITH RECURSIVE up (ticket_id, earlier_id, from_id) AS (
    SELECT id, id, transferred_from_ticket_id FROM tickets WHERE transferred_from_ticket_id IS NOT NULL
    UNION ALL
    SELECT up.ticket_id, t.id, t.transferred_from_ticket_id FROM up JOIN tickets t ON t.id = up.from_id
  )
  SELECT ticket_id, min(earlier_id) AS first_id FROM up GROUP BY ticket_id;
UPDATE tickets SET first_ticket_id = chain_start_0016.first_id
  FROM chain_start_0016 WHERE chain_start_0016.ticket_id = tickets.id;
DROP TABLE chain_start_0016;

-- (2) Desk staff sign in only at desks of their own department unless a manager lets them work at
-- other departments' desks. Existing desk staff get the department of the desk they last signed
-- in at; one who never signed in at a desk keeps today's freedom (any desk) until a manager
-- gives them a department, so nobody is locked out by the upgrade.
ALTER TABLE staff ADD COLUMN department_id INTEGER REFERENCES departments(id);
ALTER TABLE staff ADD COLUMN other_departments INTEGER NOT NULL DEFAULT 0 CHECK (other_departments IN (0, 1));
UPDATE staff SET department_id = (
    SELECT desks.department_id FROM staff_sessions JOIN desks ON desks.id = staff_sessions.desk_id
    WHERE staff_sessions.staff_id = staff.id ORDER BY staff_sessions.started_at DESC LIMIT 1)
  WHERE role = 'desk';
UPDATE staff SET other_departments = 1 WHERE role = 'desk' AND department_id IS NULL;
`;
