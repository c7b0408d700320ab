import type { Message } from '../src/domain/message';
import { renderMessage } from '../src/i18n/message';

/** The sentence a person reads for `message` (empty when there is none), from the catalogue. */
export function say(message: Message | undefined | null | false, lang: 'nl-BE' | 'en'): string {
  return message ? renderMessage(message, lang) : '';
}
