import { beforeEach, expect, test, vi } from 'vitest';
import * as CourseData from '../../../src/course/course-data';
import { course } from '../../../src/course/course-data';
import { lessonContent } from '../../../src/features/lesson/lesson-view';

vi.mock('../../../src/course/course-data', async (importOriginal) => ({
  ...(await importOriginal<typeof CourseData>()),
  loadLesson: vi.fn(),
}));

const hopeful = course.modules.find((m) => m.id === 'hopeful');
if (!hopeful) throw new Error('the course has no Hopeful module');
const Lesson = () => null;

beforeEach(() => vi.mocked(CourseData.loadLesson).mockReset());

test('a lesson that could not load (offline) is tried again the next time it is opened, not kept as failed', async () => {
  vi.mocked(CourseData.loadLesson)
    .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
    .mockResolvedValue(Lesson);
  await expect(lessonContent(hopeful)).rejects.toThrow('Failed to fetch');
  await expect(lessonContent(hopeful)).resolves.toBe(Lesson);
  expect(CourseData.loadLesson).toHaveBeenCalledTimes(2);
});

test('a lesson is loaded once: later calls share the first load', async () => {
  const respectful = course.modules.find((m) => m.id === 'respectful');
  if (!respectful) throw new Error('the course has no Respectful module');
  vi.mocked(CourseData.loadLesson).mockResolvedValue(Lesson);
  const first = lessonContent(respectful);
  expect(lessonContent(respectful)).toBe(first);
  await first;
  expect(CourseData.loadLesson).toHaveBeenCalledTimes(1);
});
