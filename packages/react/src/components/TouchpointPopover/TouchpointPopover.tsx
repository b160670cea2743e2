import type { Journey, Touchpoint } from '@journeykit/core';
import * as Popover from '@radix-ui/react-popover';
import { forwardRef, useId, useLayoutEffect, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useControllableState } from '../../hooks/useControllableState';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { touchpointDetailLabels } from '../../i18n/labels/touchpoint-details';
import { useWhenIdle } from '../../hooks/useWhenIdle';
import { prepareTouchpointDetails, TouchpointDetails } from './TouchpointDetails';

type ContentProps = ComponentPropsWithoutRef<typeof Popover.Content>;

/**
 * The narrowest the popover may get beside its anchor (px). With less room on both sides — a phone,
 * a card in a narrow container — it opens below the anchor: the popover takes the room it is given
 * (`--radix-popover-content-available-width`), so it never overflowed and never flipped, and came
 * out ~170 px wide with its text cut off at the window's edge.
 */
const MIN_SIDE_WIDTH = 280;

/** Props of {@link TouchpointPopover}. Other props (`className`, `style`, `data-*`…) go to the popover content. */
export interface TouchpointPopoverProps extends Omit<ContentProps, 'children' | 'title' | 'asChild' | 'forceMount'> {
  /** The touchpoint to show; nothing is shown while it is `null`/`undefined`. */
  touchpoint: Touchpoint | null | undefined;
  /** Its journey (phase and persona names, emotion scale, locale). @default undefined */
  journey?: Journey;
  /**
   * Trigger mode: the element that opens the popover on click, Enter or Space, usually one
   * `TouchpointCard` (rendered as the Radix trigger with `asChild`). Leave it out and pass `anchor`
   * for one shared popover per map.
   * @default undefined
   */
  children?: ReactNode;
  /**
   * Anchor mode: the element (e.g. the card) the popover points at. Focus returns to it when the
   * popover closes by Escape or the close button.
   * @default undefined
   */
  anchor?: HTMLElement | null;
  /** Whether the popover is open (controlled). @default undefined (uncontrolled) */
  open?: boolean;
  /** Whether it is open initially (uncontrolled). @default false */
  defaultOpen?: boolean;
  /** Called when it opens or closes (click, Escape, click outside, close button). @default undefined */
  onOpenChange?: (open: boolean) => void;
  /** Preferred side of the anchor; flips when there is no room, and a left or right popover opens below the anchor when neither side has room for it. @default 'right' */
  side?: ContentProps['side'];
  /** Alignment along that side. @default 'start' */
  align?: ContentProps['align'];
  /** Distance from the anchor in pixels. @default 8 */
  sideOffset?: number;
  /** Distance kept from the viewport edges in pixels. @default 12 */
  collisionPadding?: ContentProps['collisionPadding'];
  /**
   * Render into a portal: `true` for `document.body`, or an element. Off by default so the popover
   * inherits the theme (`.dark`) and tokens of the map around it.
   * @default false
   */
  portal?: boolean | HTMLElement;
  /** Language of built-in labels (`en`, `de`). @default the provider's, else the journey's, else 'en' */
  locale?: string;
  /** Overrides of built-in labels. @default undefined */
  labels?: Partial<JourneyLabels>;
}

/**
 * The full details of a touchpoint in a Radix popover: a non-modal dialog named by the touchpoint
 * title, collision-aware, scrolling when tall, closed by Escape (focus returns to the card), a
 * click outside or its close button. Controllable (`open` / `defaultOpen` / `onOpenChange`).
 * Either wraps its trigger card, or — one per map — points at `anchor`.
 * @example
 * <TouchpointPopover touchpoint={tp} journey={journey}><TouchpointCard touchpoint={tp} /></TouchpointPopover>
 * <TouchpointPopover touchpoint={openTp} journey={journey} anchor={cardElement} open={!!openTp} onOpenChange={…} />
 */
export const TouchpointPopover = forwardRef<HTMLDivElement, TouchpointPopoverProps>(function TouchpointPopover(
  {
    touchpoint,
    journey,
    children,
    anchor,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    side = 'right',
    align = 'start',
    sideOffset = 8,
    collisionPadding = 12,
    portal = false,
    locale,
    labels: labelOverrides,
    className,
    onOpenAutoFocus,
    onCloseAutoFocus,
    onInteractOutside,
    ...rest
  },
  ref,
) {
  const { labels, locale: resolvedLocale } = useLabels(touchpointDetailLabels, locale, labelOverrides, journey?.locale);
  // The details' number and date formats are built while the page is idle, not on the first click.
  useWhenIdle(() => prepareTouchpointDetails(resolvedLocale), resolvedLocale);
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const titleId = `${useId()}-title`;
  const contentRef = useRef<HTMLDivElement | null>(null);
  const interactedOutside = useRef(false);
  const triggerRef = useRef<HTMLButtonElement | null>(null); // the trigger child (any element)
  const shown = open && touchpoint != null;
  const beside = side === 'left' || side === 'right';
  const [below, setBelow] = useState(false);
  // On open (and when the anchor moves on): is there room for the popover left or right of it?
  const triggerMode = children != null;
  useLayoutEffect(() => {
    const target = triggerMode ? triggerRef.current : anchor;
    const width = target?.ownerDocument.documentElement.clientWidth;
    if (!shown || !beside || !target || !width) return; // nothing to measure (jsdom): keep the side
    const rect = target.getBoundingClientRect();
    const padding = typeof collisionPadding === 'number' ? collisionPadding : 12;
    const room = Math.max(width - rect.right, rect.left) - sideOffset - padding;
    setBelow(room < MIN_SIDE_WIDTH);
  }, [shown, beside, anchor, triggerMode, sideOffset, collisionPadding]);

  const content = touchpoint ? (
    <Popover.Content
      ref={(node) => {
        contentRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      className={['jk-root', 'jk-touchpoint-popover', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      side={beside && below ? 'bottom' : side}
      align={align}
      sideOffset={sideOffset}
      collisionPadding={collisionPadding}
      onOpenAutoFocus={(event) => {
        onOpenAutoFocus?.(event);
        if (event.defaultPrevented) return;
        event.preventDefault(); // focus the dialog itself so its name is announced first
        interactedOutside.current = false;
        contentRef.current?.focus();
      }}
      onInteractOutside={(event) => {
        onInteractOutside?.(event);
        if (!event.defaultPrevented) interactedOutside.current = true;
      }}
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus?.(event);
        if (event.defaultPrevented || children) return; // trigger mode: Radix returns focus to the trigger
        event.preventDefault();
        if (!interactedOutside.current && anchor?.isConnected) anchor.focus();
        interactedOutside.current = false;
      }}
      {...rest}
    >
      <Popover.Close className="jk-touchpoint-popover__close" aria-label={labels.close}>
        <span aria-hidden="true">×</span>
      </Popover.Close>
      <TouchpointDetails touchpoint={touchpoint} journey={journey} titleId={titleId} locale={locale} labels={labelOverrides} className="jk-touchpoint-popover__details" />
    </Popover.Content>
  ) : null;

  return (
    <Popover.Root open={shown} onOpenChange={setOpen}>
      {children ? (
        <Popover.Trigger asChild ref={triggerRef}>
          {children}
        </Popover.Trigger>
      ) : <Popover.Anchor virtualRef={{ current: anchor ?? null }} />}
      {portal ? <Popover.Portal container={portal === true ? undefined : portal}>{content}</Popover.Portal> : content}
    </Popover.Root>
  );
});
