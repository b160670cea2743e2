import { Component, type ErrorInfo, type ReactNode } from 'react';

const warned = new Set<string>();

/** Logs a journeykit problem once per message, outside production builds. */
export function warnOnce(message: string): void {
  const production = typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';
  if (production || warned.has(message)) return;
  warned.add(message);
  console.warn(`[journeykit] ${message}`);
}

interface PartBoundaryProps {
  /** Name of the part, for the warning. */
  part: string;
  /** Text of the inline error. */
  message: string;
  /** When any of these change (e.g. a new journey), a failed part tries again. */
  resetKeys: readonly unknown[];
  children?: ReactNode;
}

interface PartBoundaryState {
  error: Error | null;
  keys: readonly unknown[];
}

/**
 * Contains a failure of one part of a map (a broken touchpoint, a throwing custom render slot):
 * the part shows an inline alert, the rest of the map and the host page keep working.
 */
export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<PartBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: PartBoundaryProps, state: PartBoundaryState): Partial<PartBoundaryState> | null {
    const changed = props.resetKeys.length !== state.keys.length || props.resetKeys.some((key, index) => !Object.is(key, state.keys[index]));
    return changed ? { error: null, keys: props.resetKeys } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    warnOnce(`${this.props.part} failed to render: ${error.message}${info.componentStack ? `\n${info.componentStack.split('\n').slice(0, 4).join('\n')}` : ''}`);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="jk-error jk-journey-map__part-error" data-part={this.props.part}>
        <p className="jk-error__title">{this.props.message}</p>
        <p className="jk-error__detail">{this.state.error.message}</p>
      </div>
    );
  }
}
