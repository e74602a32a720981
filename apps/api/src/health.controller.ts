import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Openbaar, QueueService } from '#keten/platform';

class HealthDto {
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) status: 'ok' | 'niet-ok';
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) database: 'ok' | 'niet-ok';
  @ApiProperty({ enum: ['ok', 'niet-ok'] }) queue: 'ok' | 'niet-ok';
  @ApiProperty({ enum: ['redis', 'postgres'], description: 'which BullMQ backend carries the jobs' }) queueBackend: 'redis' | 'postgres';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  @Get()
  @Openbaar()
  @HttpCode(200)
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) res: { status(code: number): void }): Promise<HealthDto> {
    const [database, queue] = await Promise.all([
      this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      this.queues.controleer(),
    ]);
    const ok = database && queue;
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'niet-ok', database: database ? 'ok' : 'niet-ok', queue: queue ? 'ok' : 'niet-ok', queueBackend: this.queues.backend };
  }
}
