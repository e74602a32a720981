import { Injectable, Logger } from '@nestjs/common';
import { vandaag } from '#keten/domain';
import { BudgetService } from '#keten/contracten';

/** Thin processor: marks due termijnen betaalbaar on today's Dutch calendar date. */
@Injectable()
export class TermijnenBetaalbaarProcessor {
  private readonly logger = new Logger(TermijnenBetaalbaarProcessor.name);

  constructor(private readonly budgetten: BudgetService) {}

  async verwerk(): Promise<{ betaalbaar: number }> {
    const betaalbaar = await this.budgetten.werkTermijnenBij(vandaag());
    if (betaalbaar > 0) this.logger.log(`${betaalbaar} termijn(en) betaalbaar`);
    return { betaalbaar };
  }
}
