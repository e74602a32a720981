// Every migration, in order. One class per change; never edit one that has landed (conventions.md 5).
import { DatamodelV11763900000000 } from './1763900000000-datamodelV1.js';
import { ToewijzingenEnDeclaraties1795445214418 } from './1795445214418-toewijzingenEnDeclaraties.js';
import { InkoopAanbestedingen1795445561462 } from './1795445561462-inkoopAanbestedingen.js';
import { ContractenTarievenBekostiging1795445746539 } from './1795445746539-contractenTarievenBekostiging.js';
import { Regieberichten1795446159639 } from './1795446159639-regieberichten.js';
import { Productcodelijsten1795448211735 } from './1795448211735-productcodelijsten.js';
import { BerichtInhoudExtern1795449000000 } from './1795449000000-berichtInhoudExtern.js';
import { PrestatieEenmaalGeschreven1795449100000 } from './1795449100000-prestatieEenmaalGeschreven.js';
import { PrestatieZonderClientSleutel1795449200000 } from './1795449200000-prestatieZonderClientSleutel.js';
import { PrestatieReferentieIndexen1795449300000 } from './1795449300000-prestatieReferentieIndexen.js';
import { Toegang1796000000000 } from './1796000000000-toegang.js';
import { Totp1796000100000 } from './1796000100000-totp.js';
import { Sturing1796100000000 } from './1796100000000-sturing.js';
import { Betaalbatches1796100100000 } from './1796100100000-betaalbatches.js';
import { SturingSignalen1796100200000 } from './1796100200000-sturingSignalen.js';
import { SociaalTeam1796100300000 } from './1796100300000-sociaalTeam.js';
import { Wijken1796100400000 } from './1796100400000-wijken.js';
import { SturingClientTelling1796100500000 } from './1796100500000-sturingClientTelling.js';
import { AanbestedingGebeurtenisToestand1796200000000 } from './1796200000000-aanbestedingGebeurtenisToestand.js';
import { Verantwoording1796200100000 } from './1796200100000-verantwoording.js';
import { Veilingrondes1796200200000 } from './1796200200000-veilingrondes.js';
import { NadereOpdrachten1796500000000 } from './1796500000000-nadereOpdrachten.js';
import { GoedgekeurdeBedragen1796700000000 } from './1796700000000-goedgekeurdeBedragen.js';
import { SturingToegewezenTotaal1796700100000 } from './1796700100000-sturingToegewezenTotaal.js';
import { SturingOpgeslagenAntwoorden1796700200000 } from './1796700200000-sturingOpgeslagenAntwoorden.js';
import { GoedgekeurdPerToewijzing1796700300000 } from './1796700300000-goedgekeurdPerToewijzing.js';
import { Verzoeken1796300000000 } from './1796300000000-verzoeken.js';
import { DeclaratieBerichtIdentificatie1796300100000 } from './1796300100000-declaratieBerichtIdentificatie.js';
import { OutboxClaim1796400000000 } from './1796400000000-outboxClaim.js';
import { BeoordelingOpSchaal1796720000000 } from './1796720000000-beoordelingOpSchaal.js';
import { PrestatieDeclaratiePerStatement1796730000000 } from './1796730000000-prestatieDeclaratiePerStatement.js';

export const MIGRATIONS = [
  DatamodelV11763900000000,
  ToewijzingenEnDeclaraties1795445214418,
  InkoopAanbestedingen1795445561462,
  ContractenTarievenBekostiging1795445746539,
  Regieberichten1795446159639,
  Productcodelijsten1795448211735,
  BerichtInhoudExtern1795449000000,
  PrestatieEenmaalGeschreven1795449100000,
  PrestatieZonderClientSleutel1795449200000,
  PrestatieReferentieIndexen1795449300000,
  Toegang1796000000000,
  Totp1796000100000,
  Sturing1796100000000,
  Betaalbatches1796100100000,
  SturingSignalen1796100200000,
  SociaalTeam1796100300000,
  Wijken1796100400000,
  SturingClientTelling1796100500000,
  AanbestedingGebeurtenisToestand1796200000000,
  Verantwoording1796200100000,
  Veilingrondes1796200200000,
  Verzoeken1796300000000,
  DeclaratieBerichtIdentificatie1796300100000,
  OutboxClaim1796400000000,
  NadereOpdrachten1796500000000,
  GoedgekeurdeBedragen1796700000000,
  SturingToegewezenTotaal1796700100000,
  SturingOpgeslagenAntwoorden1796700200000,
  GoedgekeurdPerToewijzing1796700300000,
  BeoordelingOpSchaal1796720000000,
  PrestatieDeclaratiePerStatement1796730000000,
];
