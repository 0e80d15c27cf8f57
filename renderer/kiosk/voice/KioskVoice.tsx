import '../../styles/kiosk-voice.css';
import type { Office } from '../../../shared/contract/views';
import { useKioskVoiceStore } from '../../stores/kiosk-voice-store';
import { RateFlow } from './RateFlow';
import { ReportFlow } from './ReportFlow';

/** The kiosk's main area while a visitor rates a visit or reports a problem. */
export function KioskVoice({ office }: { office: Office }) {
  const flow = useKioskVoiceStore((s) => s.flow);
  return (
    <main className="kiosk__main kiosk-voice">
      {flow === 'rate' ? <RateFlow /> : <ReportFlow office={office} />}
    </main>
  );
}
