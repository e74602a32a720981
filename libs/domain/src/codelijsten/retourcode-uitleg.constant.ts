import type { Retourcode } from './retourcode.enum.js';

export interface RetourcodeUitleg {
  /** The official description (LDT_RetourCode documentation, basisschema 3.2). */
  omschrijving: string;
  /** What it means, in plain Dutch for a provider's administration. */
  uitleg: string;
  /** What the provider should do about it. */
  actie: string;
  /** The rule that raises the code (TR/CS/CD), or null for informative codes. */
  regel: string | null;
}

// One entry per WJ001 code. Texts on 9360/9365/9413/9415 follow the iWmo wording, which is the more precise one.
export const RETOURCODE_UITLEG: Record<Retourcode, RetourcodeUitleg> = {
  '0001': {
    omschrijving: 'Bericht is afgekeurd om technische redenen.',
    uitleg:
      'Het bericht voldoet niet aan de technische afspraken (XSD of een technische regel) en is daarom in zijn geheel niet verwerkt. Het geldt als niet verzonden.',
    actie:
      'Lees de reden en het pad bij de afkeuring, herstel het bericht in uw administratiepakket en stuur het opnieuw in met een nieuwe berichtidentificatie.',
    regel: 'XSD',
  },
  '0200': {
    omschrijving: 'Geen opmerking over deze berichtklasse.',
    uitleg: 'Dit onderdeel van het bericht is goedgekeurd; er is niets mis mee.',
    actie: 'Geen actie nodig.',
    regel: null,
  },
  '0233': {
    omschrijving: 'Berichtklasse is niet beoordeeld.',
    uitleg: 'Dit onderdeel is niet beoordeeld, meestal omdat een hoger onderdeel al is afgekeurd.',
    actie: 'Los eerst de afkeuring van het bovenliggende onderdeel op en stuur dan opnieuw in.',
    regel: null,
  },
  '0611': {
    omschrijving: 'Het ingediende tarief komt niet overeen met het contractuele tarief',
    uitleg: 'Het tarief in de prestatie is niet het tarief dat in het contract voor deze productcode en periode staat.',
    actie:
      'Controleer het contracttarief voor deze productcode op de productperiode, pas het tarief en het bedrag aan en declareer de prestatie opnieuw met een nieuw referentienummer.',
    regel: 'TR418',
  },
  '8001': {
    omschrijving: 'Declaratie is volledig toegewezen.',
    uitleg:
      'Alle prestaties in de declaratie zijn goedgekeurd; het toegekende bedrag is gelijk aan het ingediende bedrag.',
    actie: 'Geen actie nodig; de betaling volgt.',
    regel: null,
  },
  '8017': {
    omschrijving: 'Van deze credit prestatie is geen debet prestatie bekend.',
    uitleg:
      'U crediteert een prestatie, maar de gemeente kent geen goedgekeurde debetprestatie met het vorige referentienummer dat u opgaf.',
    actie:
      'Controleer het VorigReferentieNummer: het moet het referentienummer zijn van een eerder goedgekeurde debetprestatie. Een afgekeurde prestatie hoeft u niet te crediteren.',
    regel: 'TR323',
  },
  '8021': {
    omschrijving: 'Referentienummer prestatie is reeds aangeleverd.',
    uitleg:
      'Het referentienummer van deze prestatie is al eerder gebruikt; het moet per aanbieder per domein uniek zijn.',
    actie: 'Geef de prestatie een nieuw, nog niet gebruikt referentienummer en declareer opnieuw.',
    regel: 'TR314',
  },
  '8187': {
    omschrijving: 'De prestatie hoort niet bij deze client.',
    uitleg: 'De toewijzing waar de prestatie naar verwijst, hoort bij een andere cliënt (ander BSN).',
    actie: 'Controleer het BSN en het toewijzingnummer van de prestatie en declareer onder de juiste cliënt.',
    regel: 'TR304',
  },
  '8214': {
    omschrijving:
      'DeclaratiePeriode is niet de kalendermaand die volgt op voorgaande DeclaratiePeriode terwijl iedere declaratieperiode zorg geleverd is.',
    uitleg: 'Er ontbreekt een maand tussen deze declaratie en uw vorige, terwijl er wel elke maand zorg is geleverd.',
    actie:
      'Dien eerst de declaratie voor de ontbrekende maand in, of zet de prestaties in de declaratie van de juiste periode.',
    regel: 'TR318',
  },
  '8848': {
    omschrijving: 'Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.',
    uitleg: 'De dagtekening van het bericht ligt in de toekomst.',
    actie: 'Controleer de systeemdatum van uw pakket en verstuur het bericht opnieuw met de dagtekening van vandaag.',
    regel: 'TR135',
  },
  '9019': {
    omschrijving: 'Het regie bericht kan niet gekoppeld worden aan een toewijzing.',
    uitleg: 'Het start- of stopbericht verwijst naar een toewijzingnummer dat de gemeente niet kent voor deze cliënt.',
    actie: 'Controleer het toewijzingnummer tegen de ontvangen toewijzing (301) en stuur het bericht opnieuw.',
    regel: 'TR019',
  },
  '9056': {
    omschrijving: 'Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.',
    uitleg: 'U hebt deze berichtidentificatie al eerder gebruikt voor dezelfde soort bericht.',
    actie: 'Verstuur het bericht opnieuw met een nieuwe, unieke identificatie.',
    regel: 'TR056',
  },
  '9063': {
    omschrijving: 'Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is.',
    uitleg:
      'U wilt een eerder start- of stopbericht verwijderen (StatusAanlevering 3), maar dat bericht is nooit ontvangen.',
    actie:
      'Controleer welke start- of stopberichten de gemeente heeft ontvangen; een verwijdering is alleen mogelijk voor een bestaand bericht.',
    regel: 'TR063',
  },
  '9069': {
    omschrijving: 'Er is geen actueel startbericht met dezelfde sleutel.',
    uitleg:
      'U stopt zorg waarvoor geen geldig startbericht bekend is met hetzelfde toewijzingnummer en dezelfde begindatum.',
    actie:
      'Stuur eerst een startbericht (305), of neem in de stop dezelfde begindatum en hetzelfde toewijzingnummer op als in de start.',
    regel: 'TR069',
  },
  '9071': {
    omschrijving: 'Het eerdere start bericht kan niet verwijderd worden omdat de zorg al beeindigd is',
    uitleg: 'U wilt een start verwijderen terwijl er al een stop op die start is verwerkt.',
    actie: 'Verwijder eerst het stopbericht (307 met StatusAanlevering 3) en daarna de start.',
    regel: 'TR071',
  },
  '9074': {
    omschrijving: 'Er is al een eerder bericht ontvangen met dezelfde sleutel.',
    uitleg: 'Er is al een start of stop met dezelfde gegevens (BSN, toewijzingnummer, begindatum) ontvangen.',
    actie:
      'Stuur het bericht niet nog eens; wilt u iets corrigeren, verwijder dan eerst het oude bericht en stuur daarna het nieuwe.',
    regel: 'TR074',
  },
  '9307': {
    omschrijving: 'Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing',
    uitleg: 'De prestatie begint vóór de ingangsdatum van de toewijzing; voor die dagen is geen opdracht gegeven.',
    actie:
      'Laat de productperiode op of na de ingangsdatum van de toewijzing beginnen, of vraag de gemeente om een toewijzing vanaf de juiste datum.',
    regel: 'TR307',
  },
  '9308': {
    omschrijving: 'Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing',
    uitleg: 'De prestatie loopt door na de einddatum van de toewijzing.',
    actie:
      'Laat de productperiode uiterlijk op de einddatum van de toewijzing eindigen, of vraag de gemeente om verlenging.',
    regel: 'TR308',
  },
  '9319': {
    omschrijving: 'De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.',
    uitleg:
      'De productperiode ligt (deels) na de declaratieperiode; u mag alleen zorg declareren tot en met de declaratieperiode.',
    actie: 'Declareer de prestatie in de declaratie van de maand waarin de zorg is geleverd, of later.',
    regel: 'TR319',
  },
  '9321': {
    omschrijving: 'Het ingediende volume overschrijdt het toegewezen volume.',
    uitleg: 'In deze productperiode declareert u meer dan er voor die periode is toegewezen (volume × frequentie).',
    actie:
      'Declareer niet meer dan het toegewezen volume voor de periode; is er meer zorg nodig, vraag dan een wijziging aan (317).',
    regel: 'TR321',
  },
  '9322': {
    omschrijving: 'De som van de ingediende volumes overschrijdt het  toegewezen volume',
    uitleg: 'Opgeteld over alle declaraties op deze toewijzing komt u boven het totaal toegewezen volume.',
    actie:
      'Controleer wat u al op deze toewijzing hebt gedeclareerd en declareer alleen het resterende volume; vraag zo nodig een wijziging aan (317).',
    regel: 'TR322',
  },
  '9326': {
    omschrijving: 'De actuele levering is nog niet gestopt met een Stopbericht.',
    uitleg: 'U start zorg op een toewijzing waarvoor nog een eerdere start loopt zonder stop.',
    actie: 'Stuur eerst een stopbericht (307) voor de lopende levering en daarna de nieuwe start.',
    regel: 'TR326',
  },
  '9332': {
    omschrijving: 'Toewijzing heeft geen uniek nummer binnen wettelijk domein.',
    uitleg: 'Het toewijzingnummer is binnen de gemeente en het domein al voor een andere toewijzing gebruikt.',
    actie: 'Dit is een fout van de gemeente; neem contact op met de gemeente.',
    regel: 'TR332',
  },
  '9333': {
    omschrijving: 'Declaratienummer is niet uniek',
    uitleg: 'U hebt dit declaratienummer al eerder gebruikt; het moet per aanbieder per domein uniek zijn.',
    actie: 'Verstuur de declaratie opnieuw met een nieuw declaratienummer.',
    regel: 'TR333',
  },
  '9338': {
    omschrijving:
      'Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer',
    uitleg: 'De gemeente kent het toewijzingnummer in deze prestatie niet.',
    actie: 'Gebruik het toewijzingnummer uit de toewijzing (301) die u van de gemeente ontving.',
    regel: 'TR338',
  },
  '9339': {
    omschrijving: 'ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.',
    uitleg: 'De productcategorie in de prestatie is een andere dan in de toewijzing.',
    actie: 'Neem de productcategorie over uit de toewijzing en declareer opnieuw.',
    regel: 'TR339',
  },
  '9340': {
    omschrijving: 'ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.',
    uitleg: 'De productcode in de prestatie is een andere dan de toegewezen productcode.',
    actie: 'Neem de productcode over uit de toewijzing en declareer opnieuw.',
    regel: 'TR340',
  },
  '9341': {
    omschrijving: 'Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct',
    uitleg: 'U declareert in een andere eenheid dan is toegewezen (alleen uur → minuut is toegestaan).',
    actie: 'Declareer in de eenheid van de toewijzing (of in minuten als in uren is toegewezen).',
    regel: 'TR341',
  },
  '9346': {
    omschrijving:
      "Eenheid is ongelijk is aan waarde 83 (Euro's), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief.",
    uitleg: 'Het ingediende bedrag klopt niet met volume × tarief.',
    actie:
      'Reken het bedrag opnieuw uit als geleverd volume × tarief (bij minuten: uurtarief × minuten / 60, afgerond op centen) en declareer opnieuw.',
    regel: 'TR346',
  },
  '9347': {
    omschrijving: 'ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein',
    uitleg: 'De referentie die u aan dit verzoek gaf, hebt u al eerder gebruikt.',
    actie: 'Verstuur het verzoek opnieuw met een nieuwe, unieke ReferentieAanbieder.',
    regel: 'TR347',
  },
  '9349': {
    omschrijving:
      'Het VOW bericht bevat niet alle actuele toegewezen producten van de client, hetzij in OngewijzigdProduct, hetzij in TeWijzigenProduct',
    uitleg:
      'Een verzoek om wijziging moet de hele gewenste situatie bevatten, maar er ontbreekt een lopende toewijzing.',
    actie:
      'Neem alle lopende toewijzingen van de cliënt op als ongewijzigd of te wijzigen product en verstuur het verzoek opnieuw.',
    regel: 'TR349',
  },
  '9350': {
    omschrijving:
      'OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer.',
    uitleg: 'Een product dat u als ongewijzigd opgeeft, is geen lopende toewijzing (meer).',
    actie: 'Controleer de toewijzingnummers tegen de actuele toewijzingen (301) en verstuur het verzoek opnieuw.',
    regel: 'TR350',
  },
  '9351': {
    omschrijving: 'TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer.',
    uitleg: 'Een product dat u wilt wijzigen, is geen lopende toewijzing (meer).',
    actie:
      'Controleer de toewijzingnummers tegen de actuele toewijzingen (301); vraag voor een beëindigde toewijzing een nieuw product aan.',
    regel: 'TR351',
  },
  '9355': {
    omschrijving:
      'ReferentieAanbieder in het antwoordbericht komt niet voor in een eerder verzoek om toewijzing of verzoek om wijziging',
    uitleg: 'Het antwoord van de gemeente verwijst naar een verzoek dat u niet kent.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR355',
  },
  '9357': {
    omschrijving:
      'GewensteIngangsdatum is kleiner dan of gelijk aan de dagtekening, maar niet gelijk aan de ingangsdatum van het originele ToegewezenProduct.',
    uitleg: 'Een wijziging met terugwerkende kracht moet ingaan op de oorspronkelijke ingangsdatum van de toewijzing.',
    actie:
      'Kies als gewenste ingangsdatum een datum in de toekomst, of de oorspronkelijke ingangsdatum van de toewijzing.',
    regel: 'TR357',
  },
  '9359': {
    omschrijving: 'Er is al een toewijzing gestuurd met deze ReferentieAanbieder.',
    uitleg: 'Op dit verzoek is al een toewijzing verstuurd; een antwoordbericht kan dan niet meer.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR359',
  },
  '9360': {
    omschrijving:
      'Er is al een antwoordbericht met deze ReferentieAanbieder, terwijl antwoordbericht in VerzoekAntwoord waarde 2 (aanvraag in onderzoek) heeft.',
    uitleg: 'Er is al een antwoord "aanvraag in onderzoek" gestuurd; een tweede keer "in onderzoek" mag niet.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR360',
  },
  '9361': {
    omschrijving: 'Het product komt vaker voor met overlappende zorgperiodes.',
    uitleg: 'In het verzoek staat hetzelfde product meer dan eens voor (deels) dezelfde periode.',
    actie: 'Voeg de regels samen of laat de periodes aansluiten zonder overlap en verstuur het verzoek opnieuw.',
    regel: 'TR361',
  },
  '9365': {
    omschrijving:
      "Er is al een antwoordbericht met dezelfde ReferentieAanbieder waar VerzoekAntwoord niet de waarde 'Aanvraag in onderzoek' heeft.",
    uitleg: 'Op dit verzoek is al een definitief antwoord (afwijzing) gestuurd.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR365',
  },
  '9366': {
    omschrijving: 'ProductReferentie komt niet voor in een Declaratiebericht',
    uitleg: 'Het declaratie-antwoord noemt een prestatie die niet in uw declaratie stond.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR366',
  },
  '9367': {
    omschrijving: 'De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie',
    uitleg: 'In het declaratie-antwoord is een gegeven van uw prestatie veranderd ten opzichte van wat u instuurde.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR367',
  },
  '9369': {
    omschrijving:
      'Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget.',
    uitleg: 'Met deze prestatie komt het totaal dat u op de toewijzing declareerde boven het toegewezen budget.',
    actie:
      'Declareer niet meer dan het resterende budget; is er meer nodig, vraag dan een wijziging van het budget aan (317).',
    regel: 'TR369',
  },
  '9373': {
    omschrijving: 'Budget is gewijzigd, maar GewensteIngangsdatum is niet gelijk aan die in de actuele toewijzing',
    uitleg: 'Een budget kan alleen voor de hele looptijd van de toewijzing worden gewijzigd.',
    actie: 'Neem als gewenste ingangsdatum de ingangsdatum van de huidige toewijzing en verstuur het verzoek opnieuw.',
    regel: 'TR373',
  },
  '9374': {
    omschrijving: 'Er is al een verzoek onderhanden.',
    uitleg: 'Er loopt al een verzoek voor deze cliënt bij deze gemeente waarop nog geen antwoord is gegeven.',
    actie:
      'Wacht het antwoord op het lopende verzoek af (toewijzing of antwoordbericht) voordat u een nieuw verzoek stuurt.',
    regel: 'TR374',
  },
  '9375': {
    omschrijving:
      'Omvang is gevuld, terwijl Product in toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is',
    uitleg: 'Bij een generieke toewijzing (zonder product) hoort geen omvang.',
    actie: 'Laat de omvang leeg bij dit product en verstuur het verzoek opnieuw.',
    regel: 'TR375',
  },
  '9379': {
    omschrijving:
      'ReferentieAanbieder refereert niet naar een verzoek om toewijzing of verzoek om wijziging, is onterecht gevuld',
    uitleg: 'De toewijzing noemt een referentie van een verzoek dat de gemeente niet kent.',
    actie: 'Dit is een fout aan de kant van de gemeente; neem contact op met de gemeente.',
    regel: 'TR379',
  },
  '9384': {
    omschrijving: 'Declaratie op toewijzing met RedenWijziging "13" (Verwijderd)',
    uitleg: 'De toewijzing waarop u declareert, is door de gemeente verwijderd en geldt als nooit verstuurd.',
    actie: 'Declareer niet op deze toewijzing; neem bij twijfel contact op met de gemeente over de juiste toewijzing.',
    regel: 'TR384',
  },
  '9385': {
    omschrijving: 'Toewijzing heeft goedgekeurde declaratieregels',
    uitleg: 'De gemeente wil een toewijzing verwijderen waarop al goedgekeurde declaraties staan.',
    actie: 'Neem contact op met de gemeente: crediteer eerst de declaraties als de verwijdering terecht is.',
    regel: 'TR385',
  },
  '9387': {
    omschrijving:
      'Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand',
    uitleg: 'Een productperiode begint op de 1e van de maand, tenzij de toewijzing later in die maand ingaat.',
    actie:
      'Laat de productperiode op de 1e van de maand beginnen (of op de ingangsdatum van de toewijzing) en declareer opnieuw.',
    regel: 'TR387',
  },
  '9388': {
    omschrijving:
      'Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand.',
    uitleg:
      'Een productperiode eindigt op de laatste dag van de maand, tenzij de toewijzing eerder in die maand eindigt.',
    actie:
      'Laat de productperiode op de laatste dag van de maand eindigen (of op de einddatum van de toewijzing) en declareer opnieuw.',
    regel: 'TR388',
  },
  '9389': {
    omschrijving: 'Deze prestatie heeft een debetprestatie zonder bijbehorende creditprestatie',
    uitleg:
      'Voor dezelfde toewijzing, hetzelfde product en dezelfde periode is al een debet goedgekeurd; dubbel declareren kan niet.',
    actie:
      'Wilt u corrigeren? Crediteer eerst de eerdere prestatie en stuur daarna de nieuwe debetprestatie (mag in hetzelfde bericht).',
    regel: 'TR389',
  },
  '9390': {
    omschrijving: 'Er is al een Prestatie met gelijk ProductReferentie met waarde Credit',
    uitleg: 'Deze prestatie is al eerder gecrediteerd; een prestatie kan maar één keer worden gecrediteerd.',
    actie: 'Stuur deze creditprestatie niet opnieuw.',
    regel: 'TR390',
  },
  '9411': {
    omschrijving: 'Omvang is leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer gevuld is.',
    uitleg: 'Bij een specifiek product (met productcode) hoort een omvang.',
    actie: 'Vul de omvang (volume, eenheid, frequentie) in en verstuur het verzoek opnieuw.',
    regel: 'TR411',
  },
  '9412': {
    omschrijving:
      'Omvang is niet leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg is',
    uitleg: 'Bij een aspecifiek product (zonder productcode) hoort geen omvang.',
    actie: 'Laat de omvang leeg of vul de productcode in en verstuur het verzoek opnieuw.',
    regel: 'TR412',
  },
  '9413': {
    omschrijving:
      'StatusAanlevering is waarde 1 of 2 en RedenBeeindiging heeft waarde 20, terwijl er al een ander StopProduct met hetzelfde Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging waarde 20 is.',
    uitleg: 'Deze levering is al tijdelijk gestopt; een tweede tijdelijke stop kan niet.',
    actie: 'Stuur een definitieve stop (andere reden dan 20) of eerst een nieuwe start.',
    regel: 'TR413',
  },
  '9414': {
    omschrijving:
      'Einddatum is niet >= aan Einddatum uit actuele StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum',
    uitleg: 'De einddatum in deze stop ligt vóór de einddatum van de eerdere (tijdelijke) stop.',
    actie: 'Gebruik een einddatum op of na de einddatum van de eerdere stop, of verwijder eerst die stop.',
    regel: 'TR414',
  },
  '9415': {
    omschrijving:
      'Er is al een StopProduct met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20 en StatusAanlevering heeft waarde 1 of 2.',
    uitleg: 'Deze levering is al definitief gestopt.',
    actie:
      'Stuur geen nieuwe stop; wilt u de stop corrigeren, verwijder dan eerst de eerdere stop (StatusAanlevering 3).',
    regel: 'TR415',
  },
  S300: {
    omschrijving: 'Gemeentecode komt niet voor in de lijst van CBS.',
    uitleg: 'De gemeentecode in het bericht bestaat niet (meer) in de CBS-lijst op de betreffende datum.',
    actie:
      'Controleer de gemeentecode (4 cijfers) en gebruik de code die gold op de ingangsdatum; na een herindeling mag de oude code nog.',
    regel: 'TR378',
  },
  S329: {
    omschrijving: 'ProductCode hoort niet bij de ProductCategorie.',
    uitleg: 'De productcode staat in de gebruikte productcodelijst niet onder deze productcategorie.',
    actie:
      'Controleer de combinatie productcategorie/productcode in de productcodelijst van uw contract en verstuur opnieuw.',
    regel: 'TR381',
  },
};

export function uitlegRetourcode(code: Retourcode): RetourcodeUitleg {
  return RETOURCODE_UITLEG[code];
}
