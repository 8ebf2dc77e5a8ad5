import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import 'talon-react/styles.css';
import './shop.css';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'talon-react on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="shop-header">
          <strong>Example shop</strong>
          <nav aria-label="Shop">
            <Link href="/">Rewards</Link>
            <Link href="/cart">Cart</Link>
          </nav>
        </header>
        <Providers>
          <main className="shop-main">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
