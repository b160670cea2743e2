import { channelLabel, type Journey, type Touchpoint } from '@journeykit/core';
import { forwardRef, memo, type ComponentPropsWithoutRef, type MouseEvent } from 'react';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { touchpointLabels } from '../../i18n/labels/touchpoint';
import { channelGroupOf, emotionTone, formatScore, textItems, touchpointSummary } from './touchpointText';

/** Props of {@link TouchpointCard}. */
export interface TouchpointCardProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onSelect' | 'title'> {
  /** The touchpoint to show. */
  touchpoint: Touchpoint;
  /** The journey it belongs to: its emotion scale (tone and sign of the score) and locale. @default undefined (scale −2…+2) */
  journey?: Journey;
  /** Whether the touchpoint is the selected one (`data-state="selected"`, `aria-current`). @default false */
  selected?: boolean;
  /** Called on click, Enter or Space, before `onOpen`. @default undefined */
  onSelect?: (touchpoint: Touchpoint) => void;
  /** Called on click, Enter or Space to open the details (sets `aria-haspopup="dialog"`). @default undefined */
  onOpen?: (touchpoint: Touchpoint) => void;
  /** Tab index; a map sets -1 on all cards but one (roving tab stop). @default 0 */
  tabIndex?: number;
  /**
   * Service-blueprint layers: the layer's text for this touchpoint (role, process, system…). The card
   * then shows this text as its main line and the touchpoint title small beneath it.
   * @default undefined (the card shows the title)
   */
  blueprintText?: string;
  /** Language of built-in labels and the channel name (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

/**
 * One touchpoint as a compact, clickable card (a `<button>` of three elements: itself, title and
 * channel): title (two lines), channel with an online/offline glyph, emotion face and score,
 * pain-point count and a key-moment star — glyphs and numbers are pseudo-elements drawn from
 * `data-pains`, `data-emotion` and `data-emotion-tone`. Indirect touchpoints have a dashed border. Its accessible name summarises all
 * of it. Memoised: a map re-renders only the cards whose props change.
 * @example <TouchpointCard touchpoint={tp} journey={journey} onOpen={(tp) => setOpen(tp.id)} />
 */
export const TouchpointCard = memo(
  forwardRef<HTMLButtonElement, TouchpointCardProps>(function TouchpointCard(
    { touchpoint, journey, selected = false, onSelect, onOpen, tabIndex = 0, blueprintText, locale, labels: labelOverrides, className, onClick, ...rest },
    ref,
  ) {
    const { locale: resolvedLocale, labels } = useLabels(touchpointLabels, locale, labelOverrides, journey?.locale);
    const scale = journey?.emotionScale;
    // Blueprint layer items only reference their touchpoint: its emotion and markers stay on the customer card.
    const emotion = !blueprintText && typeof touchpoint.emotion === 'number' ? touchpoint.emotion : undefined;
    const pains = blueprintText ? 0 : textItems(touchpoint.painPoints).length;
    const keyMoment = touchpoint.keyMoment === true;
    const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (event.defaultPrevented) return;
      onSelect?.(touchpoint);
      onOpen?.(touchpoint);
    };

    return (
      <button
        ref={ref}
        type="button"
        className={['jk-root', 'jk-touchpoint-card', className].filter(Boolean).join(' ')}
        data-state={selected ? 'selected' : 'idle'}
        data-mode={touchpoint.mode}
        data-influence={touchpoint.influence}
        data-key-moment={keyMoment ? 'true' : 'false'}
        data-channel-group={channelGroupOf(touchpoint.channel)}
        data-variant={blueprintText ? 'blueprint' : 'touchpoint'}
        // Pain count and emotion score are drawn by CSS from these (`attr()` in pseudo-elements): no
        // elements of their own, and the visible text stays a contiguous part of the accessible name.
        data-pains={pains > 0 ? pains : undefined}
        data-emotion={emotion !== undefined ? formatScore(emotion, scale, resolvedLocale) : undefined}
        data-emotion-tone={emotion !== undefined ? emotionTone(emotion, scale) : undefined}
        aria-label={touchpointSummary(touchpoint, labels, resolvedLocale, scale, blueprintText)}
        aria-current={selected ? 'true' : undefined}
        aria-haspopup={onOpen ? 'dialog' : undefined}
        tabIndex={tabIndex}
        onClick={handleClick}
        {...rest}
      >
        <span className="jk-touchpoint-card__title">{blueprintText ?? touchpoint.title}</span>{' '}
        <span className="jk-touchpoint-card__channel">{blueprintText ? touchpoint.title : channelLabel(touchpoint.channel, resolvedLocale)}</span>
      </button>
    );
  }),
);
TouchpointCard.displayName = 'TouchpointCard';
