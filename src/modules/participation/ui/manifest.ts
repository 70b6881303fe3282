// The participation module in the staff app: its messages (figure names on the effect dashboard) and its rules.
// Processes are run through the API (/api/v1/participation) for now; no staff pages yet.
import { defineUiModule } from '../../../platform/ui.js';
import { participationMessages } from '../messages.js';
import { participationPolicies } from '../policies.js';

export const participationUi = defineUiModule({
  name: 'participation',
  messages: [participationMessages],
  policies: participationPolicies,
});
