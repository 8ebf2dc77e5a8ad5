import type { ComponentPropsWithoutRef } from 'react';
import type { TalonMessages } from '../../messages/TalonMessages.js';

/** Props every component takes. */
export interface StyleProps {
  /** Added to the root element's classes. */
  className?: string;
  /** Leaves out the kit's classes (and so `styles.css`): style the `data-*` attributes or your own classes. */
  unstyled?: boolean;
}

/** The `messages` prop of a component: any of its words replaced. */
export type MessagesProp<K extends keyof TalonMessages> = Partial<TalonMessages[K]>;

/** The level of a component's heading (`2` renders an `h2`); `false` renders none and labels the region instead. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | false;

/**
 * The root element's own attributes, which every component passes on to it (`id`, `style`, `aria-*`, `data-*`,
 * event handlers ...), as Radix and hydrogen-react components do. Left out: `children` (the component renders its
 * own), `className` (merged with the kit's, see {@link StyleProps}) and `dangerouslySetInnerHTML`. A component's `ref`
 * reaches the same element.
 */
export type RootProps<E extends 'section' | 'div'> = Omit<
  ComponentPropsWithoutRef<E>,
  'children' | 'className' | 'dangerouslySetInnerHTML'
>;
