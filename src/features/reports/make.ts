/**
 * Makes one report file: the data from the database (flows/reports), the words in the chosen
 * language (compose), the file by a writer loaded only now (io/reports: pdfmake and docx are
 * large, so they stay out of every screen's code until a report is asked for).
 */
import type { SetFilter } from '../../domain/compare';
import type { ReportSection } from '../../domain/report';
import type { ReportDocument, ReportTable } from '../../domain/report-document';
import {
  loadComparisonReport,
  loadFacilityReport,
  loadPlanReport,
  type ReportDataError,
} from '../../flows/reports';
import { comparisonCsv, composeComparisonReport } from './compose-comparison';
import { composeFacilityReport, composePlanReport, criterionCsv, reportFilename } from './compose';
import { rasteriseSvg } from './rasterise';
import { reportTexts } from './texts';

export type ReportKind = 'facility' | 'plan' | 'comparison';
export type ReportFormat = 'pdf' | 'docx' | 'csv';

export type ReportRequest =
  | {
      kind: 'facility' | 'plan';
      format: ReportFormat;
      assessmentId: string;
      sections: readonly ReportSection[];
      lang: string;
      includeDemo: boolean;
    }
  | {
      kind: 'comparison';
      format: ReportFormat;
      /** The set, as the comparison views choose it (one framework version). */
      filter: SetFilter;
      /** The comparison's anonymise switch: aliases only, no name or code anywhere. */
      anonymise: boolean;
      lang: string;
      includeDemo: boolean;
    };

export interface MadeReport {
  bytes: Uint8Array | string;
  filename: string;
  mime: string;
}

export const MIME: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
};

export type MakeResult = { ok: true; value: MadeReport } | { ok: false; error: ReportDataError };

export interface MakeDeps {
  rasterise: (svg: string, width: number, height: number) => Promise<Uint8Array>;
}

export async function makeReport(
  request: ReportRequest,
  now: Date,
  deps: MakeDeps = { rasterise: rasteriseSvg },
): Promise<MakeResult> {
  const tx = await reportTexts(request.lang);
  const mime = MIME[request.format];
  if (request.kind === 'comparison') {
    const loaded = await loadComparisonReport(request.filter, {
      anonymise: request.anonymise,
      includeDemo: request.includeDemo,
    });
    if (!loaded.ok) return loaded;
    const data = loaded.value;
    const filename = reportFilename(
      tx.reports('file.comparison'),
      `${data.framework.id} ${data.framework.version}`,
      request.filter.periods.length > 0 ? request.filter.periods.join(' ') : '',
      now,
      request.format,
    );
    if (request.format === 'csv') {
      const { writeCsv, csvDelimiter } = await import('../../io/reports/csv');
      const { header, rows } = comparisonCsv(data, tx);
      const bytes = writeCsv(header, rows, csvDelimiter(request.lang));
      return { ok: true, value: { bytes, filename, mime } };
    }
    return {
      ok: true,
      value: {
        bytes: await writeDocument(composeComparisonReport(data, tx, now), request.format, deps),
        filename,
        mime,
      },
    };
  }
  const opts = {
    includeDemo: request.includeDemo,
    unknownFacility: tx.results('unknownFacility'),
  };
  const loaded =
    request.kind === 'facility'
      ? await loadFacilityReport(request.assessmentId, request.sections, opts)
      : await loadPlanReport(request.assessmentId, opts);
  if (!loaded.ok) return loaded;
  const data = loaded.value;
  const filename = reportFilename(
    tx.reports(request.kind === 'facility' ? 'file.facility' : 'file.plan'),
    data.facility.label,
    data.assessment.periodLabel,
    now,
    request.format,
  );

  if (request.format === 'csv') {
    const { writeCsv, csvDelimiter } = await import('../../io/reports/csv');
    const delimiter = csvDelimiter(request.lang);
    if (request.kind === 'facility' && 'result' in data) {
      const { header, rows } = criterionCsv(
        [
          {
            framework: data.framework,
            assessment: data.assessment,
            facilityLabel: data.facility.label,
          },
        ],
        tx,
      );
      return { ok: true, value: { bytes: writeCsv(header, rows, delimiter), filename, mime } };
    }
    // The plan as a spreadsheet: the same table as in its PDF and Word file.
    const doc = composePlanReport(data as Parameters<typeof composePlanReport>[0], tx, now);
    const table = doc.blocks.find((b): b is ReportTable => b.kind === 'table');
    const bytes = writeCsv(table?.header ?? [], table?.rows ?? [], delimiter);
    return { ok: true, value: { bytes, filename, mime } };
  }

  const doc =
    'result' in data ? composeFacilityReport(data, tx, now) : composePlanReport(data, tx, now);
  return {
    ok: true,
    value: { bytes: await writeDocument(doc, request.format, deps), filename, mime },
  };
}

/** A composed document as PDF or Word, by the writer loaded only now. */
async function writeDocument(
  doc: ReportDocument,
  format: 'pdf' | 'docx',
  deps: MakeDeps,
): Promise<Uint8Array> {
  if (format === 'pdf') {
    const { writePdf } = await import('../../io/reports/pdf');
    return writePdf(doc);
  }
  const { writeDocx } = await import('../../io/reports/docx');
  return writeDocx(doc, deps.rasterise);
}
