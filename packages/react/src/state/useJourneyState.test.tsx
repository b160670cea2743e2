import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { JourneyStateProvider } from './JourneyStateProvider';
import type { JourneySelection } from './types';
import { useSelectionState } from './useJourneyState';

function Picker({ id, selection, defaultSelection, onSelectionChange }: { id: string; selection?: JourneySelection; defaultSelection?: JourneySelection; onSelectionChange?: (value: JourneySelection) => void }) {
  const [value, setValue] = useSelectionState(selection, defaultSelection, onSelectionChange);
  return (
    <button type="button" data-testid={id} onClick={() => setValue(`${id}-picked`)}>
      {value ?? 'none'}
    </button>
  );
}

describe('state slices', () => {
  it('is uncontrolled on its own, starting from the default, and reports changes', () => {
    const onChange = vi.fn();
    render(<Picker id="a" defaultSelection="start" onSelectionChange={onChange} />);
    expect(screen.getByTestId('a')).toHaveTextContent('start');
    fireEvent.click(screen.getByTestId('a'));
    expect(screen.getByTestId('a')).toHaveTextContent('a-picked');
    expect(onChange).toHaveBeenCalledWith('a-picked');
  });

  it('is controlled by its prop: shows the prop and only asks for changes', () => {
    const onChange = vi.fn();
    render(<Picker id="a" selection="fixed" onSelectionChange={onChange} />);
    fireEvent.click(screen.getByTestId('a'));
    expect(screen.getByTestId('a')).toHaveTextContent('fixed');
    expect(onChange).toHaveBeenCalledWith('a-picked');
  });

  it('shares state between components inside a provider', () => {
    const onProviderChange = vi.fn();
    render(
      <JourneyStateProvider onSelectionChange={onProviderChange}>
        <Picker id="a" />
        <Picker id="b" />
      </JourneyStateProvider>,
    );
    fireEvent.click(screen.getByTestId('a'));
    expect(screen.getByTestId('b')).toHaveTextContent('a-picked');
    expect(onProviderChange).toHaveBeenCalledWith('a-picked');
  });

  it('lets a controlled prop win over the provider', () => {
    render(
      <JourneyStateProvider defaultSelection="shared">
        <Picker id="a" />
        <Picker id="b" selection="own" />
      </JourneyStateProvider>,
    );
    expect(screen.getByTestId('a')).toHaveTextContent('shared');
    expect(screen.getByTestId('b')).toHaveTextContent('own');
  });

  it('follows a controlled provider', () => {
    function Host() {
      const [selection, setSelection] = useState<JourneySelection>('one');
      return (
        <>
          <button type="button" onClick={() => setSelection('two')}>
            external
          </button>
          <JourneyStateProvider selection={selection} onSelectionChange={setSelection}>
            <Picker id="a" />
          </JourneyStateProvider>
        </>
      );
    }
    render(<Host />);
    expect(screen.getByTestId('a')).toHaveTextContent('one');
    act(() => screen.getByText('external').click());
    expect(screen.getByTestId('a')).toHaveTextContent('two');
    fireEvent.click(screen.getByTestId('a'));
    expect(screen.getByTestId('a')).toHaveTextContent('a-picked');
  });
});
