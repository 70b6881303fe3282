// The citizens module in the staff app: no pages of its own; its messages and rules (the case page's
// citizen panel asks `citizen.update`).
import { defineUiModule } from '../../../platform/ui.js';
import { citizensMessages } from '../messages.js';
import { citizensPolicies } from '../policies.js';

export const citizensUi = defineUiModule({
  name: 'citizens',
  messages: [citizensMessages],
  policies: citizensPolicies,
});
