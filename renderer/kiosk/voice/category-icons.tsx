import type { CaseCategory } from '../../../shared/cases/case-kinds';
import { ClockIcon, Svg } from '../../ui/icons';

/** A line picture for each thing a visitor can report, beside its words. */
export function CategoryIcon({ category }: { category: CaseCategory }) {
  switch (category) {
    case 'staffAttitude':
      return (
        <Svg className="voice-category__icon">
          <circle cx="9" cy="8" r="3.5" />
          <path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6" />
          <path d="M15 4h6v4h-3l-2 2V8h-1z" />
        </Svg>
      );
    case 'waiting':
      return <ClockIcon className="voice-category__icon" />;
    case 'handling':
      return (
        <Svg className="voice-category__icon">
          <path d="M6 3h8l4 4v14H6z" />
          <path d="M14 3v4h4" />
          <path d="m9.5 12.5 5 5m0-5-5 5" />
        </Svg>
      );
    case 'facility':
      return (
        <Svg className="voice-category__icon">
          <path d="M4 21V9l8-5 8 5v12" />
          <path d="M9 21v-6h6v6" />
          <path d="M2 21h20" />
        </Svg>
      );
    case 'improvement':
      return (
        <Svg className="voice-category__icon">
          <path d="M9 18h6" />
          <path d="M10 21h4" />
          <path d="M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z" />
        </Svg>
      );
    case 'other':
      return (
        <Svg className="voice-category__icon">
          <path d="M4 5h16v11H9l-5 4z" />
          <path d="M9 10.5h.01M12 10.5h.01M15 10.5h.01" />
        </Svg>
      );
  }
}
