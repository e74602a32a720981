export const STATUS: Record<string, string> = {
  concept: 'Concept, wacht op goedkeuring',
  goedgekeurd: 'Goedgekeurd, klaar om te betalen',
  afgewezen: 'Afgewezen',
  betaald: 'Betaald',
};
