/**
 * Class names of a component's parts, BEM-style under the `talon-` prefix that `styles.css` targets: `part()` is the
 * root (`talon talon-coupon-wallet`), `part('row')` a part (`talon-coupon-wallet__row`). With `unstyled` there are
 * none, and the app styles the `data-*` attributes or its own `className`.
 */
export function classNames(block: string, unstyled: boolean | undefined) {
  return (part?: string, extra?: string): string | undefined => {
    const own = unstyled ? undefined : part ? `talon-${block}__${part}` : `talon talon-${block}`;
    return [own, extra].filter(Boolean).join(' ') || undefined;
  };
}

/** What {@link classNames} returns: the class names of a component's parts. */
export type ClassNames = ReturnType<typeof classNames>;
