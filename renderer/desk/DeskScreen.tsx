import { useParams } from 'react-router';
import { DeskMissing } from './DeskMissing';
import { DeskWorkspace } from './DeskWorkspace';

function parseDeskId(param: string | undefined): number | null {
  return param !== undefined && /^[1-9]\d{0,8}$/.test(param) ? Number(param) : null;
}

export function DeskScreen() {
  const deskId = parseDeskId(useParams().deskId);
  if (deskId === null) return <DeskMissing />;
  return <DeskWorkspace key={deskId} deskId={deskId} />;
}
