// Frozen once shipped; see 0001. The manager's month (issue 15 §5):
// - `export_settings.approval_boxes`: whether the printed PDF report carries the office's 결재란
//   (담당 · 팀장 · 과장) on its first page; off until the office turns it on.
export const migration0017 = `
ALTER TABLE export_settings ADD COLUMN approval_boxes INTEGER NOT NULL DEFAULT 0;
`;
