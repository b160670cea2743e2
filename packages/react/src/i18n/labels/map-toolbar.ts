import type { LabelTable } from './table';

/** Texts of the journey map's toolbar (`JourneyMap.Toolbar`): view and lane switches, export. */
export interface MapToolbarLabels {
  lane: string;
  view: string;
  exportMap: string;
  exportSvg: string;
  exportPng: string;
  exporting: string;
  exportFailed: string;
  mapToolbar: string;
}

/** The map toolbar's texts in every locale. */
export const mapToolbarLabels: LabelTable<MapToolbarLabels> = {
  en: {
    lane: 'Lane',
    view: 'View',
    exportMap: 'Export',
    exportSvg: 'SVG',
    exportPng: 'PNG',
    exporting: 'Exporting…',
    exportFailed: 'Export failed: {message}',
    mapToolbar: 'Map options',
  },
  de: {
    lane: 'Bahn',
    view: 'Ansicht',
    exportMap: 'Exportieren',
    exportSvg: 'SVG',
    exportPng: 'PNG',
    exporting: 'Wird exportiert…',
    exportFailed: 'Export fehlgeschlagen: {message}',
    mapToolbar: 'Optionen der Map',
  },
};
