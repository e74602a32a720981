import { formatEuro, type Centen } from '../geld/bedrag.util.js';
import { plusMaanden, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Tariefbevinding } from './tarief.types.js';

// Guarding a raamovereenkomst before a change is saved (inkoop-en-contracten.md 2): changes after award must
// stay within Aanbestedingswet 2012 art. 2.163b–2.163f (no wezenlijke wijziging); the contractstandaard accepts
// price increases of at most 50% of the original value; a raamovereenkomst runs at most 48 months unless
// justified; changing the indexation method mid-contract may be a wezenlijke wijziging. These are signals
// for a person to judge ("mogelijk"), not a legal verdict.

export const MAXIMALE_PRIJSSTIJGING_PROCENT = 50n;
export const MAXIMALE_LOOPTIJD_MAANDEN = 48;

export interface OorspronkelijkContract {
  ingangsdatum: Kalenderdatum;
  /** The latest end date the award allowed, including every verlengingsoptie. */
  maximaleEinddatum: Kalenderdatum;
  /** The contract value at award (maximum value of the raamovereenkomst). */
  waarde: Centen | bigint;
  motiveringLangeLooptijd?: string;
}

export interface VoorgesteldeWijziging {
  /** The contract value after this change, including every earlier change: the cumulative position. */
  waarde: Centen | bigint;
  einddatum: Kalenderdatum;
  tarieven?: { omschrijving: string; oorspronkelijk: Centen; voorgesteld: Centen }[];
  indexatiemethodeGewijzigd?: boolean;
}

const BRON =
  'Aanbestedingswet 2012 art. 2.163b–2.163f; de contractstandaard staat een prijsstijging van ten hoogste 50% van de oorspronkelijke waarde toe';

function bovenGrens(oorspronkelijk: bigint, nieuw: bigint): boolean {
  // (nieuw − oud) / oud > 50%  ⇔  100·(nieuw − oud) > 50·oud, in integers.
  return 100n * (nieuw - oorspronkelijk) > MAXIMALE_PRIJSSTIJGING_PROCENT * oorspronkelijk;
}

function procent(oud: bigint, nieuw: bigint): string {
  if (oud === 0n) return 'n.v.t.';
  // One decimal, rounded half away from zero, for the message only.
  const tienden = (1000n * (nieuw - oud) * 2n + (nieuw >= oud ? oud : -oud)) / (2n * oud);
  const neg = tienden < 0n;
  const abs = neg ? -tienden : tienden;
  return `${neg ? '-' : ''}${abs / 10n},${abs % 10n}%`;
}

export function toetsContractwijziging(
  contract: OorspronkelijkContract,
  voorstel: VoorgesteldeWijziging,
): Tariefbevinding[] {
  const bevindingen: Tariefbevinding[] = [];
  const oud = BigInt(contract.waarde);
  const nieuw = BigInt(voorstel.waarde);
  if (oud > 0n && bovenGrens(oud, nieuw)) {
    bevindingen.push({
      code: 'MOGELIJK_WEZENLIJKE_WIJZIGING_PRIJS',
      melding: `De contractwaarde stijgt cumulatief ${procent(oud, nieuw)} (van ${formatEuro(oud)} naar ${formatEuro(nieuw)}), meer dan 50% van de oorspronkelijke waarde: mogelijk een wezenlijke wijziging (${BRON}).`,
    });
  }
  for (const t of voorstel.tarieven ?? []) {
    const o = BigInt(t.oorspronkelijk);
    const v = BigInt(t.voorgesteld);
    if (o > 0n && bovenGrens(o, v)) {
      bevindingen.push({
        code: 'MOGELIJK_WEZENLIJKE_WIJZIGING_TARIEF',
        melding: `Het tarief voor ${t.omschrijving} stijgt cumulatief ${procent(o, v)} (van ${formatEuro(o)} naar ${formatEuro(v)}), meer dan 50% van het oorspronkelijke tarief: mogelijk een wezenlijke wijziging (${BRON}).`,
      });
    }
  }
  if (voorstel.einddatum > contract.maximaleEinddatum) {
    bevindingen.push({
      code: 'MOGELIJK_WEZENLIJKE_WIJZIGING_LOOPTIJD',
      melding: `De voorgestelde einddatum ${voorstel.einddatum} ligt na de maximale einddatum ${contract.maximaleEinddatum} (inclusief alle verlengingsopties): mogelijk een wezenlijke wijziging (Aanbestedingswet 2012 art. 2.163b–2.163f).`,
    });
  }
  // Term of 48 months from the ingangsdatum ends the day before ingangsdatum + 48 months.
  const grens = plusMaanden(contract.ingangsdatum, MAXIMALE_LOOPTIJD_MAANDEN);
  if (voorstel.einddatum >= grens && !contract.motiveringLangeLooptijd?.trim()) {
    bevindingen.push({
      code: 'LOOPTIJD_BOVEN_48_MAANDEN_ZONDER_MOTIVERING',
      melding: `De looptijd ${contract.ingangsdatum} t/m ${voorstel.einddatum} is langer dan 48 maanden; een raamovereenkomst duurt ten hoogste 48 maanden tenzij gemotiveerd, en er is geen motivering vastgelegd.`,
    });
  }
  if (voorstel.indexatiemethodeGewijzigd) {
    bevindingen.push({
      code: 'MOGELIJK_WEZENLIJKE_WIJZIGING_INDEXATIEMETHODE',
      melding:
        'De indexatiemethode wordt tijdens de looptijd gewijzigd: dat kan een wezenlijke wijziging zijn (contractstandaard art. 3.2; Aanbestedingswet 2012 art. 2.163b–2.163f).',
    });
  }
  return bevindingen;
}
