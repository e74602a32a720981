import { isGeldigBsn, type Kalenderdatum } from '#keten/domain';
import type { Bericht } from '../berichten/bericht.types.js';
import { bevinding, type Bevinding } from './bevinding.types.js';
import { valideerDeclaratie } from './declaratie.validatie.util.js';
import {
  valideer301,
  valideer305,
  valideer307,
  valideer315,
  valideer317,
  valideer319,
  valideer325,
} from './overige.validatie.util.js';

export interface ValidatieOpties {
  // The receiver's system date; when given, TR135 (Dagtekening not in the future, 8848) is checked too.
  vandaag?: Kalenderdatum;
}

function clientBsn(bericht: Bericht): { bsn: string; pad: string } | null {
  if ('client' in bericht && bericht.client) return { bsn: bericht.client.bsn, pad: '/Bericht/Client/Bsn' };
  return null;
}

// The rules within one message beyond the XSD (CD/CS conditions and within-message TRs). Rules that need other
// messages or the database (TR056, TR333, TR338 ...) belong to the receiving use case.
export function valideerBericht(bericht: Bericht, opties: ValidatieOpties = {}): Bevinding[] {
  const uit: Bevinding[] = [];
  const dagtekening = bericht.header.berichtIdentificatie.dagtekening;
  if (opties.vandaag && dagtekening > opties.vandaag) {
    uit.push(
      bevinding(
        '8848',
        'TR135',
        '/Bericht/Header/BerichtIdentificatie/Dagtekening',
        `Dagtekening ${dagtekening} ligt na de systeemdatum ${opties.vandaag}.`,
      ),
    );
  }
  const client = clientBsn(bericht);
  if (client && !isGeldigBsn(client.bsn)) {
    uit.push(bevinding('0001', 'CS002', client.pad, 'Het BSN voldoet niet aan de elfproef.'));
  }
  switch (bericht.berichtType) {
    case '301':
      return [...uit, ...valideer301(bericht)];
    case '305':
      return [...uit, ...valideer305(bericht)];
    case '307':
      return [...uit, ...valideer307(bericht)];
    case '315':
      return [...uit, ...valideer315(bericht)];
    case '317':
      return [...uit, ...valideer317(bericht)];
    case '319':
      return [...uit, ...valideer319(bericht)];
    case '323':
      return [...uit, ...valideerDeclaratie(bericht.declaratie)];
    case '325': {
      (bericht.declaratieAntwoord?.clienten ?? []).forEach((c, i) => {
        if (!isGeldigBsn(c.bsn))
          uit.push(
            bevinding(
              '0001',
              'CS002',
              `/Bericht/DeclaratieAntwoord/Clienten/Client[${i + 1}]/Bsn`,
              'Het BSN voldoet niet aan de elfproef.',
            ),
          );
      });
      return [...uit, ...valideer325(bericht)];
    }
    case '302':
    case '306':
    case '308':
    case '316':
    case '318':
    case '320':
      return uit;
  }
}
