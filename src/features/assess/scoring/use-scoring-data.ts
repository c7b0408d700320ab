import { useLiveQuery } from 'dexie-react-hooks';
import { getAssessment } from '../../../db/assessments-repo';
import { getFacility } from '../../../db/facilities-repo';
import type { Framework } from '../../../schemas/framework';
import type { Assessment, Facility } from '../../../schemas/records';
import { useFramework } from '../../shared/use-frameworks';

export interface ScoringData {
  /** Still reading the database or the framework files. */
  loading: boolean;
  assessment: Assessment | undefined;
  facility: Facility | undefined;
  /** The round this one follows up, if any and still on this device. */
  previous: Assessment | undefined;
  /** The framework version the round is pinned to. */
  framework: Framework | undefined;
  /** The framework version the previous round was made under (its labels may differ). */
  previousFramework: Framework | undefined;
}

/** Everything the scoring screen shows, live from the database. */
export function useScoringData(assessmentId: string): ScoringData {
  const data = useLiveQuery(async () => {
    const assessment = await getAssessment(assessmentId);
    if (!assessment) return { assessment: undefined, facility: undefined, previous: undefined };
    const facility = await getFacility(assessment.facilityId);
    const previous = assessment.previousAssessmentId
      ? await getAssessment(assessment.previousAssessmentId)
      : undefined;
    return { assessment, facility, previous };
  }, [assessmentId]);
  const assessment = data?.assessment;
  const previous = data?.previous;
  const current = useFramework(assessment?.frameworkId, assessment?.frameworkVersion);
  const earlier = useFramework(previous?.frameworkId, previous?.frameworkVersion);
  return {
    loading:
      data === undefined || (!!assessment && current.loading) || (!!previous && earlier.loading),
    assessment,
    facility: data?.facility,
    previous,
    framework: current.framework,
    previousFramework: earlier.framework,
  };
}
