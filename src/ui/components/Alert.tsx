/**
 * Alert with the exact markup and CSS classes of the NL Design System (Utrecht/RHC) Alert, but
 * with only the four icons it needs: the RHC `Alert` component pulls in its complete icon set
 * (~220 kB of JavaScript). Icons: Tabler Icons (MIT), as used by RHC.
 */
import type { HTMLAttributes, ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

const icons: Record<AlertType, string[]> = {
  info: ['M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0', 'M12 9h.01', 'M11 12h1v4h1'],
  ok: ['M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0 -18 0', 'M9 12l2 2l4 -4'],
  warning: [
    'M12 9v4',
    'M10.363 3.591l-8.106 13.534a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636 -2.87l-8.106 -13.536a1.914 1.914 0 0 0 -3.274 0z',
    'M12 16h.01',
  ],
  error: ['M3 12a9 9 0 1 0 18 0a9 9 0 0 0 -18 0', 'M12 8v4', 'M12 16h.01'],
};

// Errors and warnings interrupt (role=alert); info and success are announced politely (role=status).
const roles: Record<AlertType, 'alert' | 'status'> = { info: 'status', ok: 'status', warning: 'alert', error: 'alert' };

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role'> {
  type?: AlertType;
  children: ReactNode;
}

export function Alert({ type = 'info', className, children, ...rest }: AlertProps) {
  return (
    <div {...rest} className={['utrecht-alert', `utrecht-alert--${type}`, className].filter(Boolean).join(' ')}>
      <div className="utrecht-alert__icon">
        <span className="utrecht-icon" role="presentation" aria-hidden="true">
          <svg
            xmlns="http://www.w3.org/2000/svg"
            width="24"
            height="24"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            focusable="false"
          >
            {icons[type].map((d) => (
              <path key={d} d={d} />
            ))}
          </svg>
        </span>
      </div>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role={roles[type]}>
          {children}
        </div>
      </div>
    </div>
  );
}
