// The toolbar's locales: the words of talon-react/locales/<lang> and the numbers of the full tag, as a shop passes
// `messages` and `locale` to TalonProvider. Arabic comes with its direction.
import type { TalonMessages } from 'talon-react';
import { ar } from 'talon-react/locales/ar';
import { da } from 'talon-react/locales/da';
import { de } from 'talon-react/locales/de';
import { en } from 'talon-react/locales/en';
import { es } from 'talon-react/locales/es';
import { fr } from 'talon-react/locales/fr';
import { it } from 'talon-react/locales/it';
import { nl } from 'talon-react/locales/nl';
import { pl } from 'talon-react/locales/pl';
import { pt } from 'talon-react/locales/pt';
import { sv } from 'talon-react/locales/sv';

interface StoryLocale {
  title: string;
  messages: TalonMessages;
  dir?: 'rtl';
}

export const storyLocales: Record<string, StoryLocale> = {
  'en-US': { title: 'English (US)', messages: en },
  'en-GB': { title: 'English (UK)', messages: en },
  'de-DE': { title: 'Deutsch', messages: de },
  'fr-FR': { title: 'Français', messages: fr },
  'es-ES': { title: 'Español', messages: es },
  'it-IT': { title: 'Italiano', messages: it },
  'nl-NL': { title: 'Nederlands', messages: nl },
  'pl-PL': { title: 'Polski', messages: pl },
  'pt-BR': { title: 'Português', messages: pt },
  'sv-SE': { title: 'Svenska', messages: sv },
  'da-DK': { title: 'Dansk', messages: da },
  'ar-EG': { title: 'العربية', messages: ar, dir: 'rtl' },
};
