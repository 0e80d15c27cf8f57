import { useCallback, useEffect, useRef, useState } from 'react';
import type { DisplayBoard } from '../../shared/contract/views';
import type { AnnouncedCall } from '../stores/display-board';
import { useDisplayStore } from '../stores/display-store';
import { announcementFor } from './announcement-text';
import { createAnnouncer, type Announcer } from './announcer';

// After a lost connection the stream replays what was missed; a call made minutes ago is not
// announced again to a room that has moved on.
const ANNOUNCE_WITHIN_MS = 60_000;

function utterancesFor(call: AnnouncedCall, board: DisplayBoard) {
  const desk = board.desks.find((d) => d.id === call.ticket.deskId);
  if (!desk) return null;
  const standInFor = board.desks.find((d) => d.id === call.ticket.routedFromDeskId) ?? null;
  return announcementFor({
    number: call.ticket.number,
    language: call.ticket.language,
    recall: call.recall,
    desk,
    standInFor,
  });
}

/** Chimes and speaks every call that reaches the display while it is shown. */
export function useCallAnnouncer(): { soundOn: boolean; enableSound: () => void } {
  const [soundOn, setSoundOn] = useState(false);
  const announcer = useRef<Announcer | null>(null);

  useEffect(() => {
    const created = createAnnouncer(setSoundOn);
    announcer.current = created;
    const unsubscribe = useDisplayStore.subscribe((state, previous) => {
      const call = state.latestCall;
      if (call === null || call === previous.latestCall || state.board === null) return;
      if (Date.now() + state.offset - call.at > ANNOUNCE_WITHIN_MS) return;
      const utterances = utterancesFor(call, state.board);
      if (utterances) created.announce(utterances);
    });
    return () => {
      unsubscribe();
      created.dispose();
      announcer.current = null;
    };
  }, []);

  const enableSound = useCallback(() => {
    announcer.current?.enable();
  }, []);

  return { soundOn, enableSound };
}
