import type { JourneyIssue } from '@journeykit/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useLabels } from '../../i18n/useLabels';
import type { JourneyLabels } from '../../i18n/labels';
import { errorLabels } from '../../i18n/labels/errors';

/** Props of {@link JourneyError}. */
export interface JourneyErrorProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title'> {
  /** The problems to list, each with its dotted path. */
  issues: readonly Pick<JourneyIssue, 'path' | 'message'>[];
  /**
   * Heading text.
   * @default labels.invalidJourney ("This journey cannot be shown")
   */
  title?: string;
  /**
   * How many problems to list before "… and N more".
   * @default 10
   */
  maxIssues?: number;
  /** Language of the built-in texts. @default 'en' */
  locale?: string;
  /** Overrides of built-in texts. */
  labels?: Partial<JourneyLabels>;
}

/**
 * The accessible inline error every component shows instead of throwing when its journey is
 * invalid: what is wrong and where, as an alert.
 */
export const JourneyError = forwardRef<HTMLDivElement, JourneyErrorProps>(function JourneyError(
  { issues, title, maxIssues = 10, locale, labels: labelOverrides, className, ...rest },
  ref,
) {
  const { labels } = useLabels(errorLabels, locale, labelOverrides);
  const shown = issues.slice(0, maxIssues);
  return (
    <div ref={ref} role="alert" className={['jk-root', 'jk-error', className].filter(Boolean).join(' ')} {...rest}>
      <p className="jk-error__title">{title ?? labels.invalidJourney}</p>
      <ul className="jk-error__list">
        {shown.map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            <code className="jk-error__path">{issue.path || '(document)'}</code> {issue.message}
          </li>
        ))}
        {issues.length > shown.length ? <li>… {issues.length - shown.length} more</li> : null}
      </ul>
    </div>
  );
});
