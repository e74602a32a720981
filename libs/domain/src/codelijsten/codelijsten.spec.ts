import { readFileSync } from 'node:fs';
import { Domein } from './domein.enum.js';
import { EENHEID_OMSCHRIJVING, Eenheid } from './eenheid.enum.js';
import { FREQUENTIE_OMSCHRIJVING } from './frequentie.enum.js';
import { DEBET_CREDIT_OMSCHRIJVING } from './debet-credit.enum.js';
import { PRODUCTCATEGORIE_JEUGD_OMSCHRIJVING, PRODUCTCATEGORIE_WMO_OMSCHRIJVING } from './productcategorie.enum.js';
import { REDEN_WIJZIGING_OMSCHRIJVING } from './reden-wijziging.enum.js';
import {
  REDEN_BEEINDIGING_JEUGD_OMSCHRIJVING,
  REDEN_BEEINDIGING_WMO_OMSCHRIJVING,
  omschrijvingRedenBeeindiging,
} from './reden-beeindiging.enum.js';
import { STATUS_AANLEVERING_OMSCHRIJVING } from './status-aanlevering.enum.js';
import {
  REDEN_AFWIJZING_VERZOEK_OMSCHRIJVING,
  REDEN_VERZOEK_OMSCHRIJVING,
  TYPE_VERWIJZER_OMSCHRIJVING,
  VERZOEK_ANTWOORD_OMSCHRIJVING,
} from './verzoek.enum.js';
import {
  AANDUIDING_WOONADRES_OMSCHRIJVING,
  ADRES_SOORT_OMSCHRIJVING,
  COMMUNICATIEVORM_OMSCHRIJVING,
  DATUM_GEBRUIK_OMSCHRIJVING,
  GESLACHT_OMSCHRIJVING,
  JA_NEE_OMSCHRIJVING,
  JURIDISCHE_STATUS_OMSCHRIJVING,
  NAAM_GEBRUIK_OMSCHRIJVING,
  SOORT_RELATIE_OMSCHRIJVING,
  WETTELIJKE_VERTEGENWOORDIGING_OMSCHRIJVING,
} from './client-gegevens.enum.js';
import { RETOURCODES } from './retourcode.enum.js';
import { RETOURCODE_UITLEG } from './retourcode-uitleg.constant.js';

// The official 3.2 basisschema is the source of truth (the project's copy in libs/istandaarden/reference).
function enumeratie(standaard: 'iwmo' | 'ijw', type: string): string[] {
  const pad = `${process.cwd()}/libs/istandaarden/reference/${standaard}-3.2/xsd/basisschema.xsd`;
  const xsd = readFileSync(pad, 'utf8');
  const blok = new RegExp(`<xs:simpleType name="${type}">([\\s\\S]*?)</xs:simpleType>`).exec(xsd);
  if (!blok) throw new Error(`${type} not found`);
  return [...blok[1].matchAll(/<xs:enumeration value="([^"]+)"/g)].map((m) => m[1]);
}

describe('codelijsten against the 3.2 basisschema', () => {
  const lijsten: [string, Record<string, string>, 'iwmo' | 'ijw'][] = [
    ['LDT_Eenheid', EENHEID_OMSCHRIJVING, 'ijw'],
    ['LDT_Frequentie', FREQUENTIE_OMSCHRIJVING, 'ijw'],
    ['LDT_DebetCredit', DEBET_CREDIT_OMSCHRIJVING, 'ijw'],
    ['LDT_ProductCategorie', PRODUCTCATEGORIE_WMO_OMSCHRIJVING, 'iwmo'],
    ['LDT_ProductCategorie', PRODUCTCATEGORIE_JEUGD_OMSCHRIJVING, 'ijw'],
    ['LDT_RedenWijziging', REDEN_WIJZIGING_OMSCHRIJVING, 'ijw'],
    ['LDT_RedenBeeindiging', REDEN_BEEINDIGING_WMO_OMSCHRIJVING, 'iwmo'],
    ['LDT_RedenBeeindiging', REDEN_BEEINDIGING_JEUGD_OMSCHRIJVING, 'ijw'],
    ['LDT_StatusAanlevering', STATUS_AANLEVERING_OMSCHRIJVING, 'ijw'],
    ['LDT_RedenVerzoek', REDEN_VERZOEK_OMSCHRIJVING, 'ijw'],
    ['LDT_RedenAfwijzingVerzoek', REDEN_AFWIJZING_VERZOEK_OMSCHRIJVING, 'ijw'],
    ['LDT_VerzoekAntwoord', VERZOEK_ANTWOORD_OMSCHRIJVING, 'ijw'],
    ['LDT_TypeVerwijzer', TYPE_VERWIJZER_OMSCHRIJVING, 'ijw'],
    ['LDT_JuridischeStatus', JURIDISCHE_STATUS_OMSCHRIJVING, 'ijw'],
    ['LDT_WettelijkeVertegenwoordiging', WETTELIJKE_VERTEGENWOORDIGING_OMSCHRIJVING, 'ijw'],
    ['LDT_Geslacht', GESLACHT_OMSCHRIJVING, 'ijw'],
    ['LDT_JaNee', JA_NEE_OMSCHRIJVING, 'ijw'],
    ['LDT_AdresSoort', ADRES_SOORT_OMSCHRIJVING, 'ijw'],
    ['LDT_NaamGebruik', NAAM_GEBRUIK_OMSCHRIJVING, 'ijw'],
    ['LDT_DatumGebruik', DATUM_GEBRUIK_OMSCHRIJVING, 'ijw'],
    ['LDT_Communicatievorm', COMMUNICATIEVORM_OMSCHRIJVING, 'ijw'],
    ['LDT_AanduidingWoonadres', AANDUIDING_WOONADRES_OMSCHRIJVING, 'ijw'],
    ['LDT_SoortRelatie', SOORT_RELATIE_OMSCHRIJVING, 'ijw'],
  ];

  it.each(lijsten)(
    'should describe exactly the XSD codes when the list is %s (%#)',
    (type, omschrijving, standaard) => {
      expect(Object.keys(omschrijving).sort()).toEqual(enumeratie(standaard, type).sort());
      for (const tekst of Object.values(omschrijving)) expect(tekst.trim().length).toBeGreaterThan(1);
    },
  );

  it('should hold all 59 WJ001 retourcodes when compared with LDT_RetourCode', () => {
    expect([...RETOURCODES].sort()).toEqual(enumeratie('ijw', 'LDT_RetourCode').sort());
    expect(enumeratie('iwmo', 'LDT_RetourCode').sort()).toEqual(enumeratie('ijw', 'LDT_RetourCode').sort());
  });

  it('should explain every retourcode with omschrijving, uitleg and actie when a provider looks it up', () => {
    expect(Object.keys(RETOURCODE_UITLEG).sort()).toEqual([...RETOURCODES].sort());
    for (const code of RETOURCODES) {
      const { omschrijving, uitleg, actie } = RETOURCODE_UITLEG[code];
      expect(omschrijving.length).toBeGreaterThan(10);
      expect(uitleg.length).toBeGreaterThan(20);
      expect(actie.length).toBeGreaterThan(10);
    }
    expect(RETOURCODE_UITLEG['0611'].regel).toBe('TR418');
  });

  it('should give code 31 a different meaning when the domein differs', () => {
    expect(omschrijvingRedenBeeindiging(Domein.Wmo, '31')).toBe('Verhuizing naar een andere gemeente');
    expect(omschrijvingRedenBeeindiging(Domein.Jeugd, '31')).toBe('Levering is volgens plan beëindigd');
  });

  it('should keep 82 as output and 84 as inspanning when describing Eenheid', () => {
    expect(EENHEID_OMSCHRIJVING[Eenheid.StuksOutput]).toBe('Stuks (output)');
    expect(EENHEID_OMSCHRIJVING[Eenheid.StuksInspanning]).toBe('Stuks (inspanning)');
  });
});
