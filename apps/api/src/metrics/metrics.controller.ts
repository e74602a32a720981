import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FoutCode, KetenConfig, KetenFout, Openbaar } from '#keten/platform';
import { MetricsService } from './metrics.service.js';

/**
 * GET /metrics for Prometheus. Not a user endpoint, so outside the role model: off unless KETEN_METRICS_TOKEN is
 * set, and then only with that token as bearer (Prometheus' `authorization` setting), compared in constant time.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: KetenConfig,
  ) {}

  @Get()
  @Openbaar()
  async scrape(
    @Headers('authorization') kop: string | undefined,
    @Res() res: { setHeader(k: string, v: string): void; send(b: string): void },
  ): Promise<void> {
    const verwacht = this.config.KETEN_METRICS_TOKEN;
    if (!verwacht)
      throw new KetenFout(FoutCode.NietGevonden, '/metrics staat uit: zet KETEN_METRICS_TOKEN om het aan te zetten');
    const gegeven = Buffer.from(/^Bearer\s+(\S{1,600})$/i.exec(kop ?? '')?.[1] ?? '');
    const goed = Buffer.from(verwacht);
    if (gegeven.length !== goed.length || !timingSafeEqual(gegeven, goed)) {
      throw new KetenFout(
        FoutCode.NietGeauthenticeerd,
        'voor /metrics is het metrics-token nodig (Authorization: Bearer <KETEN_METRICS_TOKEN>)',
      );
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
