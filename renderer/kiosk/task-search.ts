import { getChoseong } from 'es-hangul';
import type { Task } from '../../shared/contract/views';

const CHOSEONG_ONLY = /^[ㄱ-ㅎ]+$/;

function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** What a visitor can type to find a task: its names and keywords, whole or by initial consonants. */
function haystacks(task: Task): string[] {
  const texts = [task.nameKo, task.nameEn, ...task.keywords.split(/[,\s]+/)].filter(Boolean);
  return texts.map(compact);
}

/**
 * Tasks whose name or keyword contains the query. A query of bare initial consonants (ㅈㅇ) is
 * matched against the consonants of each word, because that is how people type Korean quickly.
 */
export function searchTasks(tasks: readonly Task[], query: string): Task[] {
  const wanted = compact(query);
  if (wanted === '') return [...tasks];
  const byChoseong = CHOSEONG_ONLY.test(wanted);
  return tasks.filter((task) =>
    haystacks(task).some((text) => (byChoseong ? getChoseong(text) : text).includes(wanted)),
  );
}
