/** The localStorage key of the learner's saved progress (a module of its own so the build's route hints can read it). */
export const PROGRESS_KEY = 'psv-progress';
