import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { officeName } from '../i18n/localized';
import { useOfficeStore } from '../stores/office-store';

/** The office's name for a screen's header; it changes so rarely that one snapshot will do. */
export function useOfficeName(): string {
  const { i18n } = useTranslation();
  const office = useOfficeStore((s) => s.office);
  const load = useOfficeStore((s) => s.load);
  useEffect(() => {
    if (office === null) void load();
  }, [office, load]);
  return office ? officeName(office, i18n.language) : '';
}
