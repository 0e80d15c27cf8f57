import { useState } from 'react';
import type { CommandInput, CommandName, CommandResult } from '../../shared/contract/commands';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';

/** One setup command at a time, with its outcome for the form that sent it. */
export function useManagerCommand() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  const [done, setDone] = useState(false);
  async function run<N extends CommandName>(
    name: N,
    input: CommandInput<N>,
  ): Promise<CommandResult<N> | null> {
    setPending(true);
    setError(null);
    setDone(false);
    try {
      const result = await sendCommand(name, input);
      setDone(true);
      return result;
    } catch (caught) {
      setError(errorCodeOf(caught));
      return null;
    } finally {
      setPending(false);
    }
  }
  return { pending, error, done, run };
}
