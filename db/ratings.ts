import type { RatingScore } from '../shared/satisfaction/rating';
import type { Db } from './open-database';
import { prepared } from './prepared';

/** The visit's rating, or null when it has none yet. */
export function ratingOf(db: Db, ticketId: number): RatingScore | null {
  const row = prepared<[number], { rating: RatingScore | null }>(
    db,
    'SELECT rating FROM tickets WHERE id = ?',
  ).get(ticketId);
  return row?.rating ?? null;
}

export function recordRating(db: Db, ticketId: number, score: RatingScore, at: number): void {
  prepared(db, 'UPDATE tickets SET rating = ?, rated_at = ? WHERE id = ?').run(score, at, ticketId);
}

/** The ticket a transfer made from `ticketId`, if any: where the visitor went next. */
export function transferredToTicketId(db: Db, ticketId: number): number | null {
  const row = prepared<[number], { id: number }>(
    db,
    'SELECT id FROM tickets WHERE transferred_from_ticket_id = ? ORDER BY id LIMIT 1',
  ).get(ticketId);
  return row?.id ?? null;
}
