// Frozen once shipped; see 0001. The languages the kiosk offers, in the order it offers them
// (comma-separated language codes); Korean always comes first.
export const migration0007 = `
ALTER TABLE settings ADD COLUMN kiosk_languages TEXT NOT NULL DEFAULT 'ko,en,zh,vi';
`;
