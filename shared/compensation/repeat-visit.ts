import type { Charter, CompensationKind } from '../charter/presets';

export type CompensationTerms = {
  kind: CompensationKind;
  /** Null where a regulation, not the charter, sets the amount: the manager enters it on approval. */
  amountWon: number | null;
  basisKo: string;
};

/**
 * Every seed compensates a visitor who had to come again because of staff error, and only then;
 * a repeat visit for any other reason is recorded but owes nothing.
 */
export function compensationForRepeatVisit(
  charter: Charter,
  causedByStaffError: boolean,
): CompensationTerms | null {
  if (!causedByStaffError) return null;
  return {
    kind: charter.compensationKind,
    amountWon: charter.compensationAmountWon,
    basisKo: charter.compensationBasisKo,
  };
}
