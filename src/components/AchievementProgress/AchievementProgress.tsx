'use client';
import { skipToken } from '@tanstack/react-query';
import { forwardRef, useId, useMemo, type ReactNode } from 'react';
import { useCustomerAchievements } from '../../react/hooks/useCustomerAchievements.js';
import { below } from '../core/Heading.js';
import { queryState } from '../../react/core/queryState.js';
import { Region } from '../core/Region.js';
import type { HeadingLevel, MessagesProp, RootProps, StyleProps } from '../core/StyleProps.js';
import { classNames } from '../core/useClassNames.js';
import { useFormat } from '../../react/format/useFormat.js';
import { useMessages } from '../core/useMessages.js';
import { AchievementItem } from './AchievementItem.js';
import { achievementView, type AchievementView } from './achievementView.js';
import { defaultAchievementProgressMessages } from '../../messages/achievementProgress.js';

export type { AchievementStatus, AchievementView } from './achievementView.js';

/** Props of {@link AchievementProgress}. */
export interface AchievementProgressProps extends StyleProps, RootProps<'section'> {
  /** The shopper's customer profile integration ID. While it is `undefined`, nothing is requested (loading state). */
  integrationId?: string | undefined;
  /** Only the achievements of these campaigns. Default: every campaign of the Application. */
  campaignIds?: ReadonlyArray<number | string>;
  /** Only these achievements. Default: all of them. */
  achievementIds?: ReadonlyArray<number | string>;
  /**
   * The level of the component's heading (`messages.title`); each achievement's title is one level below. `false`
   * leaves the heading out and makes the titles paragraphs, for a page that already has its own. Default 2.
   */
  headingLevel?: HeadingLevel;
  /** Replacements for any of the component's words. */
  messages?: MessagesProp<'achievementProgress'>;
  /**
   * Your own markup for one achievement, inside the list item (which keeps `data-status`). It gets the achievement with
   * its status, progress and dates, raw and formatted (`view.text`); use `ProgressBar`-like ARIA if you draw a bar.
   */
  renderAchievement?: (view: AchievementView) => ReactNode;
}

const toStrings = (ids: ReadonlyArray<number | string> | undefined) => ids?.map(String);

/**
 * A shopper's achievements (`useCustomerAchievements`): for each its title, description, a progress bar with the
 * progress in words, status in text (`data-status`: `inprogress`, `completed`, `not_started`, `expired`), target, the
 * end of the current period and the completion date in the shopper's locale. The root has `data-state`
 * (`loading`, `error`, `empty`, `ready`) and takes a `ref`.
 *
 * Any other prop (`id`, `style`, `aria-*`, `data-*`, event handlers) goes to the root `<section>`, and so does `ref`.
 *
 * @example
 * <AchievementProgress integrationId={shopper.id} campaignIds={[6]} />
 */
export const AchievementProgress = forwardRef<HTMLElement, AchievementProgressProps>(function AchievementProgress(
  {
    integrationId,
    campaignIds,
    achievementIds,
    headingLevel = 2,
    messages,
    renderAchievement,
    className,
    unstyled,
    ...rest
  },
  ref,
) {
  const m = useMessages('achievementProgress', defaultAchievementProgressMessages, messages);
  const format = useFormat();
  const cls = classNames('achievement-progress', unstyled);
  const id = useId();
  const query = useCustomerAchievements(
    integrationId
      ? { integrationId, campaignIds: toStrings(campaignIds), achievementIds: toStrings(achievementIds) }
      : skipToken,
  );
  const views = useMemo(
    () => query.data?.data.map((achievement) => achievementView(achievement, m, format)),
    [query.data, m, format],
  );

  // Data first: a failed background refetch keeps showing what the shopper already sees.
  const { notFound, failed, refreshFailed } = queryState(query);
  const state = views ? (views.length === 0 ? 'empty' : 'ready') : notFound ? 'empty' : failed ? 'error' : 'loading';
  return (
    <Region
      ref={ref}
      cls={cls}
      className={className}
      state={state}
      title={m.title}
      headingLevel={headingLevel}
      common={m.common}
      empty={m.empty}
      onRetry={() => void query.refetch()}
      refreshFailed={refreshFailed}
      rootProps={rest}
    >
      <ul className={cls('list')}>
        {views?.map((view) => (
          <li key={view.achievement.id} className={cls('item')} data-status={view.status}>
            {renderAchievement ? (
              renderAchievement(view)
            ) : (
              <AchievementItem
                view={view}
                titleId={`${id}-${view.achievement.id}`}
                headingLevel={below(headingLevel)}
                messages={m}
                cls={cls}
              />
            )}
          </li>
        ))}
      </ul>
    </Region>
  );
});
