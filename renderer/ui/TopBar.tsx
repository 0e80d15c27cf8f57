import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from './BrandMark';
import { ConnectionStatus } from './ConnectionStatus';
import { LanguageToggle } from './LanguageToggle';

type TopBarProps = { office: string; children?: ReactNode; account?: ReactNode; live?: boolean };

/** The staff screens' bar: where am I, is the hub there, which language. */
export function TopBar({ office, children, account, live = true }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="top-bar__inner">
        <Link to="/" className="brand">
          <BrandMark />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            {office ? <span className="brand__office">{office}</span> : null}
          </span>
        </Link>
        <nav className="top-bar__nav">{children}</nav>
        <div className="top-bar__tools">
          {live ? <ConnectionStatus /> : null}
          {account}
          <LanguageToggle />
        </div>
      </div>
    </header>
  );
}
