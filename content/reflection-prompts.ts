/**
 * Each lesson's reflection prompt, answered in the learner's private journal: the lesson's
 * <Reflect /> shows it, and so does "My reflections". One per module id; the content check fails
 * on a missing, empty or extra one. Apart from the manifest (course.ts) because every first visit
 * loads the manifest, and only those two pages read the prompts
 * (docs/decisions/0022-first-visit-on-demand.md).
 */
import type { ReflectionPrompts } from '../src/domain/content/content-types';

export const reflectionPrompts = {
  voluntary: 'Think of a time someone pushed you to accept help. What did it feel like, and what would have made it a real choice?',
  hopeful: 'Who or what gave you hope when things looked bleak? How could you offer something like that without making promises?',
  'open-minded': 'Which recovery path or belief is hardest for you to accept without judging? What could help you stay curious instead?',
  empathetic:
    'Recall a story at work that stirred up your own history. What did you notice in yourself, and who could you talk it through with?',
  respectful:
    'Which boundary is hardest for you to hold kindly: gifts, money, contact after hours, or friendship? How would you explain it to someone you support?',
  'facilitates-change': 'Think of a goal you reached in small steps. Who helped you, and what did they do that let the goal stay yours?',
  'honest-and-direct':
    'How would you explain the limits of confidentiality to someone you are meeting for the first time? Write it as you would say it.',
  'mutual-and-reciprocal':
    'What have you learned from someone you supported? How could you let them know, without turning the focus to you?',
  'equally-shared-power':
    'Where does your role give you power the people you support do not have? Name one way you could share it this week.',
  'strengths-focused': 'Write down three strengths that helped you through a hard time. How might you help someone else find theirs?',
} satisfies ReflectionPrompts;
