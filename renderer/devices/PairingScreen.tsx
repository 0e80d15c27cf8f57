import '../styles/kiosk-journey.css';
import '../styles/devices.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';
import { usePairingStore } from '../stores/pairing-store';
import { useSessionStore } from '../stores/session-store';
import { StaffSignIn } from '../ui/StaffSignIn';
import { TopBar } from '../ui/TopBar';
import { PairedNotice } from './PairedNotice';
import { PairingCodeEntry } from './PairingCodeEntry';
import { PairingHelp } from './PairingHelp';

/**
 * What an unpaired PC on the office LAN shows, whatever screen was asked for: the code entry,
 * where the code comes from, and a manager sign-in for the PC that pairs the others.
 */
export function PairingScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paired = usePairingStore((s) => s.paired);
  const check = usePairingStore((s) => s.check);
  const finish = usePairingStore((s) => s.finish);
  const token = useSessionStore((s) => s.session?.token ?? null);
  // A session held when this screen opened is one the hub refused; only a new sign-in moves on.
  const tokenAtOpen = useRef(token);
  useDocumentTitle(t('pairing.docTitle'));
  useEffect(() => {
    void check();
  }, [check]);
  useEffect(() => {
    if (token === null || token === tokenAtOpen.current) return;
    finish();
    void navigate('/manager/devices');
  }, [token, finish, navigate]);

  return (
    <div className="page page--pairing">
      <TopBar office="" live={false} />
      <main className="page__main pairing">
        {paired !== null ? (
          <PairedNotice device={paired} />
        ) : (
          <>
            <div className="page-heading">
              <h1>{t('pairing.title')}</h1>
              <p className="page-heading__lead">{t('pairing.lead')}</p>
            </div>
            <div className="pairing__layout">
              <PairingCodeEntry />
              <PairingHelp />
            </div>
            <details className="pairing__staff">
              <summary>{t('pairing.staffOpen')}</summary>
              <StaffSignIn heading={t('pairing.staffTitle')} lead={t('pairing.staffLead')} />
            </details>
          </>
        )}
      </main>
    </div>
  );
}
