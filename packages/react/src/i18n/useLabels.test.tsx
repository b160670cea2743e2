import { render, renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { dashboardJourney } from '../components/JourneyFilters/dashboard.fixture';
import { JourneyMap } from '../components/JourneyMap/JourneyMap';
import { JourneyKitProvider } from './JourneyKitProvider';
import { DEFAULT_LABELS, type JourneyLabels } from './labels';
import { errorLabels } from './labels/errors';
import { personaLabels } from './labels/persona';
import { combineLabels } from './labels/table';
import { useJourneyLabels } from './useJourneyLabels';
import { useLabels } from './useLabels';

const TABLE = combineLabels(personaLabels, errorLabels);

function provider(locale?: string, labels?: Partial<JourneyLabels>) {
  return ({ children }: { children: ReactNode }) => (
    <JourneyKitProvider locale={locale} labels={labels}>
      {children}
    </JourneyKitProvider>
  );
}

describe('useLabels', () => {
  it('without overrides gives every component of a table the one object of its locale', () => {
    const seen: object[] = [];
    function Probe({ locale }: { locale: string }) {
      seen.push(useLabels(TABLE, locale).labels);
      return null;
    }
    render(
      <>
        <Probe locale="de" />
        <Probe locale="de-AT" />
        <Probe locale="en" />
      </>,
    );
    expect(seen[0]).toBe(TABLE.de);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(TABLE.en);
  });

  it('resolves the locale: prop over provider, unknown tags fall back to English', () => {
    expect(renderHook(() => useLabels(TABLE), { wrapper: provider('de') }).result.current).toEqual({ locale: 'de', tag: 'de', labels: TABLE.de });
    expect(renderHook(() => useLabels(TABLE, 'en'), { wrapper: provider('de') }).result.current.locale).toBe('en');
    expect(renderHook(() => useLabels(TABLE, 'fr-CH')).result.current.labels).toBe(TABLE.en);
  });

  it('lets the app choose over the journey document: prop over provider over the document over English', () => {
    // The samples' documents say `locale: 'en'`; a German app (provider) still shows German labels.
    expect(renderHook(() => useLabels(TABLE, undefined, undefined, 'en'), { wrapper: provider('de') }).result.current).toMatchObject({ locale: 'de', tag: 'de' });
    expect(renderHook(() => useLabels(TABLE, 'en', undefined, 'de'), { wrapper: provider('de') }).result.current.locale).toBe('en');
    expect(renderHook(() => useLabels(TABLE, undefined, undefined, 'de-AT')).result.current).toMatchObject({ locale: 'de', tag: 'de-AT', labels: TABLE.de });
    expect(renderHook(() => useLabels(TABLE)).result.current).toMatchObject({ locale: 'en', tag: undefined, labels: TABLE.en });
  });

  it('merges overrides: props over provider over the table, without touching the table', () => {
    const overrides = { goals: 'Vorhaben', close: 'Zu' };
    const { result, rerender } = renderHook(() => useLabels(TABLE, 'de', overrides), { wrapper: provider(undefined, { goals: 'Ziele (Anbieter)', age: 'Lebensalter' }) });
    const { labels } = result.current;
    expect(labels.goals).toBe('Vorhaben');
    expect(labels.age).toBe('Lebensalter');
    expect(labels.location).toBe('Ort');
    expect(labels.invalidJourney).toBe('Diese Journey kann nicht angezeigt werden');
    expect(labels).not.toBe(TABLE.de);
    expect(TABLE.de.goals).toBe('Ziele');
    rerender();
    expect(result.current.labels).toBe(labels);
  });
});

describe('useJourneyLabels', () => {
  it('gives every label of the locale, the one DEFAULT_LABELS object when nothing is overridden', () => {
    const first = renderHook(() => useJourneyLabels('de')).result.current;
    const second = renderHook(() => useJourneyLabels(undefined), { wrapper: provider('de') }).result.current;
    expect(first).toEqual({ locale: 'de', labels: DEFAULT_LABELS.de });
    expect(first.labels).toBe(DEFAULT_LABELS.de);
    expect(second.labels).toBe(first.labels);
  });

  it('lets props win over the provider for any area', () => {
    const { labels } = renderHook(() => useJourneyLabels('en', { comparisonTitle: 'Before and after' }), { wrapper: provider('de', { comparisonTitle: 'Vorher/Nachher', companyEmpty: 'Kein Profil' }) }).result.current;
    expect(labels.comparisonTitle).toBe('Before and after');
    expect(labels.companyEmpty).toBe('Kein Profil');
    expect(labels.zoomIn).toBe('Zoom in');
  });
});

describe('the provider and a document in English', () => {
  it('speak the provider’s language in every component of a map', () => {
    render(
      <JourneyKitProvider locale="de">
        <JourneyMap journey={{ ...dashboardJourney, locale: 'en' }} />
      </JourneyKitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Zeitachse' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Legende' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Timeline' })).not.toBeInTheDocument();
  });
});

describe('label overrides in a map', () => {
  it('reach the map and every component inside it, each resolving its own tables', () => {
    render(
      <JourneyKitProvider locale="de" labels={{ legend: 'Zeichenerklärung', personas: 'Beteiligte' }}>
        <JourneyMap journey={dashboardJourney} labels={{ legend: 'Schlüssel', exportMap: 'Sichern', keyMoment: 'Wichtig' }} />
      </JourneyKitProvider>,
    );
    expect(screen.getByRole('group', { name: 'Sichern' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Beteiligte' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Schlüssel' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Zeichenerklärung' })).not.toBeInTheDocument();
    const grid = screen.getByRole('grid');
    expect(within(grid).getByRole('button', { name: /^Search ad\..*Wichtig\.$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zeitachse' })).toBeInTheDocument();
  });
});
