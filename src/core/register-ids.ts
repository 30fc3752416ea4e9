/**
 * Register ids the code itself names: items the elements single out by design. The register must keep them.
 */

/** The helpline of the Institute for the Equality of Women and Men: first in the banner, linked by the report path. */
export const INSTITUTE_ID = 'igvm';
