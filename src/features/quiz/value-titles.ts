import { course } from '../../course/course-data';
import type { ValueId } from '../../domain/content/content-types';

/** A value's name as learners see it ("Honest and direct"), from the course manifest. */
export function valueTitle(value: ValueId): string {
  return course.modules.find((m) => m.id === value)?.title ?? value;
}
