/** Where a verzoek om toewijzing (315) or wijziging (317) stands in the gemeente's work queue. */
export enum VerzoekStatus {
  /** Refused on receipt by a TR of the standard: answered in the retour (316/318), never in the work queue. */
  Afgekeurd = 'afgekeurd',
  Open = 'open',
  /** Answered with a 319 "aanvraag in onderzoek" (VerzoekAntwoord 2): a final answer follows within 8 weken. */
  InOnderzoek = 'in_onderzoek',
  /** Honoured with a 301 (OP348). */
  Toegekend = 'toegekend',
  /** Refused with a 319 (VerzoekAntwoord 1, RedenAfwijzingVerzoek). */
  Afgewezen = 'afgewezen',
}

/** What the toegang decides on an open verzoek. */
export enum VerzoekBesluit {
  Toekennen = 'toekennen',
  Afwijzen = 'afwijzen',
  InOnderzoek = 'in-onderzoek',
}

export enum VerzoekSoort {
  /** 315 (VOT), one verzoek per AangevraagdProduct: each has its own ReferentieAanbieder and may be decided alone (OP344). */
  Toewijzing = 'toewijzing',
  /** 317 (VOW), decided as a whole (OP344). */
  Wijziging = 'wijziging',
}
