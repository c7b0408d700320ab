/**
 * Shared look of the charts. Okabe–Ito colours stay distinguishable for the common forms of
 * colour blindness; series also differ in shape (dashed stroke, marker form) so colour is
 * never the only cue.
 */
export const CHART_COLOURS = {
  current: '#0072B2',
  target: '#E69F00',
  gap: '#D55E00',
  grid: '#8a939e',
  text: '#1b1b1b',
} as const;

export const TARGET_DASH = '6 4';

/** Several series: each differs in colour and in dash. */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];
export const SERIES_DASHES = [undefined, TARGET_DASH, '2 3', '8 3 2 3'];

/** Default drawing width: two charts side by side at 1280×720, and one fits an A4 page in print. */
export const CHART_WIDTH = 580;

/** Animations are skipped for people who asked their system for less motion. */
export function prefersReducedMotion(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
