// Frozen once shipped; see 0001. Indexes for what the hub does with a year of visits (issue 17):
// - `tickets_by_day` goes: `tickets_called` (business_day, last_called_at) starts with the day,
//   so every query by day still has an index, and each new ticket wrote a page less.
// - `tickets_at_desk` keeps only tickets that reached a desk (a waiting ticket wrote a page for
//   nothing), and adds the day, so a desk's finished visits of one day are found without
//   walking every visit the desk ever finished.
// - Deleting a ticket (the retention purge) checks every row that may refer to it; without an
//   index on each referring column, every ticket deleted meant reading all tickets twice and all
//   escort requests. Few rows refer to another ticket, so these indexes stay small.
// - `ticket_counters` goes: the next number of a department's day is one after its last ticket
//   of that day, read from the UNIQUE (department_id, business_day, sequence) index inside the
//   issuing transaction; the counter cost a page write per ticket.
export const migration0014 = `
DROP INDEX tickets_by_day;
DROP INDEX tickets_at_desk;
CREATE INDEX tickets_at_desk ON tickets (desk_id, status, business_day) WHERE desk_id IS NOT NULL;
CREATE INDEX tickets_repeating ON tickets (repeat_of_ticket_id) WHERE repeat_of_ticket_id IS NOT NULL;
CREATE INDEX tickets_transferred ON tickets (transferred_from_ticket_id) WHERE transferred_from_ticket_id IS NOT NULL;
CREATE INDEX escort_requests_by_ticket ON escort_requests (ticket_id) WHERE ticket_id IS NOT NULL;
DROP TABLE ticket_counters;
`;
