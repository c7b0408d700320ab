import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getAssessment } from '../../db/assessments-repo';
import { getFacility } from '../../db/facilities-repo';
import type { Framework } from '../../schemas/framework';
import type { Assessment, Facility } from '../../schemas/records';
import { useFrameworks } from '../shared/use-frameworks';

export interface RoundResultsData {
  loading: boolean;
  assessment: Assessment | undefined;
  facility: Facility | undefined;
  framework: Framework | undefined;
}

/** One round with its facility and the framework version it was made under, live. */
export function useRoundResults(assessmentId: string): RoundResultsData {
  const data = useLiveQuery(async () => {
    const assessment = await getAssessment(assessmentId);
    const facility = assessment ? await getFacility(assessment.facilityId) : undefined;
    return { assessment, facility };
  }, [assessmentId]);
  const refs = useMemo(
    () => (data === undefined ? undefined : data.assessment ? [data.assessment] : []),
    [data],
  );
  const frameworks = useFrameworks(refs);
  const assessment = data?.assessment;
  return {
    loading: data === undefined || frameworks.loading,
    assessment,
    facility: data?.facility,
    framework: assessment ? frameworks.get(assessment) : undefined,
  };
}
