import '../styles/rating.css';
import { useTranslation } from 'react-i18next';
import { ratingScores, type RatingScore } from '../../shared/satisfaction/rating';

/** The mouth of each face, from a deep frown (1) to a broad smile (5). */
const mouths: Record<RatingScore, string> = {
  1: 'M20 46 Q32 34 44 46',
  2: 'M21 44 Q32 38 43 44',
  3: 'M21 42 L43 42',
  4: 'M21 40 Q32 47 43 40',
  5: 'M19 38 Q32 52 45 38',
};

function Face({ score }: { score: RatingScore }) {
  return (
    <svg className="rating-face__icon" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" className="rating-face__disc" />
      <circle cx="23" cy="25" r="3.5" className="rating-face__eye" />
      <circle cx="41" cy="25" r="3.5" className="rating-face__eye" />
      <path d={mouths[score]} className="rating-face__mouth" />
    </svg>
  );
}

type RatingFacesProps = {
  onRate: (score: RatingScore) => void;
  disabled?: boolean;
  /** The face tapped, while it is being sent or once it was. */
  chosen?: RatingScore | null;
};

/** Five labelled faces, best first as Korean surveys list them; one tap rates. */
export function RatingFaces({ onRate, disabled = false, chosen = null }: RatingFacesProps) {
  const { t } = useTranslation();
  return (
    <ul className="rating-faces" aria-label={t('rating.facesLabel')}>
      {[...ratingScores].reverse().map((score) => (
        <li key={score}>
          <button
            type="button"
            className={`rating-face rating-face--${score}`}
            aria-pressed={chosen === score}
            disabled={disabled}
            onClick={() => {
              onRate(score);
            }}
          >
            <Face score={score} />
            <span className="rating-face__label">{t(`rating.faces.${score}`)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
