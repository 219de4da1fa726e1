/**
 * The world map's geometry: Natural Earth 1:110m countries (world-atlas, read from the npm
 * package at build time, never fetched), projected with d3-geo's Equal Earth so that areas are
 * not inflated towards the poles. Countries are matched by ISO 3166-1 numeric id; states too
 * small for the 110m file are returned as dots at their coordinates.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface MapPlace {
  /** ISO numeric id as a 3-digit string ("484"). */
  numeric: string;
  /** [latitude, longitude], used when the topology has no shape for the country. */
  latlng: readonly [number, number];
}

/** Antarctica takes a fifth of the picture and holds no entry: leave it out. */
const ANTARCTICA = '010';

export function worldMapLayout(topology: Topology, places: readonly MapPlace[], width = 960) {
  const collection = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<Geometry>;
  const shapes = collection.features.filter((f) => f.id !== ANTARCTICA);
  const land: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: shapes };
  const projection = geoEqualEarth().fitWidth(width, land);
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds(land);
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);

  const byId = new Map<string, Feature<Geometry>>(shapes.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
  const wanted = new Set(places.map((p) => p.numeric));
  return {
    width,
    height,
    /** Every country without an entry, as one path: the grey ground the shaded countries sit on. */
    background: path({ type: 'FeatureCollection', features: shapes.filter((f) => !wanted.has(String(f.id))) }) ?? '',
    shapes: places.filter((p) => byId.has(p.numeric)).map((p) => ({ numeric: p.numeric, d: path(byId.get(p.numeric)!) ?? '' })),
    dots: places
      .filter((p) => !byId.has(p.numeric))
      .map((p) => {
        const [x, y] = projection([p.latlng[1], p.latlng[0]])!;
        return { numeric: p.numeric, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
      }),
  };
}
