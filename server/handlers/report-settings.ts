import { setReportApprovalBoxes, setReportsShowStaffFigures } from '../../db/export-settings';
import { saveForecastSettings } from '../../db/forecast-settings';
import type { Handler } from './handler';

export const setStaffFigures: Handler<'setStaffFigures'> = (ctx, input) => {
  setReportsShowStaffFigures(ctx.db, input.include);
  return { result: { include: input.include }, event: { type: 'staffFiguresSet', include: input.include } };
};

export const setApprovalBoxes: Handler<'setApprovalBoxes'> = (ctx, input) => {
  setReportApprovalBoxes(ctx.db, input.include);
  return { result: { include: input.include }, event: { type: 'approvalBoxesSet', include: input.include } };
};

/** Takes effect at the forecast's next look; warnings already given keep the target they named. */
export const setForecastSettings: Handler<'setForecastSettings'> = (ctx, input) => {
  saveForecastSettings(ctx.db, input);
  return { result: { settings: input }, event: { type: 'forecastSettingsSet', settings: input } };
};
