/**
 * Filters the recommendations index in place by theme, kind and audience, and keeps the choice in
 * the address (?theme=&kind=&audience=) so a filtered list can be shared, printed and restored.
 * Without JavaScript the form stays hidden and the pre-built lists do the filtering.
 */
import { matchesFilter, type RecommendationFilter } from '../lib/recommendation-filter';

export function filterRecommendations() {
  const form = document.querySelector<HTMLFormElement>('#mp-rec-filter');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('#mp-rec-status')!;
  const items = [...document.querySelectorAll<HTMLLIElement>('.mp-checklist li')];
  const select = (name: keyof RecommendationFilter) => form.elements.namedItem(name) as HTMLSelectElement;
  const keys: (keyof RecommendationFilter)[] = ['theme', 'kind', 'audience'];

  const apply = (push: boolean) => {
    const filter: RecommendationFilter = { theme: select('theme').value, kind: select('kind').value, audience: select('audience').value };
    let shown = 0;
    for (const li of items) {
      const visible = matchesFilter(
        { theme: li.dataset.theme ?? '', kind: li.dataset.kind ?? '', audience: (li.dataset.audience ?? '').split(' ') },
        filter,
      );
      li.hidden = !visible;
      if (visible) shown++;
    }
    // Hide headings of groups left empty.
    for (const group of document.querySelectorAll<HTMLElement>('[data-kind-group], [data-theme-group]'))
      group.hidden = ![...group.querySelectorAll<HTMLLIElement>('.mp-checklist li')].some((li) => !li.hidden);
    status.textContent = (form.dataset.shownTemplate ?? '').replace('{n}', String(shown)).replace('{total}', form.dataset.total ?? '');
    if (push) {
      const params = new URLSearchParams(keys.filter((k) => filter[k]).map((k) => [k, filter[k]]));
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    }
  };

  const params = new URLSearchParams(location.search);
  for (const k of keys) if (params.get(k)) select(k).value = params.get(k)!;
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.querySelector('#mp-rec-print')!.addEventListener('click', () => window.print());
  apply(false);
}
