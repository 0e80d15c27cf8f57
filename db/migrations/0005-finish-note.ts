// Frozen once shipped; see 0001. The desk's own note when it finishes a visit, kept apart from
// the handover note a transferred visitor arrives with, so neither overwrites the other.
export const migration0005 = `
ALTER TABLE tickets ADD COLUMN finish_note TEXT;
`;
