// PLACEHOLDER — being replaced by the bulk demo-case generator.
import type { AppContext } from '../platform/context.js';

export async function seedDemoCases(
  _ctx: AppContext,
  _n: number,
  _progress?: (done: number, total: number) => void,
): Promise<void> {}
