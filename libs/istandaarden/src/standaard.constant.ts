import { Domein } from '#keten/domain';

// iWmo/iJw release 3.2 (in force since 3 April 2023). The one place that names the release: a 3.3 changes this file.
export const RELEASE = { versie: 3, subversie: 2, label: '3_2' } as const;

// XsdVersie written in outbound messages (BasisschemaXsdVersie + BerichtXsdVersie). The iWmo 3.2 XSDs declare 1.0.0;
// the iJw copies in libs/istandaarden/reference say 0.1.0, but the published iJw 3.2 examples and release use 1.0.0.
export const XSD_VERSIE = { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' } as const;

// OP179: a message file is at most 25 MB.
export const MAX_BERICHT_BYTES = 25 * 1024 * 1024;

export const BERICHT_TYPEN = [
  '301',
  '302',
  '305',
  '306',
  '307',
  '308',
  '315',
  '316',
  '317',
  '318',
  '319',
  '320',
  '323',
  '325',
] as const;
export type BerichtType = (typeof BERICHT_TYPEN)[number];

// Header/BerichtCode per berichttype (Vektis COD002; the patterns in the XSDs).
export const BERICHT_CODES: Record<Domein, Record<BerichtType, string>> = {
  [Domein.Wmo]: {
    '301': '414',
    '302': '415',
    '305': '418',
    '306': '419',
    '307': '420',
    '308': '421',
    '315': '444',
    '316': '445',
    '317': '480',
    '318': '481',
    '319': '482',
    '320': '483',
    '323': '484',
    '325': '485',
  },
  [Domein.Jeugd]: {
    '301': '436',
    '302': '437',
    '305': '438',
    '306': '439',
    '307': '440',
    '308': '441',
    '315': '446',
    '316': '447',
    '317': '486',
    '318': '487',
    '319': '488',
    '320': '489',
    '323': '490',
    '325': '491',
  },
};

const STANDAARD: Record<Domein, { standaard: 'iwmo' | 'ijw'; berichtPrefix: 'wmo' | 'jw' }> = {
  [Domein.Wmo]: { standaard: 'iwmo', berichtPrefix: 'wmo' },
  [Domein.Jeugd]: { standaard: 'ijw', berichtPrefix: 'jw' },
};

export type Berichtsoort = `${'WMO' | 'JW'}${BerichtType}`;

export function berichtsoort(domein: Domein, type: BerichtType): Berichtsoort {
  return `${domein === Domein.Wmo ? 'WMO' : 'JW'}${type}`;
}

export function basisNamespace(domein: Domein): string {
  return `http://www.istandaarden.nl/${STANDAARD[domein].standaard}/${RELEASE.label}/basisschema/schema`;
}

export function berichtNamespace(domein: Domein, type: BerichtType): string {
  const { standaard, berichtPrefix } = STANDAARD[domein];
  return `http://www.istandaarden.nl/${standaard}/${RELEASE.label}/${berichtPrefix}${type}/schema`;
}

// Prefixes as in the published examples: iwmo/ijw for the basisschema, wmo323/jw323 for the message.
export function basisPrefix(domein: Domein): string {
  return STANDAARD[domein].standaard;
}

export function berichtPrefix(domein: Domein, type: BerichtType): string {
  return `${STANDAARD[domein].berichtPrefix}${type}`;
}

const NAMESPACE_PATROON = new RegExp(
  `^http://www\\.istandaarden\\.nl/(iwmo|ijw)/${RELEASE.label}/(wmo|jw)([0-9]{3})/schema$`,
);

export function herkenNamespace(ns: string): { domein: Domein; type: BerichtType } | null {
  const m = NAMESPACE_PATROON.exec(ns);
  if (!m) return null;
  const domein = m[1] === 'iwmo' ? Domein.Wmo : Domein.Jeugd;
  if (STANDAARD[domein].berichtPrefix !== m[2]) return null;
  const type = m[3] as BerichtType;
  return (BERICHT_TYPEN as readonly string[]).includes(type) ? { domein, type } : null;
}
