import { render } from '@testing-library/react';
import { useLocation } from 'react-router';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../../../src/i18n';
import { i18n } from '../../../src/i18n';
import { createAssessment, type NewAssessmentInput } from '../../../src/flows/assessments';
import { db } from '../../../src/db/database';
import { createFacility } from '../../../src/db/facilities-repo';
import { saveLocalFramework } from '../../../src/flows/framework-catalogue';
import type { WriteResult } from '../../../src/db/errors';
import { AssessArea } from '../../../src/features/assess/assess-area';
import type { Assessment, Facility } from '../../../src/schemas/records';
import { minimalWithFacilityTypes } from '../facility-types-fixture';

export const FRAMEWORK = { id: 'minimaal-kader', version: '1.0.0' } as const;

export function unwrap<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Empty database and journal, Dutch UI, and the minimal test framework loaded. */
export async function resetAll(): Promise<void> {
  await i18n.changeLanguage('nl-BE');
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  localStorage.clear();
  const saved = await saveLocalFramework(minimalWithFacilityTypes());
  if (!saved.ok) throw new Error('fixture framework did not load');
}

export async function seedFacility(name = 'De Kade'): Promise<Facility> {
  return unwrap(
    await createFacility({
      name,
      type: 'gemeenschapsinstelling',
      region: 'antwerpen',
      alias: 'GI-1',
    }),
  );
}

export async function seedRound(
  facilityId: string,
  extra: Partial<NewAssessmentInput> = {},
): Promise<Assessment> {
  return unwrap(
    await createAssessment({
      facilityId,
      frameworkId: FRAMEWORK.id,
      frameworkVersion: FRAMEWORK.version,
      periodLabel: '2026 voorjaar',
      participants: [{ role: 'begeleider', count: 3 }],
      ...extra,
    }),
  );
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders the Zelfevaluatie area at `path`, mounted under /zelfevaluatie/* as in the app. */
export function renderArea(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="/zelfevaluatie/*"
          element={
            <>
              <AssessArea />
              <LocationProbe />
            </>
          }
        />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    </MemoryRouter>,
  );
}
