import { describe, expect, it } from 'vitest';
import { csvTextField } from './csv-field';

describe('a CSV text field', () => {
  it('opens as text when it starts like a formula', () => {
    expect(csvTextField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvTextField('+82-33-460-2114')).toBe(`"'+82-33-460-2114"`);
    expect(csvTextField('-2+3')).toBe(`"'-2+3"`);
    expect(csvTextField('@SUM(A1:A9)')).toBe(`"'@SUM(A1:A9)"`);
    expect(csvTextField('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvTextField('\r=1+1')).toBe(`"'\r=1+1"`);
  });

  it('leaves ordinary text as it is, quoting only what needs it', () => {
    expect(csvTextField('종합민원실 1번 창구')).toBe('종합민원실 1번 창구');
    expect(csvTextField('a=b')).toBe('a=b');
    expect(csvTextField('안내, "완료"')).toBe('"안내, ""완료"""');
    expect(csvTextField('')).toBe('');
  });
});
