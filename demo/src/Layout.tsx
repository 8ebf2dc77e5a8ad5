import type { ReactNode } from 'react';
import type { Shopper } from '../shared/types.js';
import { pages, type Route } from './routes.js';

/** Props of {@link Layout}. */
export interface LayoutProps {
  /** The signed-in shopper: with one, the header has the navigation and a sign-out button. */
  shopper?: Shopper;
  route?: Route;
  onSignOut?: () => void;
  signingOut?: boolean;
  children: ReactNode;
}

/** The page frame: a skip link, the header (shop name, navigation, account) and the main content. */
export function Layout({ shopper, route, onSignOut, signingOut, children }: LayoutProps) {
  return (
    <>
      <a className="demo-skip" href="#main">
        Skip to content
      </a>
      <header className="demo-header">
        <a className="demo-brand" href="#/shop">
          Talon demo shop
        </a>
        {shopper && (
          <nav aria-label="Shop" className="demo-nav">
            <ul>
              {pages.map((page) => (
                <li key={page.route}>
                  <a href={`#/${page.route}`} aria-current={page.route === route ? 'page' : undefined}>
                    {page.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {shopper && (
          <div className="demo-account">
            <span>
              Signed in as <strong>{shopper.name}</strong>
            </span>
            <button type="button" className="demo-button demo-button--quiet" onClick={onSignOut} disabled={signingOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      {/* The skip link's target: focusable from script only. */}
      <main id="main" tabIndex={-1} className="demo-main">
        {children}
      </main>
    </>
  );
}
