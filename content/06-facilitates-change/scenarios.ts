import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'facilitates-change',
  questions: [
    {
      id: 'fac-reentry-all-this-week',
      kind: 'branch',
      value: 'facilitates-change',
      setting: 'reentry',
      title: 'Everything, this week',
      situation:
        'Denise, 34, was released from prison yesterday. At the reentry center she tells you that this week she needs housing, an ID, a job, her kids back, and to get back on her medication for opioid use disorder. Her voice is shaking, and she says, "If I don\'t do it all now, I\'ll lose everything."',
      safety: ['medication-diagnosis'],
      prompt: 'Work through this first week with Denise.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'sort-together',
              text: 'Say it all matters, then ask what has to happen first. Offer to call her medication clinic together so she can book a visit with her prescriber.',
              feedback:
                'This keeps the goals hers and helps her sort them into a starting point. Reconnecting with her prescriber is a health need, and helping her make that call stays within the peer role. Facilitating change means making the next step easier, not taking over.',
              best: true,
              safety: 'escalates',
              next: 'after-sort',
            },
            {
              id: 'write-plan',
              text: 'Write out a full day-by-day plan for her week, since you know the system better.',
              feedback:
                'You may know the system, but a plan you write alone belongs to you, not to Denise. People follow plans they help make. Facilitating change means building the plan with her.',
              next: 'after-takeover',
            },
            {
              id: 'medication-can-wait',
              text: 'Tell her the medication can wait until she is settled; getting her kids back matters most.',
              feedback:
                'A peer worker should never advise anyone to delay or stop medication. That is a decision for her and her prescriber, and a gap can carry real health risks. It also puts your priorities in place of hers.',
              safety: 'unsafe',
              instead:
                'Treat her medication as her health decision: help her contact her clinic or prescriber quickly, and let her set the order of her other goals.',
              next: 'after-takeover',
            },
          ],
        },
        {
          id: 'after-sort',
          lead: 'Denise takes a breath. She says the clinic visit and her ID come first, because the ID unlocks most of the rest. The clinic books her for tomorrow.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'small-steps',
              text: 'Break the ID goal into small steps with her, ask what could get in the way, such as childcare or a ride, and set a time to check in Thursday.',
              feedback:
                'Small, specific steps, a look at barriers and supports, and a check-back are the heart of shared problem-solving. The pace stays hers. This is facilitating change at its best.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'add-more',
              text: 'Now that she has momentum, add the job search and the housing forms to tomorrow too.',
              feedback:
                'Piling on goals can crush someone who just found her footing. Small wins build momentum; too many steps can lead to giving up. Let her choose when to add more.',
            },
            {
              id: 'list-and-go',
              text: 'Give her a printed list of ID offices and say good luck.',
              feedback:
                'A list is a cold referral. Without steps, a plan for barriers, or a check-in, it is easy for the goal to stall. Offer to stay connected as she takes the steps.',
            },
          ],
        },
        {
          id: 'after-takeover',
          lead: 'Denise goes quiet and says, "Fine, whatever you think." Two days later she calls, upset. She missed the first appointment because she had no childcare, and she sounds ready to give up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'repair-and-restart',
              text: 'Say you moved too fast and planned for her instead of with her. Ask what matters most to her now, and help her reach her clinic if she still needs to.',
              feedback:
                'Owning your part rebuilds trust, and asking her again puts the goals back in her hands. Helping her connect with her clinic keeps her health in view without advising on medication. This turns a setback into information.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'try-harder',
              text: 'Tell her she has to try harder if she wants her kids back.',
              feedback:
                'This blames her for a plan that did not fit her life. Shame rarely builds change. Look at the barrier, childcare, and plan for it together.',
            },
            {
              id: 'new-plan',
              text: 'Write her a new, simpler plan and book the next appointment for her.',
              feedback:
                'A simpler plan is still your plan. Denise has not been asked what she wants or what got in the way. Facilitating change means making the plan together.',
            },
          ],
        },
      ],
    },
    {
      id: 'fac-warmline-tuesday',
      kind: 'single',
      value: 'facilitates-change',
      setting: 'warmline',
      title: 'It falls apart by Tuesday',
      situation:
        'Marisol, 41, calls the warmline most weeks. She wants to go back to community college. She tells you that every plan she makes "falls apart by Tuesday," and she is starting to think she is just lazy.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'explore-tuesday',
          text: 'Ask what usually happens by Tuesday, reflect back what she says, then ask what one small step could fit in a week like that.',
          feedback:
            'This looks at the real barrier instead of blaming her. Then it shrinks the goal to a step she feels sure about. Facilitating change means solving problems with her, one small step at a time.',
          best: true,
        },
        {
          id: 'study-schedule',
          text: 'Offer to build her a full weekly study schedule so she has structure.',
          feedback:
            'Structure can help, but a schedule you design does not explain why her plans keep falling apart. It also puts you in charge of her goal. Ask about the barrier first, and build steps with her.',
        },
        {
          id: 'not-realistic',
          text: 'Gently suggest that school might not be realistic right now.',
          feedback:
            'This gives up on her goal for her. Her goal is still valid; the plan just needs to fit her life. Facilitating change means keeping her goal alive.',
        },
        {
          id: 'just-motivation',
          text: 'Tell her she is not lazy and that she just needs to stay motivated.',
          feedback:
            'Kind words help, but they skip the question of what goes wrong. Motivation alone does not fix a late Monday shift. Get curious about the barrier together.',
        },
      ],
    },
    {
      id: 'fac-residential-payday-weekend',
      kind: 'multi',
      value: 'facilitates-change',
      setting: 'residential',
      title: 'The payday weekend',
      situation:
        "Crystal, 26, leaves residential treatment on Friday. That weekend is also payday, and her old friends always go out together. She says, \"I don't know what I'm going to do,\" and then adds that she is not ready to promise she won't drink.",
      prompt: 'Which responses help Crystal build her own plan? Choose all that apply.',
      options: [
        {
          id: 'ask-picture',
          text: 'Ask what she wants that weekend to look like, and what she would like to feel on Monday morning.',
          feedback:
            'Open questions help Crystal name her own goal in her own words. A goal she chooses is one she is more likely to act on. This is where facilitating change starts.',
          correct: true,
        },
        {
          id: 'barriers-supports',
          text: 'Help her list what could make the weekend hard, and who or what could help: a person to call, a place to be, a plan for payday.',
          feedback:
            'Naming barriers and supports is a core step in shared problem-solving. It turns a worry into a plan she can use. She stays in charge of the choices.',
          correct: true,
        },
        {
          id: 'warm-intro',
          text: 'Offer to introduce her to a recovery community center that has weekend events, and set a check-in call for Saturday if she wants one.',
          feedback:
            'A personal introduction and a planned check-in are a warm handoff. They make it easier to reach support when she needs it. Offering, not insisting, keeps the choice hers.',
          correct: true,
        },
        {
          id: 'no-promise-no-plan',
          text: 'Tell her that unless she commits to not drinking, there is nothing to plan.',
          feedback:
            'Any goal she chooses counts, and recovery has many pathways. Refusing to plan leaves her with less support on a risky weekend. Work with the goals she is ready to set.',
          correct: false,
        },
        {
          id: 'rule-list',
          text: 'Write her a list of rules for the weekend, starting with cutting off all her old friends.',
          feedback:
            'Rules written for her are your plan, not hers, and cutting off everyone may not fit her life or her wishes. She is more likely to follow steps she helped build. Ask instead of telling.',
          correct: false,
        },
      ],
    },
    {
      id: 'fac-er-intake-on-hold',
      kind: 'rank',
      value: 'facilitates-change',
      setting: 'er',
      title: 'On hold with an hour to go',
      situation:
        'Mei, 45, tells you in the emergency department that she wants outpatient treatment. You call the clinic intake line with her permission, but you keep getting put on hold. She is being discharged in about an hour.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'keep-trying-warm',
          text: 'Keep trying while she waits, ask if she would like a three-way call when someone answers, and set up a follow-up call tomorrow either way.',
          feedback:
            'This belongs first. It is a warm handoff: a personal link with the clinic and a plan to follow up. It gives Mei the best chance of reaching the treatment she asked for.',
        },
        {
          id: 'call-tomorrow',
          text: 'Get her consent and number, then promise to call her tomorrow once you reach the clinic.',
          feedback:
            'This belongs second. You stay involved and follow up, which helps. But she leaves without a link in hand, and a day can change a lot.',
        },
        {
          id: 'number-and-list',
          text: 'Give her the clinic number and a printed resource list to call on her own.',
          feedback:
            'This belongs third. It is a cold referral. A list is not a connection, and long holds wear people down, so the chance of follow-through drops.',
        },
        {
          id: 'come-back',
          text: 'Tell her the clinic is hard to reach and she can come back to the emergency department if things get worse.',
          feedback:
            'This belongs last. It drops the goal she just named and offers no link to treatment. Facilitating change means helping her take the next step, not waiting for things to get worse.',
        },
      ],
    },
    {
      id: 'fac-rural-better-off',
      kind: 'single',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      title: 'Goal talk on a video call',
      situation:
        'You are working on job goals with Ray, 50, over video. You confirmed at the start that he is at home and noted his callback number. Partway through, he stops, looks away and says, "Honestly, I don\'t know why I bother. Everyone would be better off without me."',
      safety: ['suicide-risk', 'remote-risk'],
      prompt: 'What do you do?',
      options: [
        {
          id: 'pause-ask-protocol',
          text: 'Pause the goal work. Stay on the call, ask him calmly and directly if he is thinking about suicide, and follow your crisis protocol, bringing in your supervisor or crisis staff and a warm connection to 988. Call 911 if danger is imminent.',
          feedback:
            'Safety comes before any goal. Asking directly is caring, and staying on the call while you follow protocol keeps him connected, with 911 ready if danger is imminent. Facilitating change pauses here, because nothing else can move forward until he is safe.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'stay-positive',
          text: 'Steer back to the job plan to help him focus on something positive.',
          feedback:
            'Moving on skips a possible sign of suicide risk. Goal work is never more important than safety. He may feel unheard at the worst moment.',
          safety: 'unsafe',
          instead:
            'Pause the goal, ask directly about suicide, stay on the call and follow your crisis protocol. Connect him with 988, and call 911 if danger is imminent.',
        },
        {
          id: 'end-and-reschedule',
          text: 'Say this sounds like a hard day, end the call, and offer to pick it up next week.',
          feedback:
            'Ending a call with someone who may be at risk leaves him alone. Never hang up on possible risk, and never wait until the next session. This is unsafe.',
          safety: 'unsafe',
          instead:
            'Stay on the call, ask directly about suicide, and follow your crisis protocol with your supervisor. Use 988, and call 911 if danger is imminent.',
        },
        {
          id: 'text-number',
          text: 'Send him the 988 number in the chat and carry on with the session.',
          feedback:
            'Sharing 988 is good, but dropping a number and moving on is not enough. He needs you to ask, stay with him, and follow protocol. A number alone is a cold referral at a time that calls for a warm one.',
          safety: 'unsafe',
          instead: 'Ask directly about suicide, stay with him, and make a warm connection to 988 or crisis staff under your protocol.',
        },
      ],
    },
    {
      id: 'fac-drop-in-stopping-meds',
      kind: 'single',
      value: 'facilitates-change',
      setting: 'drop-in',
      title: 'Off everything by summer',
      situation:
        'Héctor, 36, comes to the drop-in center every week. Today he says his goal is to be "off all my meds by summer." He asks you to help him make a plan to cut down his psychiatric medication on his own.',
      safety: ['medication-diagnosis'],
      prompt: 'How do you respond?',
      options: [
        {
          id: 'prescriber-prep',
          text: 'Take his goal seriously and ask what is behind it. Explain that medication changes are for him and his prescriber to work out, and offer to help him write down his questions or go with him to the appointment.',
          feedback:
            'This keeps the goal his and helps him move toward it safely, within the peer role. Preparing questions and going along are real ways to facilitate change. Medication decisions belong with his prescriber.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'taper-schedule',
          text: 'Help him sketch a schedule for cutting down a little each week.',
          feedback:
            'Planning medication changes is outside the peer role and could harm his health. Even with good intentions, this is giving medical advice. It is unsafe.',
          safety: 'unsafe',
          instead: 'Help him prepare questions for his prescriber, and offer to go with him to the appointment.',
        },
        {
          id: 'own-story',
          text: 'Tell him how you stopped your own medication, so he knows it can be done.',
          feedback:
            'Your own medication history is not advice for someone else. Sharing it this way can push him toward a risky step. It is unsafe.',
          safety: 'unsafe',
          instead: 'Keep your story out of medication decisions, and help him bring his goal to his prescriber.',
        },
        {
          id: 'bad-idea',
          text: 'Tell him that wanting to stop is a bad idea and he should drop the goal.',
          feedback:
            'This dismisses a goal that matters to him, and it is also a medical opinion you are not in a position to give. He may stop talking to you about it. Help him bring it to his prescriber instead.',
        },
      ],
    },
    {
      id: 'fac-youth-job-or-grades',
      kind: 'multi',
      value: 'facilitates-change',
      setting: 'youth-family',
      title: 'A job or the grades?',
      situation:
        'Priya, 17, is in a youth peer mentoring program. She wants a part-time job so she can save for a car. Her mom wants her to focus on her grades. Priya says, "Every time I bring it up, we just end up arguing."',
      prompt: 'Which responses help Priya move toward change? Choose all that apply.',
      options: [
        {
          id: 'her-words',
          text: 'Ask what the job and the car would mean for her, and reflect back what you hear.',
          feedback:
            'Open questions and reflections help Priya name her goal in her own words. Knowing why it matters to her shapes every later step. This is how facilitating change starts.',
          correct: true,
        },
        {
          id: 'plan-the-talk',
          text: 'Help her plan how she might raise it with her mom, including what her mom worries about.',
          feedback:
            'This is shared problem-solving: the barrier is the arguing, so you plan for it together. Priya stays in charge of what she says. It also respects her family.',
          correct: true,
        },
        {
          id: 'take-side',
          text: 'Call her mom and tell her Priya is old enough to decide.',
          feedback:
            'Speaking for Priya takes the goal out of her hands and may make the arguing worse. Offer to support a family conversation only if Priya wants that. She should lead.',
          correct: false,
        },
        {
          id: 'small-test',
          text: 'Explore a small first step, like a weekend-only job, that might work for both her goal and her grades.',
          feedback:
            'Small, specific steps make change easier and can ease a family standoff. Priya decides whether the idea fits. This is problem-solving with her, not for her.',
          correct: true,
        },
        {
          id: 'grades-first',
          text: 'Tell her that her mom is right and school comes first.',
          feedback:
            'This puts your view in place of hers and ends the conversation. Her goal deserves to be explored. Facilitating change means helping her find a way forward.',
          correct: false,
        },
      ],
    },
    {
      id: 'fac-drop-in-shelter-volunteer',
      kind: 'value',
      value: 'facilitates-change',
      setting: 'drop-in',
      title: 'Six months of "someday"',
      situation:
        "Sunil, 59, has told his peer worker for six months that he wants to volunteer at the animal shelter. Each week the peer worker listens warmly and agrees it sounds great. But they have never asked what first step he could take, or offered to connect him with the shelter's volunteer coordinator.",
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Yes. Sunil has a clear goal, but no steps, no plan for barriers and no link to the shelter. Facilitating change means helping him move from "someday" to a first step.',
          best: true,
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'The peer worker is already listening warmly, so empathy is not what is missing. What is missing is help turning the goal into action. That is facilitating change.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Sunil seems hopeful about the goal, and the peer worker agrees it sounds great. The gap is practical: steps and a connection. Facilitating change is most at stake.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'No one is pushing Sunil, and he wants this goal. Choice is intact. The missing piece is help taking the first step, which is facilitating change.',
        },
      ],
    },
    {
      id: 'fac-rural-cutting-down',
      kind: 'single',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      title: 'Cutting down, not quitting',
      situation:
        'Walt, 62, lives on a ranch an hour from town, and you meet him by video. He says he wants to cut down on his drinking, not quit. He wants to be steady enough to keep working with his son. There is no in-person meeting within 50 miles.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'his-goal',
          text: 'Take his goal seriously. Ask what "cutting down" would look like for him and how he would know it is working, then explore options he might like, such as online mutual-aid meetings or a talk with his doctor.',
          feedback:
            'Any goal Walt chooses counts, and recovery has many pathways. Asking how he will know it is working turns his goal into something he can track. Offering options that fit rural life helps him act on it.',
          best: true,
        },
        {
          id: 'quit-or-nothing',
          text: 'Explain that cutting down rarely works and suggest he aim to quit completely.',
          feedback:
            'This swaps his goal for yours. He may stop talking with you, and then nothing changes. Facilitating change means starting from the goal he has.',
        },
        {
          id: 'nothing-nearby',
          text: 'Agree that with no meetings nearby, there is not much you can set up.',
          feedback:
            'Distance is a barrier to plan around, not a reason to stop. Online meetings, phone support and his son are all possible supports. Help him look at options.',
        },
        {
          id: 'your-plan',
          text: 'Tell him the drink limits you think he should follow each week.',
          feedback:
            'Setting limits for him takes over his plan and moves toward health advice that belongs with a clinician. Ask what he wants to try and how it is going. Offer to help him bring questions to his doctor if he wants.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
