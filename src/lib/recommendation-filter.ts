/** Does a recommendation match the chosen theme, kind and audience ("" means any)? */
export interface RecommendationFilter {
  theme: string;
  kind: string;
  audience: string;
}
export function matchesFilter(r: { theme: string; kind: string; audience: string[] }, f: RecommendationFilter): boolean {
  return (!f.theme || r.theme === f.theme) && (!f.kind || r.kind === f.kind) && (!f.audience || r.audience.includes(f.audience));
}
