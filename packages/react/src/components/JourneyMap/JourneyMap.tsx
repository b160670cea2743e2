import { forwardRef } from 'react';
import { JourneyMapHeader, JourneyMapLegend, JourneyMapPersonas } from './JourneyMapParts';
import { JOURNEY_MAP_SIZES, JourneyMapRoot, type JourneyMapRootProps } from './JourneyMapRoot';
import { JourneyMapToolbar } from './JourneyMapToolbar';
import { JourneyMapEmotionCurve, JourneyMapView } from './JourneyMapView';

/** Props of {@link JourneyMap}: those of `JourneyMap.Root`, plus which parts to show. */
export interface JourneyMapProps extends JourneyMapRootProps {
  /** Show the toolbar (view, lanes, export). @default true */
  toolbar?: boolean;
  /** Show the SVG/PNG export buttons in the toolbar. @default true */
  exportable?: boolean;
  /** Show the strip of persona cards. @default true */
  personas?: boolean;
  /** Show the emotion curve under the touchpoints. @default true */
  emotionCurve?: boolean;
  /** Show the legend. @default true */
  legend?: boolean;
}

const JourneyMapComposed = forwardRef<HTMLDivElement, JourneyMapProps>(function JourneyMap(
  { toolbar = true, exportable = true, personas = true, emotionCurve = true, legend = true, ...rootProps },
  ref,
) {
  return (
    <JourneyMapRoot ref={ref} {...rootProps}>
      <div className="jk-journey-map__top">
        <JourneyMapHeader />
        {toolbar ? <JourneyMapToolbar exportable={exportable} /> : null}
      </div>
      {personas ? <JourneyMapPersonas /> : null}
      <JourneyMapView emotionHeight={emotionCurve ? 180 : 0} />
      {emotionCurve ? <JourneyMapEmotionCurve /> : null}
      {legend ? <JourneyMapLegend /> : null}
    </JourneyMapRoot>
  );
});

/**
 * The composed B2B customer journey map from one `journey` prop: title and type, toolbar
 * (swimlanes or timeline, lanes by persona, channel or service-blueprint layer, SVG/PNG export),
 * the buying center's personas, the touchpoints with their details popover, the emotion curve
 * aligned under the cards, and the legend. Every state slice is controllable
 * (`selection`, `filters`, `view`); events `onTouchpointSelect` and `onTouchpointOpen`; a
 * `renderTouchpoint` slot. One failing part never blanks the map or the host page.
 *
 * Build your own arrangement from the parts: `JourneyMap.Root`, `.Header`, `.Toolbar`,
 * `.Personas`, `.View`, `.EmotionCurve`, `.Legend` — any journeykit component inside the root
 * shares its selection, filters and view.
 * @example
 * <JourneyMap journey={documentFromCrm} onTouchpointOpen={(tp) => analytics.track('open', tp.id)} />
 */
// `@__PURE__`: attaching the parts is no side effect a bundler must keep when JourneyMap is unused.
export const JourneyMap = /* @__PURE__ */ Object.assign(JourneyMapComposed, {
  Root: JourneyMapRoot,
  Header: JourneyMapHeader,
  Toolbar: JourneyMapToolbar,
  Personas: JourneyMapPersonas,
  View: JourneyMapView,
  EmotionCurve: JourneyMapEmotionCurve,
  Legend: JourneyMapLegend,
});

export { JOURNEY_MAP_SIZES };
