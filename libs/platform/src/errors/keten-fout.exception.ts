/** Domain errors carry a string code and a user-facing message; services never throw HTTP exceptions (conventions.md 10). */
export enum FoutCode {
  Validatie = 'VALIDATIE',
  NietGevonden = 'NIET_GEVONDEN',
  Conflict = 'CONFLICT',
  NietGeauthenticeerd = 'NIET_GEAUTHENTICEERD',
  GeenToegang = 'GEEN_TOEGANG',
  TeGroot = 'TE_GROOT',
  NietOndersteund = 'NIET_ONDERSTEUND',
  TeVeelVerzoeken = 'TE_VEEL_VERZOEKEN',
  Intern = 'INTERN',
}

export interface VeldFout {
  /** Path of the offending field, e.g. `producten[0].tarieven[1].ingangsdatum`. */
  veld: string;
  reden: string;
}

export class KetenFout extends Error {
  constructor(
    readonly code: FoutCode,
    message: string,
    readonly fouten: VeldFout[] = [],
  ) {
    super(message);
    this.name = 'KetenFout';
  }
}

export const nietGevonden = (wat: string, id: string) =>
  new KetenFout(FoutCode.NietGevonden, `${wat} ${id} bestaat niet (of is niet zichtbaar voor u)`);
export const validatieFout = (bericht: string, fouten: VeldFout[] = []) =>
  new KetenFout(FoutCode.Validatie, bericht, fouten);
export const conflict = (bericht: string, fouten: VeldFout[] = []) => new KetenFout(FoutCode.Conflict, bericht, fouten);
export const geenToegang = (bericht = 'u heeft geen toegang tot deze gegevens') =>
  new KetenFout(FoutCode.GeenToegang, bericht);
