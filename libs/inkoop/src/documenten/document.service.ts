import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, KetenFout, FoutCode, Rol, nietGevonden, validatieFout, type Principal } from '#keten/platform';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { AanbestedingDocumentEntity, DocumentSoort } from '../database/aanbesteding-document.entity.js';
import { MAX_DOCUMENT_BYTES, type DocumentDto, type RegistreerDocumentDto } from './document.dto.js';

const STANDAARD_OPENBAAR = new Set([
  DocumentSoort.Aankondiging,
  DocumentSoort.Aanbestedingsleidraad,
  DocumentSoort.NotaVanInlichtingen,
]);

const naarDto = (d: AanbestedingDocumentEntity): DocumentDto => ({
  id: d.id,
  soort: d.soort,
  titel: d.titel,
  datum: d.datum,
  openbaar: d.openbaar,
  inhoudHash: d.inhoudHash,
  mediaType: d.mediaType,
  grootte: d.grootte,
  geregistreerdOp: d.createdAt.toISOString(),
});

/** Documents of a procedure (nota van inlichtingen, gunningsbeslissing ...): title, type, date and content hash. */
@Injectable()
export class AanbestedingDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly audit: AuditService,
  ) {}

  async registreer(principal: Principal, aanbestedingId: string, dto: RegistreerDocumentDto): Promise<DocumentDto> {
    const inhoud = Buffer.from(dto.inhoud, 'base64');
    if (inhoud.length > MAX_DOCUMENT_BYTES)
      throw new KetenFout(FoutCode.TeGroot, `een document is ten hoogste ${MAX_DOCUMENT_BYTES} bytes`);
    if (inhoud.length === 0) throw validatieFout('het document is leeg', [{ veld: 'inhoud', reden: 'leeg' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      const rij = await this.toegang.laad(manager, principal, aanbestedingId, true);
      await this.toegang.controleerBeheer(principal, rij);
      const document = await manager.save(
        manager.create(AanbestedingDocumentEntity, {
          aanbestedingId,
          soort: dto.soort,
          titel: dto.titel,
          datum: dto.datum,
          openbaar: dto.openbaar ?? STANDAARD_OPENBAAR.has(dto.soort),
          inhoudHash: createHash('sha256').update(inhoud).digest('hex'),
          mediaType: dto.mediaType,
          grootte: inhoud.length,
          inhoud,
          geregistreerdDoor: principal.actor,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'aanbesteding.document_geregistreerd',
        entiteit: 'aanbesteding',
        entiteitId: aanbestedingId,
        details: { documentId: document.id, soort: dto.soort, titel: dto.titel, inhoudHash: document.inhoudHash },
      });
      return document.id;
    });
    return naarDto(await this.dataSource.getRepository(AanbestedingDocumentEntity).findOneByOrFail({ id }));
  }

  async lijst(principal: Principal, aanbestedingId: string): Promise<DocumentDto[]> {
    await this.toegang.laad(this.dataSource.manager, principal, aanbestedingId);
    const rijen = await this.dataSource.getRepository(AanbestedingDocumentEntity).find({
      where: { aanbestedingId, ...(principal.rol === Rol.Aanbieder ? { openbaar: true } : {}) },
      order: { datum: 'ASC', createdAt: 'ASC' },
    });
    return rijen.map(naarDto);
  }

  async inhoud(
    principal: Principal,
    aanbestedingId: string,
    documentId: string,
  ): Promise<{ document: DocumentDto; inhoud: Buffer }> {
    await this.toegang.laad(this.dataSource.manager, principal, aanbestedingId);
    const rij = await this.dataSource
      .getRepository(AanbestedingDocumentEntity)
      .createQueryBuilder('d')
      .addSelect('d.inhoud')
      .where('d.id = :documentId AND d.aanbesteding_id = :aanbestedingId', { documentId, aanbestedingId })
      .getOne();
    if (!rij || (principal.rol === Rol.Aanbieder && !rij.openbaar)) throw nietGevonden('document', documentId);
    return { document: naarDto(rij), inhoud: rij.inhoud! };
  }
}
