import { vertragingsverdeling } from './sturing-rapport.service.js';

describe('vertragingsverdeling', () => {
  it('should give the share of a month of care in after k months, from months at least 6 months old', () => {
    // January 2026 care: 60 in in January, 30 in February, 10 in April; July is too young to count.
    const rijen = [
      { maand: '2026-01-01', ontvangen: '2026-01-01', bedrag: '60' },
      { maand: '2026-01-01', ontvangen: '2026-02-01', bedrag: '30' },
      { maand: '2026-01-01', ontvangen: '2026-04-01', bedrag: '10' },
      { maand: '2026-07-01', ontvangen: '2026-07-01', bedrag: '1000' },
    ];
    expect(vertragingsverdeling(rijen, '2026-08-01')).toEqual([0.6, 0.9, 0.9, 1, 1, 1]);
  });

  it('should assume everything in at once without history', () => {
    expect(vertragingsverdeling([{ maand: '2026-07-01', ontvangen: '2026-07-01', bedrag: '5' }], '2026-08-01')).toEqual(
      [1, 1, 1, 1, 1, 1],
    );
  });
});
