export const T = {
  titel: 'Declaraties',
  uitleg:
    'Uw ingediende declaraties met hun beoordeling. Open een declaratie om per prestatie te zien wat is goedgekeurd en waarom iets is afgekeurd.',
  indienen: 'Declaratie indienen',
  nummer: 'Declaratienummer',
  gemeente: 'Gemeente',
  periode: 'Periode',
  status: 'Status',
  ingediend: 'Ingediend',
  toegekend: 'Toegekend',
  prestaties: 'Prestaties',
  alleStatussen: 'Alle statussen',
  leegTitel: 'Nog geen declaraties',
  leeg: 'U heeft nog niets gedeclareerd. Kies "Declaratie indienen" om een 323-bestand of het Excel-sjabloon te uploaden.',
  detailTitel: (nummer: string) => `Declaratie ${nummer}`,
  referentie: 'Referentienummer',
  retourcodes: 'Retourcodes',
  waarom: 'Toelichting',
  goedgekeurdZonderOpmerking: 'Voldoet aan toewijzing en contract.',
  download325: 'Antwoord (325) downloaden',
  nogNietBeoordeeld:
    'Deze declaratie wordt nog beoordeeld; de pagina ververst vanzelf. Het antwoordbericht (325) is er zodra de beoordeling klaar is.',
  declaratieBevindingen: 'Bevindingen op de declaratie als geheel',
  // indienen
  indienenUitleg:
    'Upload een declaratie als 323-bericht (XML) of als ingevuld Excel-sjabloon. Keten controleert het bestand eerst zonder iets op te slaan; daarna dient u het in.',
  sjabloon: 'Excel-sjabloon downloaden',
  bestand: 'Bestand (323 als .xml, of het sjabloon als .xlsx)',
  bestandUitleg: 'Maximaal 25 MB.',
  geenBestand: 'Kies eerst een bestand.',
  verkeerdType: 'Dit type bestand kan Keten niet lezen. Kies een .xml (323) of .xlsx (sjabloon).',
  controleren: 'Controleren',
  controleTitel: 'Uitkomst van de controle (nog niets opgeslagen)',
  controleSamenvatting: (goed: number, fout: number) =>
    `${goed} prestatie(s) zouden worden goedgekeurd, ${fout} afgekeurd.`,
  definitiefIndienen: 'Definitief indienen',
  ingediendTitel: 'De declaratie is ontvangen',
  naarDeclaratie: 'Bekijk de beoordeling',
  berichtAfgekeurd: 'Het bericht is afgekeurd',
  bezigUploaden: (p: number) => `Bezig met uploaden: ${p}%`,
  bezigControleren: 'Bezig met controleren…',
};

export const RETOURCODE_UITLEG: Record<string, string> = {
  '0001': 'Het bericht is technisch afgekeurd.',
  '0200': 'Goedgekeurd.',
};
