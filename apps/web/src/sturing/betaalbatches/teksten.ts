export const STATUS: Record<string, string> = {
  concept: 'Concept',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
  betaald: 'Betaald',
};
