import { Link as RouterLink, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

/** A client-side router link styled as an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return <RouterLink {...props} className={['nl-link', 'rhc-link', className].filter(Boolean).join(' ')} />;
}

/** Navigation link; react-router sets aria-current="page" on the active one. */
export function AppNavLink({ className, ...props }: Omit<NavLinkProps, 'className'> & { className?: string }) {
  return (
    <NavLink
      {...props}
      className={({ isActive }) =>
        ['nl-link', 'rhc-link', 'samenspel-nav__link', isActive ? 'nl-link--current samenspel-nav__link--current' : '', className]
          .filter(Boolean)
          .join(' ')
      }
    />
  );
}
