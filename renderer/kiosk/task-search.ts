import { getChoseong } from 'es-hangul';
import { match as matchPinyin } from 'pinyin-pro';
import type { Language, Task } from '../../shared/contract/views';

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/;
const LATIN_ONLY = /^[a-z]+$/;
const HAN = /\p{Script=Han}/u;

/**
 * Lower case, without spaces or diacritics ("Hộ chiếu" → "hochieu"), so a visitor typing plain
 * letters finds Vietnamese words. Hangul comes back whole: NFC recomposes the syllables NFD split.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * What a visitor can type to find a task: its names and search words in every language (a
 * visitor may know the Korean word from a sign), the search words as one text because a
 * Vietnamese word is several syllables with spaces between ("hộ chiếu").
 */
function searchTexts(task: Task): string[] {
  return [
    task.nameKo,
    task.nameEn,
    task.nameZh,
    task.nameVi,
    ...[task.keywords, task.keywordsEn, task.keywordsZh, task.keywordsVi].map((words) =>
      words.replace(/,/g, ' '),
    ),
  ]
    .filter((text) => text.trim() !== '')
    .map(foldForSearch);
}

function matches(text: string, wanted: string, language: Language): boolean {
  if (CHOSEONG_ONLY.test(wanted)) return getChoseong(text).includes(wanted);
  if (text.includes(wanted)) return true;
  return language === 'zh' && LATIN_ONLY.test(wanted) && HAN.test(text) && matchPinyin(text, wanted) !== null;
}

/**
 * Tasks whose name or keyword contains the query. A query of bare initial consonants (ㅈㅇ) is
 * matched against the consonants of each word, because that is how people type Korean quickly;
 * for a Chinese visitor, Latin letters are read as pinyin, whole or by initials (huzhao, hz → 护照),
 * since the kiosk's keyboard has no Chinese input method.
 */
export function searchTasks(tasks: readonly Task[], query: string, language: Language): Task[] {
  const wanted = foldForSearch(query);
  if (wanted === '') return [...tasks];
  return tasks.filter((task) => searchTexts(task).some((text) => matches(text, wanted, language)));
}
