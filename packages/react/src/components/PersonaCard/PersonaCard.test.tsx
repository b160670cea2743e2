import { parseJourney, type Persona } from '@journeykit/core';
import { render, screen, within } from '@testing-library/react';
import { JourneyKitProvider } from '../../i18n/JourneyKitProvider';
import { initialsOf } from './PersonaAvatar';
import { PersonaCard } from './PersonaCard';

const persona: Persona = {
  id: 'claudia',
  name: 'Claudia Wenger',
  role: 'decider',
  jobTitle: 'CFO',
  department: 'Finance',
  seniority: 'C-level',
  company: 'Wenger Präzisionsteile GmbH',
  age: 51,
  location: 'Stuttgart',
  motivations: ['Predictable costs'],
  frustrations: ['Hidden fees', 'Long contracts'],
  goals: ['ROI within 12 months'],
  needs: ['A clear total cost of ownership'],
  quote: 'Show me the numbers.',
  joinsAt: 'decision',
  color: '#b4235a',
};

const journey = parseJourney({
  version: 1,
  id: 'j',
  title: 'Test',
  type: 'current-state',
  phases: [
    { id: 'awareness', name: 'Awareness' },
    { id: 'decision', name: 'Decision' },
  ],
  personas: [persona],
  touchpoints: [],
});

describe('PersonaCard', () => {
  it('is an article named by the persona, with role, job and company', () => {
    render(<PersonaCard persona={persona} />);
    const card = screen.getByRole('article', { name: 'Claudia Wenger' });
    expect(within(card).getByRole('heading', { level: 3, name: 'Claudia Wenger' })).toBeInTheDocument();
    expect(within(card).getByText('Decider')).toBeInTheDocument();
    expect(within(card).getByText('CFO · Finance')).toBeInTheDocument();
    expect(within(card).getByText('Wenger Präzisionsteile GmbH')).toBeInTheDocument();
    expect(card).toHaveAttribute('data-role', 'decider');
    expect(card).toHaveAttribute('data-variant', 'full');
  });

  it('lists motivations, frustrations, goals and needs as named groups', () => {
    render(<PersonaCard persona={persona} />);
    const frustrations = screen.getByRole('group', { name: 'Frustrations' });
    expect(within(frustrations).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Hidden fees', 'Long contracts']);
    expect(within(screen.getByRole('group', { name: 'Motivations' })).getByText('Predictable costs')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Goals' })).getByText('ROI within 12 months')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Needs' })).getByText('A clear total cost of ownership')).toBeInTheDocument();
    expect(screen.getByText('Show me the numbers.')).toBeInTheDocument();
  });

  it('names the phase the persona joins at from the journey', () => {
    const { rerender } = render(<PersonaCard persona={persona} journey={journey} />);
    expect(screen.getByText('Joins in').nextSibling).toHaveTextContent('Decision');
    rerender(<PersonaCard persona={persona} />);
    expect(screen.getByText('Joins in').nextSibling).toHaveTextContent('decision');
  });

  it('shows only identity in the compact variant', () => {
    render(<PersonaCard persona={persona} variant="compact" headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Claudia Wenger' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Frustrations' })).not.toBeInTheDocument();
    expect(screen.queryByText('Show me the numbers.')).not.toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveAttribute('data-variant', 'compact');
  });

  it('omits sections that have no entries', () => {
    render(<PersonaCard persona={{ id: 'p', name: 'Ben', role: 'user' }} />);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByText('User')).toBeInTheDocument();
  });

  it('speaks German through the locale prop or the provider, and labels can be overridden', () => {
    const { unmount } = render(<PersonaCard persona={persona} locale="de" />);
    expect(screen.getByText('Entscheider')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Frustrationen' })).toBeInTheDocument();
    unmount();
    render(
      <JourneyKitProvider locale="de" labels={{ goals: 'Vorhaben' }}>
        <PersonaCard persona={persona} />
      </JourneyKitProvider>,
    );
    expect(screen.getByRole('group', { name: 'Vorhaben' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Motivationen' })).toBeInTheDocument();
  });

  it('shows initials when there is no safe avatar URL, and the image when there is', () => {
    const { container, rerender } = render(<PersonaCard persona={{ ...persona, avatarUrl: 'javascript:alert(1)' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('CW')).toHaveAttribute('aria-hidden', 'true');
    rerender(<PersonaCard persona={{ ...persona, avatarUrl: 'https://example.com/c.png' }} />);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://example.com/c.png');
  });

  it('passes className, style and attributes through, and applies only safe colours', () => {
    const { rerender } = render(<PersonaCard persona={persona} className="mine" style={{ maxWidth: 320 }} data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(card).toHaveClass('jk-persona-card', 'mine');
    expect(card.style.maxWidth).toBe('320px');
    expect(card.style.getPropertyValue('--jk-persona-color')).toBe('#b4235a');
    rerender(<PersonaCard persona={{ ...persona, color: 'red;background:url(https://evil.test/x)' }} data-testid="card" />);
    expect(screen.getByTestId('card').style.getPropertyValue('--jk-persona-color')).toBe('');
  });

  it('gives two cards of one persona distinct heading ids', () => {
    render(
      <>
        <PersonaCard persona={persona} />
        <PersonaCard persona={persona} />
      </>,
    );
    const headings = screen.getAllByRole('heading', { name: 'Claudia Wenger' });
    expect(headings[0]!.id).not.toBe(headings[1]!.id);
  });
});

describe('initialsOf', () => {
  it.each([
    ['Claudia Wenger', 'CW'],
    ['Dr. Anna Maria Berger', 'AB'],
    ['ümit özdemir', 'ÜÖ'],
    ['Madonna', 'M'],
    ['  ', '?'],
  ])('%s → %s', (name, initials) => expect(initialsOf(name)).toBe(initials));
});
