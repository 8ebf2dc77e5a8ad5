import type { SandboxContext } from '../SandboxContext.js';

/**
 * Where a campaign stands now: `running`, `scheduled` (enabled, start time ahead) or `stopped` (disabled, archived,
 * ended or unknown). Codes of a campaign are redeemable only while it runs.
 */
export type CampaignStatus = 'running' | 'scheduled' | 'stopped';

/** The {@link CampaignStatus} of a campaign at the request's time. */
export function campaignStatus(context: SandboxContext, campaignId: number): CampaignStatus {
  const campaign = context.state.campaigns.get(campaignId);
  if (!campaign || (campaign.state ?? 'enabled') !== 'enabled') return 'stopped';
  const now = Date.parse(context.now);
  if (campaign.endTime !== undefined && Date.parse(campaign.endTime) <= now) return 'stopped';
  if (campaign.startTime !== undefined && Date.parse(campaign.startTime) > now) return 'scheduled';
  return 'running';
}
