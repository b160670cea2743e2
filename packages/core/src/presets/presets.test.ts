import { CHANNELS, channelLabel, channelPreset } from './channels';
import { journeyTypeLabel, modeLabel } from './labels';
import { resolveLocale } from './locales';
import { phasePreset } from './phases';
import { roleDescription, roleLabel } from './roles';

describe('phase presets', () => {
  it('gives the five-phase model in English and German', () => {
    expect(phasePreset('five-phase').map((phase) => phase.name)).toEqual(['Awareness', 'Consideration', 'Decision', 'Retention', 'Advocacy']);
    expect(phasePreset('five-phase', { locale: 'de-AT' }).map((phase) => phase.name)).toEqual(['Wahrnehmung', 'Überlegung', 'Entscheidung', 'Bindung', 'Weiterempfehlung']);
  });

  it('gives the B2B funnel and the e-commerce variant, with optional offboarding', () => {
    expect(phasePreset('b2b-funnel').map((phase) => phase.id)).toEqual(['awareness', 'consideration-decision', 'purchase-delivery', 'use-post-purchase']);
    expect(phasePreset('ecommerce', { offboarding: true }).map((phase) => phase.id)).toEqual(['awareness', 'consideration', 'purchase', 'post-purchase', 'offboarding']);
  });
});

describe('channel catalogue', () => {
  it('has unique ids with the usual mode and influence', () => {
    expect(new Set(CHANNELS.map((channel) => channel.id)).size).toBe(CHANNELS.length);
    expect(channelPreset('review-portal')).toMatchObject({ mode: 'online', influence: 'indirect' });
    expect(channelPreset('trade-fair')).toMatchObject({ mode: 'offline', influence: 'direct' });
    expect(channelPreset('carrier pigeon')).toBeUndefined();
  });

  it('labels catalogue channels per locale and custom channels as given', () => {
    expect(channelLabel('trade-fair', 'de')).toBe('Messe');
    expect(channelLabel('trade-fair')).toBe('Trade fair');
    expect(channelLabel('Partner hotline', 'de')).toBe('Partner hotline');
  });
});

describe('labels', () => {
  it('names roles, map types and modes in both locales, English as fallback', () => {
    expect(roleLabel('buyer', 'de')).toBe('Einkäufer');
    expect(roleLabel('gatekeeper', 'fr')).toBe('Gatekeeper');
    expect(roleDescription('user')).toBe('Works with the product every day; may never buy it.');
    expect(journeyTypeLabel('future-state', 'de')).toBe('Soll-Zustand');
    expect(modeLabel('offline')).toBe('Offline');
    expect([resolveLocale(undefined), resolveLocale('DE'), resolveLocale('pt-BR')]).toEqual(['en', 'de', 'en']);
  });
});
