/** The service-blueprint mapping: which layers a touchpoint appears in, and with which text. */
import type { Touchpoint } from '../model/types';
import { channelLabel } from '../presets/channels';
import type { Locale, Localized } from '../presets/locales';
import type { BlueprintLayer } from './types';

/** The blueprint layers, top to bottom. */
export const BLUEPRINT_LAYERS: readonly BlueprintLayer[] = ['customer', 'frontstage', 'backstage', 'support', 'technology'];

const LAYER_LABELS: Record<BlueprintLayer, Localized> = {
  customer: { en: 'Customer actions', de: 'Kundenaktionen' },
  frontstage: { en: 'Frontstage', de: 'Frontstage' },
  backstage: { en: 'Backstage', de: 'Backstage' },
  support: { en: 'Support processes', de: 'Unterstützungsprozesse' },
  technology: { en: 'Technology', de: 'Technologie' },
};

/** Header text of a blueprint layer in `locale`. */
export function blueprintLayerLabel(layer: BlueprintLayer, locale: Locale): string {
  return LAYER_LABELS[layer][locale];
}

function present(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The text of a touchpoint in a blueprint layer, or `undefined` when it has no item there.
 *
 * | layer        | item when…                                   | text                          |
 * |--------------|----------------------------------------------|-------------------------------|
 * | `customer`   | always (what the buyer does)                 | none (the card shows the title) |
 * | `frontstage` | `owner.role` is set                          | the role (staff the buyer meets) |
 * |              | else `influence` is `'direct'`               | the channel label (the company's own interface, e.g. its webshop) |
 * | `backstage`  | `owner.process` is set                       | the process                   |
 * | `support`    | `owner.department` is set                    | the department                |
 * | `technology` | `owner.system` is set                        | the system                    |
 *
 * An indirect touchpoint without a role (a review portal, word of mouth) has no frontstage:
 * the company is not on stage there. Blank texts count as not set.
 */
export function blueprintItemLabel(touchpoint: Touchpoint, layer: BlueprintLayer, locale: Locale): string | undefined {
  const owner = touchpoint.owner;
  switch (layer) {
    case 'customer':
      return undefined;
    case 'frontstage':
      return present(owner?.role) ?? (touchpoint.influence === 'direct' ? channelLabel(touchpoint.channel, locale) : undefined);
    case 'backstage':
      return present(owner?.process);
    case 'support':
      return present(owner?.department);
    case 'technology':
      return present(owner?.system);
  }
}
