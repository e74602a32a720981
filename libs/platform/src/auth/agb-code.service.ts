/**
 * What authentication asks of the organisaties context: an aanbieder's AGB code, which scopes everything it sees
 * (architecture.md 5). Organisaties are that context's, so it provides this token (libs/organisaties,
 * OrganisatieCodesService); declared here because platform sits below the contexts and imports none of them.
 */
export abstract class AgbCodeService {
  /** The AGB code of this organisatie; null when it has none (not an aanbieder) or is unknown. */
  abstract agbCodeVan(organisatieId: string): Promise<string | null>;
}
