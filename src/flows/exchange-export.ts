/**
 * Exporting rounds of one of the user's own facilities into one exchange file: the rounds with
 * their answers, the facility (its name only when the user sends it), every framework version
 * used that is not bundled with the app, and the SHA-256 of it all; encrypted with a passphrase
 * when one is given. The versions sent are remembered, so the receiver can tell updates from
 * conflicts later.
 */
import { version as APP_VERSION } from '../../package.json';
import type { DbError } from '../db/errors';
import { toDbError } from '../db/errors';
import { fileSlug, localDay } from '../domain/file-name';
import { readExportSource, recordExported } from '../db/exchange-repo';
import { frameworkContentHash } from '../domain/framework-model';
import { loadBundledFrameworks } from '../io/bundled-frameworks';
import { writeExchangeText } from '../io/exchange/format';
import { roundContentHash } from '../io/exchange/hash';
import { loadFrameworkText } from '../io/framework-loader';
import type { ExchangeFramework, ExchangePayload, ExchangeRound } from '../schemas/exchange';

export interface ExportRequest {
  facilityId: string;
  roundIds: readonly string[];
  /** "naam meesturen": the facility's name travels with the file. */
  includeName: boolean;
  /** Encrypts the file when non-empty. */
  passphrase?: string;
}

export interface ExchangeExport {
  filename: string;
  text: string;
}

export type ExportError =
  | DbError
  | { kind: 'imported' }
  /** The synthetic demo set never leaves in an exchange file: it would pass for real data. */
  | { kind: 'demo' }
  | { kind: 'no-rounds' }
  | { kind: 'framework-missing'; id: string; version: string };

export type ExportResult = { ok: true; value: ExchangeExport } | { ok: false; error: ExportError };

/**
 * `kwaliteitskader-gi-k-2025-voorjaar-2026-12-01.json`: the facility's code (its name when it
 * has none and the name is sent), the period(s) and the export date in the user's time zone.
 */
export function exchangeFilename(
  facility: { code: string | null; name?: string; id: string },
  periods: readonly string[],
  date: Date,
): string {
  const who =
    fileSlug(facility.code ?? facility.name ?? '', 30) || `voorziening-${facility.id.slice(0, 8)}`;
  const what = fileSlug(periods.join(' '), 40) || 'rondes';
  return `kwaliteitskader-${who}-${what}-${localDay(date)}.json`;
}

export async function exportExchange(
  request: ExportRequest,
  now: Date = new Date(),
): Promise<ExportResult> {
  if (request.roundIds.length === 0) return { ok: false, error: { kind: 'no-rounds' } };
  let source: Awaited<ReturnType<typeof readExportSource>>;
  try {
    source = await readExportSource(request.facilityId, request.roundIds);
  } catch (error) {
    return { ok: false, error: toDbError(error) };
  }
  const { facility, logs } = source;
  if (facility.imported || source.rounds.some((r) => r.imported)) {
    return { ok: false, error: { kind: 'imported' } };
  }
  if (facility.demo || source.rounds.some((r) => r.demo)) {
    return { ok: false, error: { kind: 'demo' } };
  }
  // Oldest round first, so the file reads like the facility's history.
  const rounds = [...source.rounds].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );

  const bundled = await loadBundledFrameworks();
  const frameworks: ExchangeFramework[] = [];
  const exported: ExchangeRound[] = [];
  const hashes: { roundId: string; hash: string }[] = [];
  for (const round of rounds) {
    const key = `${round.frameworkId}@${round.frameworkVersion}`;
    const inApp = bundled.frameworks.find(
      (b) => b.framework.id === round.frameworkId && b.framework.version === round.frameworkVersion,
    );
    let contentHash = inApp?.contentHash;
    if (!inApp) {
      const stored = source.frameworks.find(
        (f) => f.id === round.frameworkId && f.version === round.frameworkVersion,
      );
      const loaded = stored ? loadFrameworkText(stored.text) : null;
      if (!stored || !loaded?.ok) {
        return {
          ok: false,
          error: {
            kind: 'framework-missing',
            id: round.frameworkId,
            version: round.frameworkVersion,
          },
        };
      }
      contentHash = frameworkContentHash(loaded.value);
      if (!frameworks.some((f) => `${f.id}@${f.version}` === key)) {
        frameworks.push({ id: stored.id, version: stored.version, text: stored.text });
      }
    }
    const { facilityId: _facilityId, imported: _imported, demo: _demo, ...content } = round;
    const hash = await roundContentHash(content);
    hashes.push({ roundId: round.id, hash });
    exported.push({
      ...content,
      frameworkContentHash: contentHash!,
      ancestry: (logs.get(round.id) ?? []).filter((h) => h !== hash),
    });
  }

  const payload: ExchangePayload = {
    facility: {
      id: facility.id,
      type: facility.type,
      region: facility.region,
      code: facility.alias.trim() === '' ? null : facility.alias.trim(),
      ...(request.includeName ? { name: facility.name } : {}),
    },
    rounds: exported,
    frameworks,
  };
  const text = await writeExchangeText(payload, {
    appVersion: APP_VERSION,
    exportedAt: now.toISOString(),
    ...(request.passphrase ? { passphrase: request.passphrase } : {}),
  });
  const recorded = await recordExported(hashes);
  if (!recorded.ok) return recorded;
  return {
    ok: true,
    value: {
      filename: exchangeFilename(
        payload.facility,
        rounds.map((r) => r.periodLabel),
        now,
      ),
      text,
    },
  };
}
