/**
 * The text of each entry that the engines the benchmarks compare with ours (MiniSearch, plain Fuse.js) index:
 * title, people, what the entry says about itself (summary and keywords in every language), and the labels
 * and synonyms of its topics, type, group and audiences. One definition, so both benchmarks compare alike.
 */
import type { Entry, Register } from '../../src/core/register-types.js';

export interface SearchableText {
  /** Position of the entry in `register.entries`. */
  id: number;
  title: string;
  people: string;
  about: string;
  vocab: string;
}

export function searchableText(register: Register): SearchableText[] {
  const labels = (list: readonly { id: string; labels: Record<string, string> }[] | undefined, ids: readonly string[]) =>
    (list ?? []).filter((t) => ids.includes(t.id)).flatMap((t) => Object.values(t.labels));
  return register.entries.map((e: Entry, id) => ({
    id,
    title: e.title,
    people: [...(e.authors ?? []), e.publisher ?? ''].join(' '),
    about: [...Object.values(e.summary ?? {}), ...Object.values(e.keywords ?? {}).flat()].join(' ; '),
    vocab: [
      ...register.topics
        .filter((t) => e.topics.includes(t.id))
        .flatMap((t) => [...Object.values(t.labels), ...Object.values(t.synonyms).flat()]),
      ...labels(register.types, [e.type]),
      ...labels(register.groups, [e.group]),
      ...labels(register.audiences, e.audiences ?? []),
    ].join(' ; '),
  }));
}
