import reviewsFile from '../../../content/reviews.json';
import { loadQuestions } from '../../course/bank-loader';
import { course, everyQuiz } from '../../course/course-data';
import { useLoaded, type Loaded } from '../../course/use-loaded';
import { buildReviewPacket, type ReviewPacket, safetyItemIds } from '../../domain/review/review-packet';
import { checkSignOffs, type ReviewsProblem } from '../../domain/review/sign-offs';

/** The packet and any problems in the reviews file. */
export interface LoadedPacket {
  /** Every safety-tagged item of the build with its review status for this version. */
  packet: ReviewPacket;
  /** Problems in content/reviews.json (the build refuses them, so normally none). */
  problems: ReviewsProblem[];
}

/** Every bank in the build (shown on this site or not: the review covers the content), then the packet. */
async function loadPacket(): Promise<LoadedPacket> {
  const quizzes = await Promise.all(everyQuiz.map(async (q) => ({ title: q.title, questions: await loadQuestions(q) })));
  const today = new Date().toISOString().slice(0, 10);
  const { signOffs, problems } = checkSignOffs(reviewsFile, safetyItemIds(quizzes), today);
  return { packet: buildReviewPacket(quizzes, signOffs, course.version), problems };
}

/** Loads the safety review packet (every scenario bank: its own chunks). */
export function useReviewPacket(): { state: Loaded<LoadedPacket>; retry: () => void } {
  return useLoaded('review-packet', loadPacket);
}
