/**
 * Makes one report file: the data from the database (flows/reports), the words in the chosen
 * language (compose), the file by a writer loaded only now (io/reports: pdfmake and docx are
 * large, so they stay out of every screen's code until a report is asked for).
 */
import type { ReportSection } from '../../domain/report';
import type { ReportTable } from '../../domain/report-document';
import { loadFacilityReport, loadPlanReport, type ReportDataError } from '../../flows/reports';
import { composeFacilityReport, composePlanReport, criterionCsv, reportFilename } from './compose';
import { rasteriseSvg } from './rasterise';
import { reportTexts } from './texts';

export type ReportKind = 'facility' | 'plan';
export type ReportFormat = 'pdf' | 'docx' | 'csv';

export interface ReportRequest {
  kind: ReportKind;
  format: ReportFormat;
  assessmentId: string;
  sections: readonly ReportSection[];
  lang: string;
  includeDemo: boolean;
}

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
  const mime = MIME[request.format];

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
  if (request.format === 'pdf') {
    const { writePdf } = await import('../../io/reports/pdf');
    return { ok: true, value: { bytes: await writePdf(doc), filename, mime } };
  }
  const { writeDocx } = await import('../../io/reports/docx');
  return { ok: true, value: { bytes: await writeDocx(doc, deps.rasterise), filename, mime } };
}
