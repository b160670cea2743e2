import { parseJourney } from '@journeykit/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { forwardRef, type ComponentProps } from 'react';
import { PhaseSwimlanes } from './PhaseSwimlanes';

// Counts the renders of the persona cards in the lane headers (the real card still renders).
const personaCardRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../PersonaCard/PersonaCard', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../PersonaCard/PersonaCard')>();
  const Counted = forwardRef<HTMLElement, ComponentProps<typeof actual.PersonaCard>>(function Counted(props, ref) {
    personaCardRenders.count += 1;
    return <actual.PersonaCard ref={ref} {...props} />;
  });
  return { ...actual, PersonaCard: Counted };
});

vi.setConfig({ testTimeout: 20_000 });

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'Payment provider',
  type: 'current-state',
  phases: [
    { id: 'aware', name: 'Awareness', goals: ['Understand options'] },
    { id: 'consider', name: 'Consideration' },
  ],
  personas: [
    { id: 'cfo', name: 'Claudia Wenger', role: 'decider' },
    { id: 'dev', name: 'Deniz Arslan', role: 'user' },
  ],
  touchpoints: [
    { id: 'ad', phaseId: 'aware', personaIds: ['cfo'], title: 'Sees a search ad', channel: 'search-ads', mode: 'online', influence: 'direct' },
    { id: 'blog', phaseId: 'aware', personaIds: ['dev'], title: 'Reads a blog post', channel: 'forum', mode: 'online', influence: 'indirect' },
    { id: 'call', phaseId: 'consider', personaIds: ['cfo'], title: 'Calls sales', channel: 'phone', mode: 'offline', influence: 'direct' },
  ],
});

describe('swimlane headers', () => {
  it('are not rendered again when a card is selected, its popover opens or the arrow keys move on', async () => {
    const user = userEvent.setup({ delay: null });
    render(<PhaseSwimlanes journey={journey} windowing={false} />);
    expect(screen.getAllByRole('rowheader').map((header) => header.textContent)).toEqual([expect.stringContaining('Claudia Wenger'), expect.stringContaining('Deniz Arslan')]);
    const afterMount = personaCardRenders.count;
    expect(afterMount).toBeGreaterThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: /^Sees a search ad/ }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('Sees a search ad');
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /^Calls sales/ })).toHaveFocus();

    // The grid re-rendered for each step; the lane headers' persona cards did not.
    expect(personaCardRenders.count).toBe(afterMount);
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Personas', 'Awareness2 touchpointsGoals: Understand options', 'Consideration1 touchpoint']);
  });
});
