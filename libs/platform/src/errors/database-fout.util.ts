import { FoutCode, KetenFout } from './keten-fout.exception.js';

/** What a violated database constraint means for the user; the constraint is the last line of defence. */
const CONSTRAINT_BERICHTEN: Record<string, string> = {
  organisatie_cbs_code_uniek: 'er bestaat al een gemeente met deze CBS-code',
  organisatie_agb_code_uniek: 'er bestaat al een aanbieder met deze AGB-code',
  organisatie_regio_naam_uniek: 'er bestaat al een regio met deze naam',
  raamovereenkomst_nummer_uniek: 'deze inkopende organisatie heeft al een raamovereenkomst met dit nummer',
  contract_product_code_uniek: 'een productcode komt maar één keer voor per raamovereenkomst (TR381)',
  tarief_geen_overlap: 'tariefperiodes van hetzelfde product en dezelfde eenheid overlappen',
  tarief_reele_prijs: 'een reële prijs wordt alleen vastgelegd met de kostenopbouw waaruit hij volgt',
  deelovereenkomst_naam_uniek: 'deze raamovereenkomst heeft al een deelovereenkomst met deze naam',
  onderaannemer_geen_overlap: 'deze onderaannemer is in die periode al aan de raamovereenkomst verbonden',
  verlengingsoptie_volgnummer_uniek: 'deze raamovereenkomst heeft al een verlengingsoptie met dit volgnummer',
  segment_naam_uniek: 'deze raamovereenkomst heeft al een segment met deze naam',
  prijsnorm_geen_overlap: 'er geldt in die periode al een reële of vaste prijs voor dit product en deze eenheid',
  budget_geen_overlap: 'versies van hetzelfde budget overlappen',
  budget_product_bij_taakgericht: 'een taakgericht budget hoort bij een product, een subsidie niet',
  termijn_periode_uniek: 'dit budget heeft al een termijn voor deze periode',
  regio_deelname_geen_overlap: 'de deelname van deze gemeente aan de regio overlapt met een bestaande deelname',
  gebruiker_email_uniek: 'er bestaat al een gebruiker met dit e-mailadres',
  aanbesteding_kenmerk_uniek: 'deze inkopende organisatie heeft al een aanbesteding met dit kenmerk',
  aanbesteding_inschrijving_uniek: 'deze aanbieder heeft al ingeschreven op dit perceel',
  aanbesteding_document_uniek: 'dit document (zelfde inhoud) is al bij deze aanbesteding geregistreerd',
  aanbesteding_gebeurtenis_volgnummer_uniek: 'de aanbesteding is tegelijk gewijzigd; probeer het opnieuw',
  sturing_budgetpost_code_uniek: 'deze gemeente heeft in dit domein al een budgetpost met deze code',
  sturing_budgetpost_categorie_pk: 'een productcategorie hoort bij één budgetpost per gemeente en domein',
  gegunde_raamovereenkomst_voorstel_uniek: 'deze raamovereenkomst van de gunning is al vastgelegd',
};

interface PgFout {
  code?: string;
  constraint?: string;
  detail?: string;
  driverError?: PgFout;
}

/** Maps a PostgreSQL constraint violation to a KetenFout; anything else is returned unchanged. */
export function vertaalDatabaseFout(fout: unknown): unknown {
  const pg = ((fout as PgFout)?.driverError ?? fout) as PgFout;
  if (!pg || typeof pg.code !== 'string') return fout;
  const bericht = (pg.constraint && CONSTRAINT_BERICHTEN[pg.constraint]) || undefined;
  switch (pg.code) {
    case '23505': // unique_violation
    case '23P01': // exclusion_violation
      return new KetenFout(FoutCode.Conflict, bericht ?? 'deze gegevens bestaan al');
    case '23503': // foreign_key_violation
      return new KetenFout(FoutCode.Validatie, bericht ?? 'een verwijzing naar een ander gegeven klopt niet');
    case '23514': // check_violation
    case '22P02': // invalid_text_representation
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
      return new KetenFout(FoutCode.Validatie, bericht ?? 'een waarde voldoet niet aan de regels');
    default:
      return fout;
  }
}
