// Frozen once shipped; see 0001. Office data in every kiosk language: department names, floors and
// locations, task names and search words in Chinese and Vietnamese (and floors and search words in
// English, which had none). The Korean columns keep their names (floor, keywords are Korean). An
// empty text is a missing translation: screens fall back to English, then Korean.
export const migration0012 = `
ALTER TABLE departments ADD COLUMN name_zh     TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN name_vi     TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN floor_en    TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN floor_zh    TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN floor_vi    TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN location_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN location_vi TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN name_zh     TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN name_vi     TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN keywords_en TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN keywords_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN keywords_vi TEXT NOT NULL DEFAULT '';
`;
