import type { TouchpointInfluence, TouchpointMode } from '../schema/enums';
import { resolveLocale, type Localized } from './locales';

/** A channel of the built-in catalogue with its usual mode and influence. */
export interface ChannelPreset {
  id: string;
  label: Localized;
  mode: TouchpointMode;
  influence: TouchpointInfluence;
  /** Coarse group, used for colours and lanes by channel. */
  group: 'advertising' | 'owned-digital' | 'third-party' | 'events' | 'print-media' | 'personal' | 'service';
}

const channel = (id: string, en: string, de: string, mode: TouchpointMode, influence: TouchpointInfluence, group: ChannelPreset['group']): ChannelPreset => ({
  id,
  label: { en, de },
  mode,
  influence,
  group,
});

/** The channels named in B2B journey literature, online first. Documents may use other channel names too. */
export const CHANNELS: readonly ChannelPreset[] = [
  channel('search-ads', 'Search ads', 'Suchanzeigen', 'online', 'direct', 'advertising'),
  channel('social-ads', 'Social ads', 'Social Ads', 'online', 'direct', 'advertising'),
  channel('email', 'E-mail / newsletter', 'E-Mail / Newsletter', 'online', 'direct', 'owned-digital'),
  channel('social-media', 'Social media', 'Social Media', 'online', 'indirect', 'third-party'),
  channel('webshop', 'B2B webshop', 'B2B-Webshop', 'online', 'direct', 'owned-digital'),
  channel('checkout', 'Checkout', 'Checkout', 'online', 'direct', 'owned-digital'),
  channel('review-portal', 'Review portal', 'Bewertungsportal', 'online', 'indirect', 'third-party'),
  channel('specialist-portal', 'Specialist portal', 'Fachportal', 'online', 'indirect', 'third-party'),
  channel('forum', 'Blog / forum', 'Blog / Forum', 'online', 'indirect', 'third-party'),
  channel('website', 'Website', 'Website', 'online', 'direct', 'owned-digital'),
  channel('comparison-site', 'Comparison site', 'Vergleichsportal', 'online', 'indirect', 'third-party'),
  channel('online-tool', 'Online tool', 'Online-Tool', 'online', 'direct', 'owned-digital'),
  channel('webinar', 'Webinar', 'Webinar', 'online', 'direct', 'events'),
  channel('customer-portal', 'Customer portal', 'Kundenportal', 'online', 'direct', 'owned-digital'),
  channel('trade-fair', 'Trade fair', 'Messe', 'offline', 'direct', 'events'),
  channel('poster', 'Poster', 'Plakat', 'offline', 'direct', 'print-media'),
  channel('flyer', 'Flyer', 'Flyer', 'offline', 'direct', 'print-media'),
  channel('print', 'Print', 'Print', 'offline', 'direct', 'print-media'),
  channel('radio-tv', 'Radio / TV', 'Radio / TV', 'offline', 'direct', 'print-media'),
  channel('trade-media', 'Trade media', 'Fachmedien', 'offline', 'indirect', 'print-media'),
  channel('customer-service', 'Customer service', 'Kundenservice', 'offline', 'direct', 'service'),
  channel('service-appointment', 'Service appointment', 'Servicetermin', 'offline', 'direct', 'service'),
  channel('phone', 'Phone call', 'Telefonat', 'offline', 'direct', 'personal'),
  channel('on-site-meeting', 'On-site meeting / demo', 'Vor-Ort-Termin / Demo', 'offline', 'direct', 'personal'),
  channel('product-insert', 'Product insert', 'Produktbeilage', 'offline', 'direct', 'print-media'),
  channel('store', 'Store / branch', 'Filiale', 'offline', 'direct', 'personal'),
  channel('recommendation', 'Recommendation', 'Empfehlung', 'offline', 'indirect', 'third-party'),
  channel('survey', 'Survey', 'Umfrage', 'online', 'direct', 'service'),
];

const byId = new Map(CHANNELS.map((preset) => [preset.id, preset]));

/** The catalogue entry of a channel id, or `undefined` for a custom channel. */
export function channelPreset(id: string): ChannelPreset | undefined {
  return byId.get(id);
}

/** Display name of a channel: the catalogue label in `locale`, or the custom channel text as given. */
export function channelLabel(id: string, locale?: string): string {
  return byId.get(id)?.label[resolveLocale(locale)] ?? id;
}
