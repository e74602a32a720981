import { PLATFORM_ENTITIES } from '#keten/platform';
import { OrganisatieEntity, RegioDeelnameEntity } from '#keten/organisaties';
import { SessieEntity } from '#keten/toegang';
import { CONTRACTEN_ENTITIES } from '#keten/contracten';
import {
  ClientEntity,
  RegieberichtEntity,
  ToewijzingEntity,
  ToewijzingVersieEntity,
  VerzoekAntwoordEntity,
  VerzoekEntity,
} from '#keten/toewijzingen';
import { BerichtEntity } from '#keten/berichten';
import { DeclaratieEntity, PrestatieEntity } from '#keten/declaraties';
import { INKOOP_ENTITIES } from '#keten/inkoop';
import { STURING_ENTITIES } from '#keten/sturing';
import { MIGRATIONS } from '../../../migrations/index.js';

/** Every entity of every context; the database schema itself comes from MIGRATIONS. */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  SessieEntity,
  OrganisatieEntity,
  RegioDeelnameEntity,
  ...INKOOP_ENTITIES,
  ...CONTRACTEN_ENTITIES,
  ClientEntity,
  ToewijzingEntity,
  ToewijzingVersieEntity,
  RegieberichtEntity,
  VerzoekEntity,
  VerzoekAntwoordEntity,
  BerichtEntity,
  DeclaratieEntity,
  PrestatieEntity,
  ...STURING_ENTITIES,
];

export { MIGRATIONS };
