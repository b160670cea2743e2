import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRovingGrid } from './useRovingGrid';

// jsdom with user-event is slow on busy CI machines.
vi.setConfig({ testTimeout: 20_000 });

// Row 0: a b c at x 0, 100, 200; row 1 empty; row 2: d at x 190, e at x 400; row 3: f at x 0.
const ROWS = [['a', 'b', 'c'], [], ['d', 'e'], ['f']];
const X: Record<string, number> = { a: 0, b: 100, c: 200, d: 190, e: 400, f: 0 };

function Grid({ rows = ROWS, defaultActiveKey }: { rows?: string[][]; defaultActiveKey?: string }) {
  const roving = useRovingGrid({ rows, getX: (key) => X[key], pageSize: 2, defaultActiveKey });
  return (
    <div {...roving.containerProps}>
      {rows.flat().map((key) => (
        <button key={key} type="button" {...roving.getItemProps(key)}>
          {key}
        </button>
      ))}
      <input aria-label="other" />
    </div>
  );
}

const item = (name: string) => screen.getByRole('button', { name });

describe('useRovingGrid', () => {
  it('has exactly one tab stop, the first item by default', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Grid />);
    expect(screen.getAllByRole('button').filter((button) => button.tabIndex === 0)).toEqual([item('a')]);
    await user.tab();
    expect(item('a')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox')).toHaveFocus();
  });

  it('moves within a row with ArrowLeft/Right and stops at the ends', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Grid />);
    item('a').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(item('c')).toHaveFocus();
    expect(item('c').tabIndex).toBe(0);
    expect(item('a').tabIndex).toBe(-1);
    await user.keyboard('{ArrowLeft}');
    expect(item('b')).toHaveFocus();
  });

  it('moves across rows to the nearest item by x, skipping empty rows', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Grid />);
    item('a').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(item('d')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('f')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('f')).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowRight}{ArrowUp}');
    expect(item('c')).toHaveFocus();
  });

  it('supports Home/End, Ctrl+Home/End and PageUp/PageDown', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Grid />);
    item('a').focus();
    await user.keyboard('{End}');
    expect(item('c')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('a')).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(item('f')).toHaveFocus();
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(item('a')).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(item('f')).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(item('a')).toHaveFocus();
  });

  it('makes a clicked item the tab stop and ignores keys from other elements', () => {
    render(<Grid defaultActiveKey="b" />);
    expect(item('b').tabIndex).toBe(0);
    fireEvent.focus(item('e'));
    expect(item('e').tabIndex).toBe(0);
    const input = screen.getByRole('textbox');
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    expect(input).toHaveFocus();
  });

  it('falls back to the first item when the tab stop disappears', () => {
    const { rerender } = render(<Grid defaultActiveKey="e" />);
    expect(item('e').tabIndex).toBe(0);
    rerender(<Grid rows={[['a', 'b']]} defaultActiveKey="e" />);
    expect(item('a').tabIndex).toBe(0);
  });
});
