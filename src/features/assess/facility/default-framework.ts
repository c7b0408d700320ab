// The rule lives in domain so that other areas (the demo loader in Settings) choose the same way.
export {
  defaultFrameworkKey,
  frameworkKey,
  type FrameworkChoice,
} from '../../../domain/default-framework';
