import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { begrensd, Openbaar, QueueService } from '#keten/platform';
import { Gereedheid } from './gereedheid.service.js';

class GereedDto {
  @ApiProperty({ enum: ['gereed', 'niet-gereed'] }) status: 'gereed' | 'niet-gereed';
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) database: 'ok' | 'niet-ok';
  @ApiProperty({ description: 'true from the moment the process was told to stop (SIGTERM)' }) bezigMetStoppen: boolean;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) status: 'ok' | 'niet-ok';
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) database: 'ok' | 'niet-ok';
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) queue: 'ok' | 'niet-ok';
  @ApiProperty({ enum: ['redis', 'postgres'], description: 'which BullMQ backend carries the jobs' }) queueBackend:
    'redis' | 'postgres';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
    private readonly gereedheid: Gereedheid,
  ) {}

  /** Liveness and dependencies; answers within about a second even with Redis gone (issue 18). */
  @Get()
  @Openbaar()
  @HttpCode(200)
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) res: { status(code: number): void }): Promise<HealthDto> {
    const [database, queue] = await Promise.all([this.databaseOk(), this.queues.controleer()]);
    const ok = database && queue;
    if (!ok) res.status(503);
    return {
      status: ok ? 'ok' : 'niet-ok',
      database: database ? 'ok' : 'niet-ok',
      queue: queue ? 'ok' : 'niet-ok',
      queueBackend: this.queues.backend,
    };
  }

  /**
   * Readiness (Kubernetes style): whether to send this process new requests. Unready first when it stops, and
   * without the database; a Redis outage keeps it ready, since messages are then staged in the outbox.
   */
  @Get('ready')
  @Openbaar()
  @HttpCode(200)
  @ApiOkResponse({ type: GereedDto })
  @ApiServiceUnavailableResponse({ type: GereedDto })
  async ready(@Res({ passthrough: true }) res: { status(code: number): void }): Promise<GereedDto> {
    const stopt = this.gereedheid.bezigMetStoppen;
    const database = !stopt && (await this.databaseOk());
    const gereed = database && !stopt;
    if (!gereed) res.status(503);
    return { status: gereed ? 'gereed' : 'niet-gereed', database: database ? 'ok' : 'niet-ok', bezigMetStoppen: stopt };
  }

  /** Bounded: a pool whose connections are all taken must not make /health hang. */
  private databaseOk(): Promise<boolean> {
    return begrensd(this.dataSource.query('SELECT 1'), 800, 'health').then(
      () => true,
      () => false,
    );
  }
}
