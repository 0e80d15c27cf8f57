import '../styles/cases.css';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseFileName } from '../../shared/contract/case-reports';
import type { Office } from '../../shared/contract/views';
import { addDays, businessDay } from '../../shared/time/business-day';
import { errorCodeOf, fetchCaseLog, type ApiErrorCode } from '../api/http-client';
import { CaseIntakeForm } from '../cases/CaseIntakeForm';
import { casesInWorkingOrder, countOpenCases } from '../cases/case-order';
import { useHubNow } from '../hooks/use-hub-now';
import { useHubStream } from '../hooks/use-hub-stream';
import { errorMessage } from '../i18n/errors';
import { useManagerCasesStore } from '../stores/manager-cases-store';
import { useManagerStaffStore } from '../stores/manager-staff-store';
import { useOfficeStore } from '../stores/office-store';
import { LoadState } from '../ui/LoadState';
import { CaseDetail } from './CaseDetail';
import { CaseTable } from './CaseTable';
import { saveFile } from './save-file';
import { UnkindnessPanel } from './UnkindnessPanel';

/** How far back the list reaches by default; open cases show whenever they were received. */
const DEFAULT_DAYS = 30;

/** 불만·불친절 신고와 건의: the charter's reply deadlines, kept case by case. */
export function CasesPanel({ office }: { office: Office }) {
  const { t } = useTranslation();
  const id = useId();
  const offset = useOfficeStore((s) => s.offset);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  const now = useHubNow(offset, 30_000);
  const today = businessDay(now);
  const [from, setFrom] = useState(() => addDays(businessDay(office.now), -DEFAULT_DAYS));
  const [to, setTo] = useState(() => businessDay(office.now));
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [taking, setTaking] = useState(false);
  const [downloadError, setDownloadError] = useState<ApiErrorCode | null>(null);
  const list = useManagerCasesStore((s) => s.list);
  const loadError = useManagerCasesStore((s) => s.loadError);
  const actionError = useManagerCasesStore((s) => s.actionError);
  const load = useManagerCasesStore((s) => s.load);
  const onEvent = useManagerCasesStore((s) => s.onEvent);
  const staff = useManagerStaffStore((s) => s.staff);
  const loadStaff = useManagerStaffStore((s) => s.load);
  useHubStream(snapshotSeq, onEvent);
  const validRange = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  useEffect(() => {
    if (validRange) void load({ from, to });
  }, [load, from, to, validRange]);
  useEffect(() => {
    if (staff === null) void loadStaff();
  }, [staff, loadStaff]);

  const ordered = useMemo(() => (list === null ? [] : casesInWorkingOrder(list.cases, now)), [list, now]);
  const counts = useMemo(() => countOpenCases(list?.cases ?? [], now), [list, now]);

  return (
    <div className="manager-cases">
      <div className="page-heading">
        <h1>{t('cases.manager.title')}</h1>
        <p className="page-heading__lead">{t('cases.manager.lead')}</p>
      </div>
      <ul className="case-counts" aria-label={t('cases.manager.countsLabel')}>
        <li
          className={
            counts.overdue > 0 ? 'case-counts__item case-counts__item--overdue' : 'case-counts__item'
          }
        >
          <span className="case-counts__value">{counts.overdue}</span>
          <span>{t('cases.standing.overdue')}</span>
        </li>
        <li
          className={counts.dueToday > 0 ? 'case-counts__item case-counts__item--today' : 'case-counts__item'}
        >
          <span className="case-counts__value">{counts.dueToday}</span>
          <span>{t('cases.standing.dueToday')}</span>
        </li>
        <li className="case-counts__item">
          <span className="case-counts__value">{counts.open}</span>
          <span>{t('cases.manager.open')}</span>
        </li>
      </ul>
      <div className="case-toolbar">
        <div className="field field--compact">
          <label htmlFor={`${id}-from`}>{t('cases.manager.from')}</label>
          <input
            id={`${id}-from`}
            className="field__input"
            type="date"
            value={from}
            max={to}
            onChange={(event) => {
              setFrom(event.target.value);
            }}
          />
        </div>
        <div className="field field--compact">
          <label htmlFor={`${id}-to`}>{t('cases.manager.to')}</label>
          <input
            id={`${id}-to`}
            className="field__input"
            type="date"
            value={to}
            min={from}
            onChange={(event) => {
              setTo(event.target.value);
            }}
          />
        </div>
        <button
          type="button"
          className="button button--quiet"
          disabled={!validRange}
          onClick={() => {
            setDownloadError(null);
            fetchCaseLog(from, to)
              .then((blob) => {
                saveFile(blob, caseFileName(from, to));
              })
              .catch((caught: unknown) => {
                setDownloadError(errorCodeOf(caught));
              });
          }}
        >
          {t('cases.manager.download')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-expanded={taking}
          onClick={() => {
            setTaking(!taking);
          }}
        >
          {t('cases.manager.take')}
        </button>
      </div>
      {downloadError === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, downloadError)}
        </p>
      )}
      {taking ? (
        <section className="panel manager-section" aria-labelledby={`${id}-take`}>
          <h2 id={`${id}-take`} className="panel__title">
            {t('cases.manager.take')}
          </h2>
          <CaseIntakeForm
            charter={office.charter}
            departments={office.departments}
            desks={office.desks}
            staff={staff ?? []}
            onReceived={(received) => {
              setSelectedId(received.id);
            }}
          />
        </section>
      ) : null}
      {list === null ? (
        <LoadState error={loadError} onRetry={() => void load({ from, to })} />
      ) : (
        <>
          <section className="panel manager-section" aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`} className="panel__title">
              {t('cases.manager.listTitle')}
            </h2>
            <p className="manager-section__lead">{t('cases.manager.listLead', { from, to })}</p>
            {actionError === null ? null : (
              <p className="notice notice--error" role="alert">
                {errorMessage(t, actionError)}
              </p>
            )}
            {ordered.length === 0 ? (
              <p className="manager-empty">{t('cases.manager.empty')}</p>
            ) : (
              <>
                {selectedId === null ? <p className="case-pick">{t('cases.manager.pick')}</p> : null}
                <CaseTable
                  cases={ordered}
                  office={office}
                  now={now}
                  selectedId={selectedId}
                  onSelect={(caseId) => {
                    setSelectedId(caseId === selectedId ? null : caseId);
                  }}
                  detail={(item) => <CaseDetail item={item} office={office} staff={staff} now={now} />}
                />
              </>
            )}
          </section>
          <UnkindnessPanel list={list} office={office} staff={staff} />
          <p className="case-footnote">{t('cases.manager.rules', { today })}</p>
        </>
      )}
    </div>
  );
}
