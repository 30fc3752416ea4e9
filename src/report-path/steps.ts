/**
 * The steps of <ogv-report-path>: their ids, their words and the register items their links come from.
 *
 * Every claim in the words comes from a named source (the `Source:` comment above each step, kept out of
 * the bundle); every name, number and address comes from the register at render time, never from here. The functions that return words
 * call `msg()`, so they must run while the element renders (they then answer in its language).
 */
import { msg } from '@lit/localize';
import { INSTITUTE_ID } from '../core/register-ids.js';

export const STEP_IDS = [
  'not-to-blame',
  'keep-evidence',
  'report-platform',
  'ask-institute',
  'stop-spreading',
  'file-complaint',
  'talk-to-someone',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A link a step offers: a register helpline's channels of one type, or a register entry's URL. */
export type StepLink =
  | { kind: 'helpline'; id: string; channel: 'phone' | 'web'; /** Which channel of that type (0 = first). */ index: number }
  | { kind: 'entry'; id: string };

export interface Step {
  id: StepId;
  /** The one sentence a person reads first (the summary of the disclosure). */
  text: () => string;
  /** A few more sentences, shown when the step is expanded (and always in print). */
  detail: () => string;
  /** Register items to link to, in order. Items the register lacks are left out. */
  links: readonly StepLink[];
  /** Whether the step shows the compact helpline banner. */
  helplines?: boolean;
}

/** The register id of StopNCII's entry. */
export const STOPNCII = 'stopncii';

const INSTITUTE_LINKS: readonly StepLink[] = [
  { kind: 'helpline', id: INSTITUTE_ID, channel: 'phone', index: 0 },
  { kind: 'helpline', id: INSTITUTE_ID, channel: 'web', index: 0 },
];

/*
 * "The press release" below: press release of the Institute, 3 July 2026, "Bestrijding van online
 * gendergerelateerd geweld: het Instituut krijgt de status van 'trusted flagger'" (../shared/seeds/).
 */
export const STEPS: readonly Step[] = [
  /*
   * Source: the press release: "gratis en in alle vertrouwelijkheid laten informeren over hun rechten … Dit
   * kan op 0800/12 800 of via hulp.igvm.be"; "Indien gewenst" (the person decides).
   */
  {
    id: 'not-to-blame',
    text: () => msg('It is not your fault. Help is free and confidential.'),
    detail: () =>
      msg(
        'The Institute for the Equality of Women and Men informs you about your rights, free of charge and in confidence. You decide what happens next.',
      ),
    links: INSTITUTE_LINKS,
  },
  /*
   * Source: practical advice agreed for this element (where, when, what; screenshots with the address and
   * date; without sharing the content further). No legal claim.
   */
  {
    id: 'keep-evidence',
    text: () => msg('Keep evidence before it disappears, but do not share the images.'),
    detail: () =>
      msg(
        'Write down where and when you saw it and what it shows. Take screenshots that show the web address and the date. Do not send the images on to anyone.',
      ),
    links: [],
  },
  /*
   * Source: practical advice agreed for this element (report it on the platform, with its own report
   * function). No legal claim.
   */
  {
    id: 'report-platform',
    text: () => msg('Report it on the platform where it appears.'),
    detail: () => msg('Use the report function of the website or app itself, on the post, message or profile.'),
    links: [],
  },
  /*
   * Source: the press release: trusted flagger under the DSA, "moeten onlineplatforms de meldingen van het
   * Instituut voortaan met voorrang behandelen"; quote of Liesbet Stevens: "Elk uur telt wanneer een intiem
   * beeld zonder toestemming wordt verspreid."
   */
  {
    id: 'ask-institute',
    text: () => msg('Ask the Institute to report it too: platforms must handle its reports with priority.'),
    detail: () =>
      msg(
        'The Institute is a recognised “trusted flagger” under the European Digital Services Act (DSA). Platforms must handle its reports with priority. Every hour counts when an intimate image is spread without consent.',
      ),
    links: INSTITUTE_LINKS,
  },
  /*
   * Source: Register 2021-2025 (IGVM): StopNCII, online platform, stopncii.org/?lang=nl-nl. What it does:
   * StopNCII's own public description on stopncii.org (a hash is made on the person's own device; partner
   * platforms use it to detect and block matching images).
   */
  {
    id: 'stop-spreading',
    text: () => msg('Help stop it spreading further with StopNCII.'),
    detail: () =>
      msg(
        'StopNCII makes a digital fingerprint (a hash) of your image on your own device. Partner platforms can use the fingerprint to block copies. Source: stopncii.org.',
      ),
    links: [{ kind: 'entry', id: STOPNCII }],
  },
  /*
   * Source: the press release: "Indien gewenst kan ook een klacht ingediend worden. Dit kan op 0800/12 800
   * of via hulp.igvm.be"; "Het Instituut informeert slachtoffers en ondersteunt hen bij eventuele
   * rechtszaken." The police: practical advice agreed for this element.
   */
  {
    id: 'file-complaint',
    text: () => msg('If you want to, you can file a complaint with the police. The Institute can help you.'),
    detail: () =>
      msg(
        'You decide whether to file a complaint. The Institute can inform you about your rights and, if you wish, help you file a complaint.',
      ),
    links: INSTITUTE_LINKS,
  },
  /*
   * Source: Register 2021-2025 (IGVM) and the helplines of register.json (each with its own source).
   */
  {
    id: 'talk-to-someone',
    text: () => msg('Talk to someone you trust, or to a helpline.'),
    detail: () => msg('You do not have to go through this alone.'),
    links: [],
    helplines: true,
  },
];

const BY_ID = new Map<string, Step>(STEPS.map((step) => [step.id, step]));

/**
 * The steps a `steps` attribute asks for ("keep-evidence, ask-institute"), in that order: unknown ids and
 * repeats are left out. Empty, missing or with no known id: all steps.
 */
export function parseSteps(value: readonly string[] | string | null | undefined): Step[] {
  const list = typeof value === 'string' ? value.split(',') : (value ?? []);
  const chosen: Step[] = [];
  for (const raw of list) {
    const step = BY_ID.get(String(raw).trim());
    if (step && !chosen.includes(step)) chosen.push(step);
  }
  return chosen.length ? chosen : [...STEPS];
}
