// `talon-react/mock`: an in-memory Talon.One Integration API for tests, stories and local development. Importable in
// browsers (MSW in Storybook) as well as in Node; only `startTalonSandboxServer` needs Node, and loads it when called.
// Nothing here needs msw: its request handlers are `talon-react/mock/msw`.
export {
  createTalonSandbox,
  type TalonSandbox,
  type TalonSandboxOptions,
  type TalonSandboxSnapshot,
} from './createTalonSandbox.js';
export type { SandboxInput, SandboxOutput } from './operations/OperationHandler.js';
export type { SandboxClock } from './SandboxClock.js';
export { SandboxError } from './SandboxError.js';
export type {
  SandboxAchievement,
  SandboxAchievementProgressSeed,
  SandboxAudienceSeed,
  SandboxCatalogItem,
  SandboxCatalogSeed,
  SandboxCouponSeed,
  SandboxLoyaltyCardSeed,
  SandboxLoyaltyProgram,
  SandboxLoyaltyTransactionSeed,
  SandboxProfileSeed,
  SandboxReferralSeed,
  SandboxSeed,
} from './SandboxSeed.js';
export type {
  SandboxCampaign,
  SandboxCondition,
  SandboxEffect,
  SandboxItemFilter,
  SandboxRule,
} from './campaigns/SandboxCampaign.js';
export { demo, demoSeed, type DemoSeedOptions } from './demoSeed.js';
export {
  startTalonSandboxServer,
  type TalonSandboxServer,
  type TalonSandboxServerOptions,
} from './startTalonSandboxServer.js';
