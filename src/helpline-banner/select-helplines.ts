/**
 * Which helplines the banner shows, and in which order, from its attributes. Pure: register in, list out.
 */
import type { Helpline } from '../core/register-types.js';
import { parseIds } from '../core/parse-ids.js';
import { INSTITUTE_ID } from '../core/register-ids.js';

/** The register region that means "Belgium as a whole". */
export const NATIONAL_REGION = 'belgium';

/** The register audience that means "everyone". */
export const EVERYONE = 'general-public';

export interface HelplineChoice {
  /** Ids in the order to show; when given, only these (unknown ids are skipped). */
  helplines?: readonly string[] | string | null | undefined;
  /** Register audience id(s); a helpline fits when it serves any of them, or the general public. */
  audience?: string | null | undefined;
  /** Register region id(s); a helpline fits when it covers any of them, or covers Belgium as a whole. */
  region?: string | null | undefined;
  /** Register topic id(s); a helpline fits when it deals with any of them. */
  topic?: string | null | undefined;
  /** Leave out emergency lines. */
  noEmergency?: boolean | undefined;
}

function fits(values: readonly string[], wanted: string[], alsoMatches?: string): boolean {
  if (!wanted.length) return true;
  return wanted.some((id) => values.includes(id)) || (alsoMatches !== undefined && values.includes(alsoMatches));
}

/**
 * The helplines to show:
 * - `helplines` given: those ids, in that order.
 * - otherwise, with `audience`, `region` or `topic`: the helplines that fit all of them, in register order.
 * - otherwise (the default): the Institute's line and the helplines for Belgium as a whole, in register order.
 * Without explicit ids, the Institute's line comes first and emergency lines last. `noEmergency` removes them.
 */
export function selectHelplines(all: readonly Helpline[], choice: HelplineChoice = {}): Helpline[] {
  const ids = parseIds(choice.helplines);
  const audiences = parseIds(choice.audience);
  const regions = parseIds(choice.region);
  const topics = parseIds(choice.topic);
  const filtered = audiences.length > 0 || regions.length > 0 || topics.length > 0;

  let chosen: Helpline[];
  if (ids.length) {
    const byId = new Map(all.map((helpline) => [helpline.id, helpline]));
    chosen = ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    chosen = filtered
      ? [...all]
      : all.filter((helpline) => helpline.id === INSTITUTE_ID || helpline.regions.includes(NATIONAL_REGION));
  }

  chosen = chosen.filter(
    (helpline) =>
      fits(helpline.audiences, audiences, EVERYONE) &&
      fits(helpline.regions, regions, NATIONAL_REGION) &&
      fits(helpline.topics, topics) &&
      !(choice.noEmergency && helpline.emergency),
  );

  if (ids.length) return chosen;
  const rank = (helpline: Helpline) => (helpline.id === INSTITUTE_ID ? 0 : helpline.emergency ? 2 : 1);
  // Array.prototype.sort is stable: within a rank, register order stays.
  return chosen.sort((a, b) => rank(a) - rank(b));
}
