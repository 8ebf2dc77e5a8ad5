/** The words of {@link LinkLoyaltyCard}. Strings with values are functions of them. */
export interface LinkLoyaltyCardMessages {
  /** The heading, and the region's name. */
  title: string;
  /** The input's label. */
  label: string;
  /** A hint under the label, linked to the input (`""` for none). */
  hint: string;
  submit: string;
  /** The button while the card is being linked. */
  submitting: string;
  /** Announced when the card is linked. */
  linked: (cardIdentifier: string) => string;
  /** The input is empty. */
  required: string;
  /** The identifier cannot be a card's (too long, or `.`): nothing was sent. */
  invalidCard: string;
  /** Talon.One does not know the card (404). */
  unknownCard: (cardIdentifier: string) => string;
  /** The card already has as many customers as the program allows (400). */
  cardUserLimit: (cardIdentifier: string) => string;
  /** Any other refusal (400), such as a blocked card or a program without cards. */
  linkFailed: (cardIdentifier: string) => string;
}

export const defaultLinkLoyaltyCardMessages: LinkLoyaltyCardMessages = {
  title: 'Link a loyalty card',
  label: 'Loyalty card number',
  hint: 'The number printed on your card.',
  submit: 'Link card',
  submitting: 'Linking…',
  linked: (card) => `Card ${card} is now linked to your account.`,
  required: 'Enter your card number.',
  invalidCard: 'This is not a valid card number.',
  unknownCard: (card) => `We could not find card ${card}. Check the number and try again.`,
  cardUserLimit: (card) =>
    `Card ${card} is already shared by as many customers as allowed, so it cannot be linked to your account.`,
  linkFailed: (card) => `Card ${card} cannot be linked to your account.`,
};
