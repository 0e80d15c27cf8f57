// Frozen once shipped; see 0001. Since 0008 the events table let any payload be set to NULL, so
// one `UPDATE events SET payload = NULL` could blank a compensation, a staff change, the office
// hours or today's tickets (verify-log named it afterwards, but the table let it happen).
//
// Now a payload may go only as the retention purge removes it: the event is one that carries a
// visit's details (the list below is `visitEventTypes` of shared/retention/visit-retention.ts as
// of this version, written out so this step keeps its meaning), and its Seoul business day is on
// or before `retention_settings.details_purged_through`, the last day the purge has passed. The
// purge records that day, with its own event, before it removes the payloads. Until the first
// purge that day is NULL, and nothing may be blanked.
export const migration0015 = `
DROP TRIGGER events_are_append_only_update;
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
WHEN NOT (NEW.payload IS NULL AND NEW.seq IS OLD.seq AND NEW.type IS OLD.type AND NEW.at IS OLD.at
          AND NEW.payload_digest IS OLD.payload_digest AND NEW.hash IS OLD.hash
          AND OLD.type IN ('ticketIssued', 'ticketCalled', 'ticketCheckedIn', 'arrivalAcknowledged',
                           'visitFinished', 'ticketRecalled', 'ticketTransferred', 'visitsClosedAtDayEnd',
                           'repeatVisitJudged', 'escortRequested', 'escortAccepted', 'escortDelivered',
                           'visitRated')
          AND date(OLD.at / 1000 + 32400, 'unixepoch')
              <= ifnull((SELECT details_purged_through FROM retention_settings WHERE id = 1), ''))
BEGIN SELECT RAISE(ABORT, 'events are append-only; only the retention purge may remove a visit''s details from a day it has passed'); END;
`;
