import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { StaffAccount } from '../desk/StaffAccount';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useLiveOffice } from '../hooks/use-live-office';
import { useOfficeName } from '../hooks/use-office-name';
import { useFirstRunStore } from '../stores/first-run-store';
import { useOfficeStore } from '../stores/office-store';
import { useSessionStore } from '../stores/session-store';
import { LoadState } from '../ui/LoadState';
import { StaffSignIn } from '../ui/StaffSignIn';
import { TopBar } from '../ui/TopBar';
import { CasesPanel } from './CasesPanel';
import { Dashboard } from './Dashboard';
import { DevicesPanel } from './DevicesPanel';
import { ExportPanel } from './ExportPanel';
import { FirstRun } from './FirstRun';
import { LedgerPanel } from './LedgerPanel';
import { SetupPanel } from './SetupPanel';

const sections = ['dashboard', 'cases', 'export', 'ledger', 'setup', 'devices'] as const;
type Section = (typeof sections)[number];

function parseSection(param: string | undefined): Section {
  return (sections as readonly string[]).includes(param ?? '') ? (param as Section) : 'dashboard';
}

const sectionPath = (section: Section) => (section === 'dashboard' ? '/manager' : `/manager/${section}`);

/** The office manager's screens: today's compliance, the visit log, compensations and setup. */
export function ManagerScreen() {
  const { t } = useTranslation();
  useLiveOffice();
  const section = parseSection(useParams().section);
  const office = useOfficeStore((s) => s.office);
  const loadError = useOfficeStore((s) => s.loadError);
  const load = useOfficeStore((s) => s.load);
  const session = useSessionStore((s) => s.session);
  const officeName = useOfficeName();
  const isManager = session?.staff.role === 'manager';
  const needsFirstManager = useFirstRunStore((s) => s.needsFirstManager);
  const checkFirstRun = useFirstRunStore((s) => s.check);
  useEffect(() => {
    if (!isManager) void checkFirstRun();
  }, [isManager, checkFirstRun]);
  useDocumentTitle(`${t(`manager.nav.${section}`)} · ${t('manager.docTitle')}`);

  return (
    <div className="page page--manager">
      <TopBar office={officeName} account={<StaffAccount />}>
        {isManager
          ? sections.map((s) => (
              <NavLink key={s} to={sectionPath(s)} end className="top-bar__link">
                {t(`manager.nav.${s}`)}
              </NavLink>
            ))
          : null}
      </TopBar>
      <main className="page__main manager">
        {!isManager && needsFirstManager === null ? (
          <LoadState error={null} onRetry={() => void checkFirstRun()} />
        ) : !isManager && needsFirstManager ? (
          <FirstRun />
        ) : !isManager ? (
          <StaffSignIn
            heading={t('manager.signIn.heading')}
            lead={
              session === null
                ? t('manager.signIn.lead')
                : t('manager.signIn.wrongRole', { name: session.staff.name })
            }
          />
        ) : office === null ? (
          <LoadState error={loadError} onRetry={() => void load()} />
        ) : section === 'dashboard' ? (
          <Dashboard office={office} />
        ) : section === 'export' ? (
          <ExportPanel office={office} />
        ) : section === 'ledger' ? (
          <LedgerPanel office={office} />
        ) : section === 'cases' ? (
          <CasesPanel office={office} />
        ) : section === 'devices' ? (
          <DevicesPanel />
        ) : (
          <SetupPanel office={office} />
        )}
      </main>
    </div>
  );
}
