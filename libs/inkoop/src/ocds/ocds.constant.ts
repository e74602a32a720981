/**
 * Keten's OCDS prefix. A placeholder until Keten registers its own with the Open Contracting Partnership
 * (https://standard.open-contracting.org/latest/en/schema/identifiers/#contracting-process-identifier-ocid).
 */
export const OCDS_OCID_PREFIX = 'ocds-kt0001';
export const OCDS_LICENTIE = 'https://creativecommons.org/publicdomain/zero/1.0/';
