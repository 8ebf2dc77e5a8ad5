/** Keys of the sandbox's tables that combine several IDs. */
export const keys = {
  card: (programId: number, identifier: string) => `${programId}/${identifier}`,
  profileLedger: (programId: number, integrationId: string) => `profile/${programId}/${integrationId}`,
  cardLedger: (programId: number, identifier: string) => `card/${programId}/${identifier}`,
  achievementProgress: (achievementId: number, integrationId: string) => `${achievementId}/${integrationId}`,
};
