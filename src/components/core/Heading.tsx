'use client';
import type { ReactNode } from 'react';
import type { HeadingLevel } from './StyleProps.js';

/** The level of a part's headings: one below `level`, at most 6; none (`false`) below none. */
export const below = (level: HeadingLevel): HeadingLevel =>
  level === false ? false : (Math.min(level + 1, 6) as Exclude<HeadingLevel, false>);

/** A heading of the given level (`2` renders an `h2`), or a paragraph with `false`. */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  className?: string | undefined;
  children: ReactNode;
}) {
  const Tag = level === false ? 'p' : (`h${level}` as const);
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
