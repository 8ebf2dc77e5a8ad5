'use client';
import { Heading } from '../core/Heading.js';
import { ProgressBar } from '../core/ProgressBar.js';
import type { HeadingLevel } from '../core/StyleProps.js';
import type { AchievementView } from './achievementView.js';
import type { AchievementProgressMessages } from '../../messages/achievementProgress.js';

type Part = (part: string) => string | undefined;

/** The default content of one achievement: title, description, progress bar and a list of its figures. */
export function AchievementItem({
  view,
  titleId,
  headingLevel,
  messages: m,
  cls,
}: {
  view: AchievementView;
  titleId: string;
  /** The title's heading level, or none (a paragraph). */
  headingLevel: HeadingLevel;
  messages: AchievementProgressMessages;
  cls: Part;
}) {
  const { achievement, text } = view;
  return (
    <>
      <Heading level={headingLevel} id={titleId} className={cls('item-title')}>
        {achievement.title}
      </Heading>
      {achievement.description && <p className={cls('description')}>{achievement.description}</p>}
      <ProgressBar
        className={cls('progress')}
        indicatorClassName={cls('progress-indicator')}
        value={view.progress}
        max={view.target}
        valueText={text.progress}
        aria-labelledby={titleId}
      />
      <dl className={cls('details')}>
        <div className={cls('detail')}>
          <dt>{m.statusLabel}</dt>
          <dd className={cls('item-status')} data-status={view.status}>
            {text.status}
          </dd>
        </div>
        <div className={cls('detail')}>
          <dt>{m.progressLabel}</dt>
          <dd>{text.progress}</dd>
        </div>
        <div className={cls('detail')}>
          <dt>{m.targetLabel}</dt>
          <dd>{text.target}</dd>
        </div>
        {view.completionDate && text.completionDate && (
          <div className={cls('detail')}>
            <dt>{m.completedLabel}</dt>
            <dd>
              <time dateTime={view.completionDate}>{text.completionDate}</time>
            </dd>
          </div>
        )}
        {/* Once completed, the period's end no longer matters to the shopper: the completion date says it all. */}
        {view.status !== 'completed' && view.endDate && text.endDate && (
          <div className={cls('detail')}>
            <dt>{text.endLabel}</dt>
            <dd>
              <time dateTime={view.endDate}>{text.endDate}</time>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}
