import { Svg } from '../ui/icons';
import type { ReactNode } from 'react';
import type { EscortReason } from '../../shared/contract/views';

const paths: Record<EscortReason, ReactNode> = {
  wheelchair: (
    <>
      <circle cx="10" cy="4.2" r="1.8" />
      <path d="M10 7.5v5.5h5.5l2.5 5.5" />
      <path d="M10 10h4.5" />
      <path d="M7 10.2a5.6 5.6 0 1 0 8.3 7" />
    </>
  ),
  lowVision: (
    <>
      <path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12Z" />
      <circle cx="12" cy="12" r="2.8" />
      <path d="M4 20 20 4" />
    </>
  ),
  hearing: (
    <>
      <path d="M6.5 9a5.5 5.5 0 0 1 11 0c0 3.2-3.2 4.2-3.2 7a2.7 2.7 0 0 1-5.1 1.2" />
      <path d="M9.5 9.5a2.5 2.5 0 0 1 5 0c0 1.2-1 1.8-1.6 2.4" />
      <path d="M3.5 3.5l17 17" />
    </>
  ),
  elderly: (
    <>
      <circle cx="10" cy="4.2" r="1.8" />
      <path d="M10.5 7.5 9 13.5l2.5 2.5V21" />
      <path d="M9 13.5 7.2 21" />
      <path d="M10.2 9.2 13.6 12" />
      <path d="M14.8 12v9" />
    </>
  ),
  other: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.5" />
      <path d="M12 17v.01" />
    </>
  ),
};

/** Drawn beside the reason's words, never instead of them. */
export function ReasonIcon({ reason, className }: { reason: EscortReason; className?: string }) {
  return <Svg {...(className ? { className } : {})}>{paths[reason]}</Svg>;
}
