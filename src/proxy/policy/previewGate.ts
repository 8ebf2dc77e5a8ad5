import { TalonProxyRefusal } from '../TalonProxyRefusal.js';
import type { PolicySettings } from './PolicySettings.js';
import type { PreviewContext } from './TalonProxyPolicy.js';

/**
 * Refuses (403) a request that previews campaigns (`evaluableCampaignIds`, which evaluates even disabled ones, `now`
 * or `forceCompleteEvaluation`) unless `policy.previewCampaigns` lets this shopper: drafts are not for shoppers.
 */
export async function refusePreview(
  asked: { readonly name: string; readonly source: { pointer: string } | { parameter: string } } | undefined,
  settings: PolicySettings,
  context: PreviewContext,
): Promise<void> {
  if (asked === undefined) return;
  if (settings.previewCampaigns && (await settings.previewCampaigns(context))) return;
  throw new TalonProxyRefusal(
    403,
    `${asked.name} previews campaigns, which is for your staff, not shoppers: allow it with policy.previewCampaigns`,
    asked.source,
  );
}
