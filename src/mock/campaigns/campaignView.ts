import type { Campaign } from '../../schemas/Campaign.js';
import type { SandboxContext } from '../SandboxContext.js';
import { analyzeCampaign } from './analysis.js';
import type { SandboxCampaign } from './SandboxCampaign.js';

function frontendState(campaign: SandboxCampaign, now: number): Campaign['frontendState'] {
  const state = campaign.state ?? 'enabled';
  if (state !== 'enabled') return state;
  const { start, end } = analyzeCampaign(campaign);
  if (end <= now) return 'expired';
  return start > now ? 'scheduled' : 'running';
}

/**
 * The campaign as Talon.One shows it in `triggeredCampaigns`. The sandbox has one ruleset per campaign (its ID is the
 * campaign's), no users (user 1 owns everything), no limits or budgets of Talon.One's kind; its features follow from
 * the rules.
 */
export function campaignView(context: SandboxContext, campaign: SandboxCampaign): Campaign {
  const { applicationId } = context.state;
  return {
    id: campaign.id,
    // Campaigns carry no creation time; the start time is the closest thing, else the request's time.
    created: campaign.startTime ?? context.now,
    applicationId,
    userId: 1,
    name: campaign.name,
    description: campaign.description ?? '',
    ...(campaign.startTime === undefined ? {} : { startTime: campaign.startTime }),
    ...(campaign.endTime === undefined ? {} : { endTime: campaign.endTime }),
    attributes: {},
    state: campaign.state ?? 'enabled',
    activeRulesetId: campaign.id,
    tags: [...(campaign.tags ?? [])],
    features: [...analyzeCampaign(campaign).features],
    limits: [],
    type: 'advanced',
    frontendState: frontendState(campaign, Date.parse(context.now)),
    storesImported: false,
  };
}
