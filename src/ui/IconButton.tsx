import { forwardRef, type ReactNode } from 'react';
import type { LucideIcon } from './icons.ts';

export interface IconButtonProps {
  /** The accessible name, also the tooltip's text. */
  label: string;
  icon: LucideIcon;
  onClick: () => void;
  /** The keys that do the same, shown in the tooltip ("K", "Space"). */
  keys?: readonly string[];
  /** `aria-keyshortcuts` values for the keys ("K Space"). */
  keyShortcuts?: string;
  pressed?: boolean;
  expanded?: boolean;
  /** The id of what the button opens. */
  controls?: string;
  popup?: 'dialog' | 'menu';
  className?: string;
  lang?: string;
  /** Visible text beside the icon (then it begins the accessible name). */
  children?: ReactNode;
  /** Where the tooltip opens: above the bar, or below a top-aligned button. */
  tip?: 'above' | 'below';
  disabled?: boolean;
}

/**
 * A square icon control with its name in a tooltip (and the keys that do the same): the
 * buttons of a video player. The tooltip is for sighted pointer and keyboard users; assistive
 * technology gets the name and `aria-keyshortcuts`.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  {
    label,
    icon: Icon,
    onClick,
    keys,
    keyShortcuts,
    pressed,
    expanded,
    controls,
    popup,
    className,
    lang,
    children,
    tip = 'above',
    disabled,
  },
  ref,
) {
  return (
    <span className={`control tip-${tip}`}>
      <button
        ref={ref}
        type="button"
        className={`icon-button${className ? ` ${className}` : ''}`}
        aria-label={label}
        onClick={onClick}
        {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
        {...(expanded !== undefined ? { 'aria-expanded': expanded } : {})}
        {...(controls ? { 'aria-controls': controls } : {})}
        {...(popup ? { 'aria-haspopup': popup } : {})}
        {...(keyShortcuts ? { 'aria-keyshortcuts': keyShortcuts } : {})}
        {...(lang ? { lang } : {})}
        {...(disabled ? { disabled } : {})}
      >
        <Icon aria-hidden="true" focusable="false" size={22} strokeWidth={2} />
        {children}
      </button>
      <span className="tip" aria-hidden="true">
        {label}
        {keys?.map((key) => (
          <kbd key={key}>{key}</kbd>
        ))}
      </span>
    </span>
  );
});
