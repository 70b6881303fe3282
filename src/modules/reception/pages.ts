// The citizen's pages of the front desk (server-rendered, no account): booking, the booking's private link
// (see, move, cancel, calendar file), the kiosk check-in and the waiting-room display.
import type { App, AppContext } from '../../platform/context.js';

export async function receptionPages(_app: App, _ctx: AppContext): Promise<void> {}
