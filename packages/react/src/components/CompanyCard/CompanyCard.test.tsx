import { parseJourney, type CompanyProfile } from '@journeykit/core';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { JourneyKitProvider } from '../../i18n/JourneyKitProvider';
import { CompanyCard } from './CompanyCard';

const company: CompanyProfile = {
  name: 'Hartmann Werkzeug GmbH',
  industry: 'Tool wholesale',
  size: 'Small business',
  employees: 1_234_567,
  customers: 2_400,
  budget: 'EUR 50k per year',
  buyingProcess: 'Owner decides',
  competitors: ['Shop payment module', 'House bank'],
};

const journeyWith = (profile?: CompanyProfile) =>
  parseJourney({ version: 1, id: 'j', title: 'J', type: 'current-state', ...(profile ? { company: profile } : {}), phases: [{ id: 'a', name: 'A' }], personas: [{ id: 'p', name: 'P', role: 'user' }], touchpoints: [] });

const facts = (card: HTMLElement) =>
  Object.fromEntries(within(card).queryAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]));

describe('CompanyCard', () => {
  it('is an article named by the company, with every field', () => {
    render(<CompanyCard company={company} />);
    const card = screen.getByRole('article', { name: 'Hartmann Werkzeug GmbH' });
    expect(within(card).getByRole('heading', { level: 3, name: 'Hartmann Werkzeug GmbH' })).toBeInTheDocument();
    expect(within(card).getByText('Ideal customer profile')).toBeInTheDocument();
    expect(within(card).getByText('Tool wholesale · Small business')).toBeInTheDocument();
    expect(facts(card)).toEqual({ Employees: '1,234,567', Customers: '2,400', Budget: 'EUR 50k per year', 'Buying process': 'Owner decides' });
    const competitors = within(card).getByRole('region', { name: 'Competitors' });
    expect(within(competitors).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Shop payment module', 'House bank']);
  });

  it('formats numbers for the locale and speaks German (prop or provider)', () => {
    const { unmount } = render(<CompanyCard company={company} locale="de" />);
    let card = screen.getByRole('article');
    expect(facts(card)).toMatchObject({ Mitarbeitende: '1.234.567', Kunden: '2.400', Einkaufsprozess: 'Owner decides' });
    expect(within(card).getByRole('region', { name: 'Wettbewerber' })).toBeInTheDocument();
    unmount();
    render(
      <JourneyKitProvider locale="de">
        <CompanyCard company={company} />
      </JourneyKitProvider>,
    );
    card = screen.getByRole('article');
    expect(facts(card)).toMatchObject({ Kunden: '2.400' });
  });

  it('uses the journey locale for numbers when no locale is given', () => {
    const journey = { ...journeyWith(company), locale: 'de' };
    render(<CompanyCard journey={journey} />);
    expect(facts(screen.getByRole('article'))).toMatchObject({ Kunden: '2.400' });
  });

  it('follows the provider over the journey’s locale, for labels and numbers', () => {
    render(
      <JourneyKitProvider locale="de">
        <CompanyCard journey={{ ...journeyWith(company), locale: 'en' }} />
      </JourneyKitProvider>,
    );
    expect(facts(screen.getByRole('article'))).toMatchObject({ Kunden: '2.400' });
  });

  it('reads the company from the journey (model or raw document), the prop wins', () => {
    const { rerender } = render(<CompanyCard journey={journeyWith(company)} />);
    expect(screen.getByRole('heading', { name: 'Hartmann Werkzeug GmbH' })).toBeInTheDocument();
    rerender(<CompanyCard journey={{ version: 1, id: 'j', title: 'J', type: 'current-state', company: { name: 'Raw GmbH' }, phases: [{ id: 'a', name: 'A' }], personas: [{ id: 'p', name: 'P', role: 'user' }], touchpoints: [] }} />);
    expect(screen.getByRole('heading', { name: 'Raw GmbH' })).toBeInTheDocument();
    rerender(<CompanyCard journey={journeyWith(company)} company={{ name: 'Own AG' }} />);
    expect(screen.getByRole('heading', { name: 'Own AG' })).toBeInTheDocument();
  });

  it('omits missing fields and shows a short text when there is nothing', () => {
    const { rerender } = render(<CompanyCard company={{ name: 'Solo', customers: 12 }} />);
    const card = screen.getByRole('article', { name: 'Solo' });
    expect(facts(card)).toEqual({ Customers: '12' });
    expect(within(card).queryByRole('region')).not.toBeInTheDocument();
    expect(within(card).queryByText('No company profile recorded yet.')).not.toBeInTheDocument();
    rerender(<CompanyCard journey={journeyWith()} />);
    expect(screen.getByRole('article', { name: 'Ideal customer profile' })).toHaveAttribute('data-empty', 'true');
    expect(screen.getByText('No company profile recorded yet.')).toBeInTheDocument();
  });

  it('shows identity and counts only in the compact variant', () => {
    render(<CompanyCard company={company} variant="compact" headingLevel={4} />);
    const card = screen.getByRole('article');
    expect(card).toHaveAttribute('data-variant', 'compact');
    expect(within(card).getByRole('heading', { level: 4 })).toHaveTextContent('Hartmann Werkzeug GmbH');
    expect(Object.keys(facts(card))).toEqual(['Employees', 'Customers']);
    expect(within(card).queryByRole('region', { name: 'Competitors' })).not.toBeInTheDocument();
  });

  it('shows an alert instead of throwing for an invalid journey', () => {
    render(<CompanyCard journey={{ version: 1, phases: 'nope' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This journey cannot be shown');
  });

  it('forwards its ref and passes className, style and attributes through', () => {
    const ref = createRef<HTMLElement>();
    render(<CompanyCard ref={ref} company={company} className="mine" style={{ maxWidth: 300 }} data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(ref.current).toBe(card);
    expect(card).toHaveClass('jk-root', 'jk-company-card', 'mine');
    expect(card.style.maxWidth).toBe('300px');
  });
});
