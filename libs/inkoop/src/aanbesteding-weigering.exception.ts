import { ApiProperty } from '@nestjs/swagger';
import { FoutCode, KetenFout } from '#keten/platform';
import type { Weigeringscode } from '#keten/domain';

/** 400 when the request's own data breaks a rule; 409 when the procedure's state, configuration or dates do. */
const STATUS: Record<Weigeringscode, FoutCode.Validatie | FoutCode.Conflict> = {
  ACTIE_NIET_TOEGESTAAN: FoutCode.Conflict,
  STAP_NIET_VAN_TOEPASSING: FoutCode.Conflict,
  CONFIGURATIE_ONGELDIG: FoutCode.Conflict,
  EU_PUBLICATIE_VEREIST: FoutCode.Conflict,
  DREMPEL_ONBEKEND: FoutCode.Conflict,
  INKOOPBELEID_ONTBREEKT: FoutCode.Conflict,
  INKOOPBELEID_ZWAARDERE_PROCEDURE: FoutCode.Conflict,
  LOOPTIJD_MOTIVERING_VEREIST: FoutCode.Conflict,
  MAXIMUMWAARDE_VEREIST: FoutCode.Conflict,
  WMO_NIET_ALLEEN_PRIJS: FoutCode.Conflict,
  BUITEN_TOETREDINGSVENSTER: FoutCode.Conflict,
  BUITEN_INSCHRIJFTERMIJN: FoutCode.Conflict,
  TERMIJN_LOOPT_NOG: FoutCode.Conflict,
  NIET_UITGENODIGD: FoutCode.Conflict,
  DUBBELE_INSCHRIJVING: FoutCode.Conflict,
  TOETSING_ONVOLLEDIG: FoutCode.Conflict,
  GEEN_BEOORDELAAR: FoutCode.Conflict,
  PRIJZEN_NOG_GESLOTEN: FoutCode.Conflict,
  KWALITEITSBEOORDELING_ONVOLLEDIG: FoutCode.Conflict,
  STANDSTILL_LOOPT: FoutCode.Conflict,
  KORT_GEDING_LOPEND: FoutCode.Conflict,
  BOD_ONDER_REELE_PRIJS: FoutCode.Validatie,
  BOD_BOVEN_MAXIMUM: FoutCode.Validatie,
  INSCHRIJVING_ONVOLLEDIG: FoutCode.Validatie,
  ONBEKEND: FoutCode.Validatie,
  NIET_GESCHIKT: FoutCode.Validatie,
  SCORE_BUITEN_SCHAAL: FoutCode.Validatie,
  MOTIVERING_VEREIST: FoutCode.Validatie,
  LOTING_VEREIST: FoutCode.Validatie,
  GEEN_GELDIG_BOD: FoutCode.Validatie,
  TERMIJN_TE_KORT: FoutCode.Validatie,
  GEEN_VOORZITTER: FoutCode.Conflict,
  CONSENSUS_VASTGESTELD: FoutCode.Conflict,
};

/** A refusal by the procedure rules (voerActieUit), carrying the domain's code and reason to the client. */
export class AanbestedingWeigering extends KetenFout {
  constructor(
    readonly weigeringscode: Weigeringscode,
    readonly reden: string,
  ) {
    super(STATUS[weigeringscode], reden);
    this.name = 'AanbestedingWeigering';
  }
}

export class WeigeringDto {
  @ApiProperty({ description: 'refusal code of the procedure rules', example: 'STANDSTILL_LOOPT' })
  code: string;

  @ApiProperty({
    example: 'De standstill loopt tot en met 2026-05-21; definitief gunnen kan vanaf de dag erna (art. 2.127 Aw).',
  })
  reden: string;
}
