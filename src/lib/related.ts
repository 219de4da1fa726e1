/**
 * Why two entries are shown together, in words: "shares country: Mexico; objective 15; service
 * area: Health". Pure, so tests call it without a build.
 */
import { countryByCode } from './countries';
import { serviceAreaById } from './taxonomies';
import { t } from '../i18n/ui';

export function sharedReason(shared: { countries: string[]; objectives: number[]; serviceAreas: string[] }): string {
  const parts = [
    shared.countries.length ? t('entry.shares.countries', { list: shared.countries.map((c) => countryByCode(c).name).join(', ') }) : undefined,
    shared.objectives.length ? t('entry.shares.objectives', { list: shared.objectives.join(', ') }) : undefined,
    shared.serviceAreas.length ? t('entry.shares.serviceAreas', { list: shared.serviceAreas.map((s) => serviceAreaById(s).name).join(', ') }) : undefined,
  ].filter(Boolean);
  return `${t('entry.shares')} ${parts.join('; ')}`;
}
