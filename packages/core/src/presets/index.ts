export { CHANNELS, channelLabel, channelPreset, type ChannelPreset } from './channels';
export { evidenceSourceLabel, influenceLabel, journeyTypeLabel, modeLabel } from './labels';
export { LOCALES, resolveLocale, type Locale, type Localized } from './locales';
export { PHASE_MODELS, phasePreset, type PhaseModelName, type PhasePresetOptions } from './phases';
export { BUYING_CENTER_ROLE_INFO, roleDescription, roleLabel } from './roles';
