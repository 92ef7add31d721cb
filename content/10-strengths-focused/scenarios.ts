import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'strengths-focused',
  questions: [
    {
      id: 'str-er-chart-label',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'er',
      title: 'The label in the chart',
      situation:
        'You are a peer bridger in an emergency department. Ray, 44, has come in with back pain for the fifth time this month. A note from an earlier visit calls him "drug-seeking, manipulative," and the nurse hands you the chart saying, "Good luck with this one."',
      prompt: 'How do you start with Ray?',
      options: [
        {
          id: 'meet-fresh',
          text: 'Introduce yourself, ask what brought him in today and what has helped him in the past, and listen for what he has already tried.',
          feedback:
            'This is the best choice. You meet Ray as a person, not a label, and you start from what he knows and has tried. Noticing that he keeps reaching out for help is a strength you can build on, which is what a strengths focus asks.',
          best: true,
        },
        {
          id: 'warn-him',
          text: 'Tell him up front that staff think he is working the system, so he needs to be straight with you.',
          feedback:
            'This brings the label into the room and puts him on the defensive. Shame makes honest talk less likely, not more. A strengths focus means looking past labels to the person and what he does well.',
        },
        {
          id: 'skip-him',
          text: 'Tell the nurse you will see someone else, since the chart suggests he is not ready for help.',
          feedback:
            'This lets a label decide who gets support. Coming back again and again can be a sign of need, and even of persistence. Strengths-focused support starts by meeting him and hearing his story.',
        },
        {
          id: 'compliment',
          text: 'Tell him he seems like a great guy and the chart must be wrong about him.',
          feedback:
            'This is kind but vague, and you do not yet know him. It also sets you against the team. A real strength is something specific you notice, so listen first, then name what you see.',
        },
      ],
    },
    {
      id: 'str-reentry-kitchen',
      kind: 'branch',
      value: 'strengths-focused',
      setting: 'reentry',
      title: '"Nothing to offer"',
      situation:
        'Eddie Ramírez, 51, came home after twelve years in prison. In your first meeting at the reentry center, he says he has "nothing to offer an employer." A few minutes later he mentions, almost in passing, that he ran the prison kitchen for five years.',
      prompt: 'Work through the meeting one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do?',
          options: [
            {
              id: 'get-curious',
              text: 'Ask him what running the kitchen involved, and write down each skill he names.',
              feedback:
                'This is the best first step. You pick up a strength he mentioned and let him describe it in his own words. Writing skills down turns a passing remark into something he can use.',
              best: true,
              next: 'after-curious',
            },
            {
              id: 'cheer-up',
              text: 'Say, "Don’t say that! Any employer would be lucky to have you."',
              feedback:
                'This is well meant, but it is a general compliment, not a strength. It argues with how he feels and gives him nothing concrete. Being strengths-focused means getting specific.',
              next: 'after-cheer',
            },
            {
              id: 'start-with-gaps',
              text: 'Start with the problems: the twelve-year gap on his résumé and how he will answer questions about his record.',
              feedback:
                'These issues are real, but starting with them confirms his belief that he has nothing to offer. It also skips the strength he just named. Begin with what is strong, then plan for the hurdles together.',
              next: 'after-gaps',
            },
          ],
        },
        {
          id: 'after-curious',
          lead: 'Eddie lists planning meals for hundreds of people, training new workers, ordering stock and passing health inspections. Then he says, "But who is going to hire someone with my record?"',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'both-true',
              text: 'Say both things are real: he has strong kitchen skills, and his record is a hurdle. Ask which jobs interest him, and offer to help him plan how he will talk about his record.',
              feedback:
                'This is the best response. A strengths focus does not mean ignoring problems. You name his skills and the hurdle honestly, then build a plan he chooses on what he does well.',
              best: true,
            },
            {
              id: 'ignore-record',
              text: 'Tell him not to worry about his record and to focus only on his skills.',
              feedback:
                'This treats strengths as a reason to look away from a real barrier. He will face the question, and he deserves help getting ready for it. Strengths and problems belong in the same honest conversation.',
            },
            {
              id: 'aim-lower',
              text: 'Suggest he look for jobs with no background check, since a kitchen manager job is a stretch.',
              feedback:
                'This lowers his sights before he has tried, and it sets aside the skills he just listed. Let him choose the goal, and help him build toward it from his strengths.',
            },
          ],
        },
        {
          id: 'after-cheer',
          lead: 'Eddie shrugs. "You have to say that," he says, and changes the subject to his bus pass.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'come-back-specific',
              text: 'Help with the bus pass, then come back to it: "Earlier you said you ran the kitchen. What did a normal day look like?" Name the specific skills you hear.',
              feedback:
                'This is the best recovery. You deal with his practical need, then turn a vague compliment into specific strengths he can believe. Specific, real strengths land where praise does not.',
              best: true,
            },
            {
              id: 'more-praise',
              text: 'Tell him again that he is a great guy and he needs to believe in himself.',
              feedback:
                'More general praise is likely to be brushed off again. He needs to see evidence, not hear cheering. Ask about what he has done and name the skills in it.',
            },
            {
              id: 'drop-it',
              text: 'Talk about the bus pass and leave the job topic for another day.',
              feedback:
                'Following his lead on the bus pass is fine, but dropping the topic leaves him with the belief that he has nothing to offer. You missed the strength he named. Come back to it once the practical need is handled.',
            },
          ],
        },
        {
          id: 'after-gaps',
          lead: 'Eddie’s shoulders drop. "See, that is what I mean," he says. "Twelve years of nothing."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'name-the-kitchen',
              text: 'Say you may have started in the wrong place. Remind him he ran the kitchen, and ask what that work involved so you can both see what he brings.',
              feedback:
                'This is the best recovery. Owning the misstep and turning to his real experience changes "twelve years of nothing" into years of skills. You can plan for the hurdles once he sees his strengths.',
              best: true,
            },
            {
              id: 'push-on',
              text: 'Keep working through the résumé gap, since it has to be dealt with.',
              feedback:
                'The gap does need a plan, but pushing on while he feels worthless makes it harder for him to engage. A strengths focus starts from what he does well. Come back to the gap after.',
            },
            {
              id: 'no-big-deal',
              text: 'Tell him lots of people have gaps on their résumé, so it is no big deal.',
              feedback:
                'This brushes off a real worry and still does not show him what he has to offer. Empty reassurance is not the same as naming strengths. Ask about the kitchen work instead.',
            },
          ],
        },
      ],
    },
    {
      id: 'str-yf-grandmother',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'youth-family',
      title: '"I’m failing everyone"',
      situation:
        'You visit Doreen, 67, as her family peer support worker. She has been raising her three grandchildren since her daughter went into treatment. Homework is spread on the kitchen table, and she mentions she has not missed a single doctor visit for any of the kids. Then she puts her head in her hands and says, "I’m failing everyone."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'reflect-then-notice',
          text: 'Say it sounds like she is carrying a lot. Ask what a normal day looks like, name the specific things you hear her holding together, and ask what she would most like help with.',
          feedback:
            'This is the best choice. You honor her feelings first, then help her see real evidence of her strengths. Building the next step on what she already does well is the heart of a strengths focus.',
          best: true,
        },
        {
          id: 'youre-amazing',
          text: 'Say, "You’re not failing! You’re doing amazing!"',
          feedback:
            'This is warm, but it argues with how she feels and stays vague. She may feel unheard. A strength is specific and tied to what she has done, so name it after you have listened.',
        },
        {
          id: 'fix-list',
          text: 'Ask her to list everything going wrong so you can make a plan to fix each thing.',
          feedback:
            'This keeps the focus only on problems and puts you in charge of the fixing. It can deepen her sense of failure. Start with what she is managing, then let her choose what to work on.',
        },
        {
          id: 'your-story',
          text: 'Tell her about your own hardest year raising kids so she knows she is not alone.',
          feedback:
            'A short, purposeful story can help later, if you ask first. Right now it moves the focus to you before she feels heard. Listen and help her find her own strengths first.',
        },
      ],
    },
    {
      id: 'str-warm-every-appointment',
      kind: 'rank',
      value: 'strengths-focused',
      setting: 'warmline',
      title: 'Everything went wrong',
      situation:
        'Grace, 39, calls the warmline and spends ten minutes listing what went wrong this week. Her car broke down, her boss yelled at her, and her son has been sick. You notice that along the way she mentioned getting to her clinic visit, her son’s school meeting and her support group.',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'reflect-and-ask-how',
          text: 'Reflect how hard the week sounds. Then point out that she made every appointment, even without a car, and ask how she managed it.',
          feedback:
            'This belongs first. You hear her pain, then name a specific strength and get curious about it. Her answer will show supports and skills she can use again.',
        },
        {
          id: 'reflect-and-ask-need',
          text: 'Reflect how hard the week sounds, and ask what she needs most tonight.',
          feedback:
            'This belongs second. It is caring and keeps her in charge, but it misses the strength sitting right in her story. Naming it would give her something to build on.',
        },
        {
          id: 'bright-side',
          text: 'Say, "Look on the bright side, you made all your appointments!"',
          feedback:
            'This belongs third. It spots the right strength, but it skips over her pain and can feel like a brush-off. Strengths land better after a person feels heard.',
        },
        {
          id: 'fix-each',
          text: 'Suggest she make a plan to fix each problem on her list, one at a time.',
          feedback:
            'This belongs last. It focuses only on problems and hands her more work on a hard night. A strengths focus starts with what is already working.',
        },
      ],
    },
    {
      id: 'str-drop-in-giving-away',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'drop-in',
      title: 'The generous goodbye',
      safety: ['suicide-risk'],
      situation:
        'Marcus, 52, is a well-liked member of your recovery community center who often mentors newer members. This week he gave away his guitar and his tools to other members. When you mention it, he smiles and says, "I won’t need them where I’m going. You all have been good to me." Other staff have been praising his generosity.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'ask-directly',
          text: 'Take him somewhere private, tell him what you have noticed, and ask him calmly and directly whether he is thinking about suicide. Stay with him, bring in your supervisor or crisis staff under your protocol, and offer a warm connection to 988. Call 911 if danger is imminent.',
          feedback:
            'This is the best choice. Giving things away and talking about not needing them can be signs of suicide risk, and asking directly is the safe step. A strengths focus never means overlooking risk: safety comes first, and you can still thank him for talking with you.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'praise-generosity',
          text: 'Thank him for his generosity and name it as one of his great strengths.',
          feedback:
            'This is unsafe. It treats possible warning signs as a strength and leaves the risk unspoken. Strengths-focused support never means looking away from danger.',
          safety: 'unsafe',
          instead: 'Ask him privately and directly about suicide, stay with him, and bring in your supervisor or crisis staff.',
        },
        {
          id: 'watch-and-wait',
          text: 'Keep an eye on him and check in with him at next week’s group.',
          feedback:
            'This is unsafe. Waiting a week leaves possible suicide risk with no response. Signs like these call for a direct question and help today.',
          safety: 'unsafe',
          instead: 'Talk with him privately today, ask directly about suicide, and follow your crisis protocol.',
        },
        {
          id: 'leading-question',
          text: 'Ask him, "You’re not thinking of doing anything stupid, are you?"',
          feedback:
            'This is unsafe. The question invites a quick "no" and carries shame, so he is less likely to tell you the truth. Ask in a calm, plain way that shows you can hear the answer.',
          safety: 'unsafe',
          instead: 'Ask calmly and without judgment, "Are you thinking about suicide?", then stay with him and follow your protocol.',
        },
      ],
    },
    {
      id: 'str-yf-teen-tells-you',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'youth-family',
      title: 'She told you',
      safety: ['minor-at-risk', 'suicide-risk'],
      situation:
        'Ana, 15, stays after your youth peer group at a community center. Earlier she stood up for a younger member who was being teased. Now she tells you she has been hurting herself when she feels overwhelmed, and asks you not to tell her mom. She adds that she is "not, like, suicidal or anything."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'thank-and-bring-in',
          text: 'Thank her for trusting you, and tell her honestly that you can’t keep this between you because her safety matters. Stay with her, bring in your supervisor now, and follow your program’s youth safety policy and your state or local law, including what they say about telling a parent. Ask what would help her feel supported while you do.',
          feedback:
            'This is the best choice. Naming the courage it took to tell you is a real strength-focused step, but a young person who is hurting herself needs more help than you can give alone. Follow the youth safety policy and bring in your supervisor; if she is in immediate danger, call 911, and remember she can call or text 988 any time.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'keep-secret',
          text: 'Promise not to tell, since she says she is not suicidal, and focus on her strengths, like how brave she was in group.',
          feedback:
            'This is unsafe. A young person who is hurting herself needs adults who can help, and a promise of secrecy leaves her alone with it. Strengths matter, but they never replace following your youth safety policy.',
          safety: 'unsafe',
          instead: 'Be honest that you can’t keep this secret, stay with her, and bring in your supervisor under the youth safety policy.',
        },
        {
          id: 'investigate',
          text: 'Ask her detailed questions about how and how often she hurts herself, so you can judge how serious it is.',
          feedback:
            'This is unsafe. Detailed questions about methods are not safe to discuss, and judging risk is not a peer’s job. Your role is to notice, stay with her and connect her to help.',
          safety: 'unsafe',
          instead: 'Do not ask for details. Stay with her and bring in your supervisor or the on-call clinician under your policy.',
        },
        {
          id: 'group-support',
          text: 'Suggest she share it at next week’s group so the other members can support her.',
          feedback:
            'This is unsafe. It delays getting her help and could expose something private in front of others. Peer support from the group is not a substitute for your program’s safety steps.',
          safety: 'unsafe',
          instead: 'Respond today: stay with her, bring in your supervisor and follow the youth safety policy.',
        },
      ],
    },
    {
      id: 'str-rural-strong-enough',
      kind: 'single',
      value: 'strengths-focused',
      setting: 'rural-telehealth',
      title: '"Strong men don’t need pills"',
      safety: ['medication-diagnosis'],
      situation:
        'On a video call, Wade, 46, a wheat farmer two hours from the nearest clinic, tells you he is proud of how tough he has been this year. He says the medication his prescriber started helped him get through the winter. But, he says, "strong men don’t need pills," so he plans to stop taking it today.',
      prompt: 'How do you respond?',
      options: [
        {
          id: 'strength-includes-asking',
          text: 'Name the grit you have seen in him this year, and say strength can include asking questions. Encourage him to talk with his prescriber before changing anything, and offer to help him list his questions or join a telehealth visit if he wants.',
          feedback:
            'This is the best choice. You honor a real strength and stay in your role on the medication question. Linking him back to his prescriber, with your support, keeps the decision safe and his.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'you-know-best',
          text: 'Agree that he knows himself best, and that if he feels strong, he can stop.',
          feedback:
            'This is unsafe. Stopping a medication suddenly can carry risks that only a prescriber can weigh. Respecting his strength does not mean giving medication advice.',
          safety: 'unsafe',
          instead: 'Affirm his strength and encourage him to talk with his prescriber before he changes anything.',
        },
        {
          id: 'own-story',
          text: 'Tell him you stopped your own medication once and did fine.',
          feedback:
            'This is unsafe. Your experience is not medical advice, and it could push him toward a risky choice. Sharing your own medication history as guidance is outside the peer role.',
          safety: 'unsafe',
          instead: 'Keep your own medication history out of it, and help him take his plan to his prescriber.',
        },
        {
          id: 'you-must-keep-taking',
          text: 'Tell him stopping is a bad idea and he must keep taking it.',
          feedback:
            'This may sound safe, but it is still a medication opinion outside your role, and it talks over him. It also misses the strength he is proud of. Point him to his prescriber and help him prepare for that talk.',
        },
      ],
    },
    {
      id: 'str-res-what-she-has',
      kind: 'multi',
      value: 'strengths-focused',
      setting: 'residential',
      title: '"I don’t have anything going for me"',
      situation:
        'Mei, 33, is getting ready for her discharge planning meeting at a residential program. She tells you, "I don’t have anything going for me." Over the past few weeks you have noticed several things about her, and you want to help her see them.',
      prompt: 'Which of these are strengths she could build on? Choose all that apply.',
      options: [
        {
          id: 'sister-visits',
          text: 'Her sister visits every Sunday and has offered to help her find work.',
          feedback:
            'Correct. This is an outside strength: a caring relationship and a practical offer of help. Supports like this can anchor a discharge plan.',
          correct: true,
        },
        {
          id: 'taught-guitar',
          text: 'She taught herself guitar from online videos and now plays at the evening circle.',
          feedback:
            'Correct. This shows inner strengths such as patience, self-teaching and a willingness to share with others. These can carry over into other goals.',
          correct: true,
        },
        {
          id: 'honest-in-group',
          text: 'She speaks honestly in group about her cravings, even on hard days.',
          feedback: 'Correct. Honesty about what is hard is a real inner strength. It helps her ask for support when she needs it.',
          correct: true,
        },
        {
          id: 'staff-label',
          text: 'Staff describe her as "pleasant and compliant."',
          feedback:
            'Not quite. This describes how she fits the program, not something she can build on in her own life. Ask Mei what she thinks she does well instead.',
          correct: false,
        },
        {
          id: 'discharge-date',
          text: 'Her discharge date is in two weeks.',
          feedback:
            'Not a strength. It is a fact about her program, not a skill, quality or support she brings. Strengths are things she can use going forward.',
          correct: false,
        },
      ],
    },
    {
      id: 'str-reentry-rewrite-labels',
      kind: 'multi',
      value: 'strengths-focused',
      setting: 'reentry',
      title: 'Rewriting the labels',
      situation:
        'At a reentry program, your supervisor asks the team to rewrite labels found in old notes. One note calls Luis, 35, "non-compliant" and "manipulative." You know Luis found a job within two weeks of release, has missed check-ins since his shift changed, and often asks different staff the same question.',
      prompt: 'Which rewrites describe Luis in a plain, specific and strengths-aware way? Choose all that apply.',
      options: [
        {
          id: 'shift-conflict',
          text: 'Missed three check-ins this month; says his new work shift overlaps with the check-in time.',
          feedback: 'Correct. It states what happened and his reason, without a label. Now the team can solve a real scheduling problem.',
          correct: true,
        },
        {
          id: 'checks-answers',
          text: 'Often asks more than one staff member the same question; says he has been given different answers and wants to be sure he gets it right.',
          feedback:
            'Correct. What looked like a trick is described as a behavior with a reason. It even shows care about getting things right.',
          correct: true,
        },
        {
          id: 'found-job',
          text: 'Found a job within two weeks of release and is asking how to fit check-ins around it.',
          feedback: 'Correct. This names a real strength and the problem together. It gives the team something to build on.',
          correct: true,
        },
        {
          id: 'vague-praise',
          text: 'Luis is doing great and has a lot of potential.',
          feedback:
            'Not a good rewrite. It is kind but vague, and it hides the missed check-ins. Strengths-aware notes are specific and honest about problems too.',
          correct: false,
        },
        {
          id: 'new-label',
          text: 'Luis is always working the system.',
          feedback:
            'Not a good rewrite. It swaps one label for another and still says nothing about what he actually did. Describe the behavior and the reason instead.',
          correct: false,
        },
      ],
    },
    {
      id: 'str-res-problem-only-plan',
      kind: 'value',
      value: 'strengths-focused',
      setting: 'residential',
      title: 'A plan with eight problems',
      situation:
        'At a residential program, Tomás, 24, sits in on his plan review. His plan lists eight problems and no strengths. He mentions that he fixes other residents’ bikes and helps newcomers settle in, but the counselor says, "We need to stay focused on his issues," and moves on.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Yes. His plan sees only problems, and the strengths he named were set aside. A strengths focus would build his plan on his skills and his care for others.',
          best: true,
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Close. Goal-setting is involved, and plans built on strengths tend to work better. But the core problem is that his strengths are left out entirely.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'A problem-only plan can wear down hope, so this value is touched. Still, the main issue is what the plan leaves out: what is strong about him.',
        },
        {
          id: 'honest-direct',
          value: 'honest-and-direct',
          feedback:
            'Honesty is not the main issue here. No one is hiding facts or avoiding a hard truth. The gap is that his strengths are missing from the plan.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
