import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'open-minded',
  questions: [
    {
      id: 'opn-drop-methadone',
      kind: 'single',
      value: 'open-minded',
      setting: 'drop-in',
      title: 'Who counts as in recovery?',
      situation:
        'At a recovery community center, Darnell, 44, mentions that he has taken methadone for two years. Ruth, 58, who is in long-term recovery through a twelve-step group, tells him he’s "not really clean." Darnell’s face falls. Both of them turn to you to settle it.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'many-paths',
          text: 'Say calmly that medication for opioid use disorder is a recognized treatment and that recovery has many paths. Add that each person here gets to define their own recovery, then ask Darnell and Ruth what has helped each of them.',
          feedback:
            'This is open-mindedness in action. You correct a harmful myth with facts, without shaming Ruth, and you make room for both paths. SAMHSA and NIDA treat medication for opioid use disorder as treatment, so Darnell’s path is a real one.',
          best: true,
        },
        {
          id: 'side-ruth',
          text: 'Agree gently with Ruth that full recovery means being free of all drugs, but tell Darnell that methadone is a good first step.',
          feedback:
            'This sounds kind, but it ranks Darnell’s path below Ruth’s and repeats a myth. Open-mindedness means supporting the path a person chooses, not treating medication as a lesser stage. Darnell may hear that he will never quite count here.',
        },
        {
          id: 'stay-out',
          text: 'Say it’s not your place to take sides, and change the subject.',
          feedback:
            'Staying neutral leaves a stigmatizing message standing in a shared space. The IC&RC Peer Recovery domains ask peers to advocate for multiple pathways. You can do that calmly, with open-mindedness toward both members, without shaming anyone.',
        },
        {
          id: 'shame-ruth',
          text: 'Tell Ruth, in front of everyone, that her view is ignorant and outdated and that comments like that are not welcome here.',
          feedback:
            'You defend Darnell, but you judge Ruth the way she judged him. Open-mindedness covers everyone in the room, including people whose views you disagree with. Calm facts and curiosity are more likely to change a mind than public shame.',
        },
      ],
    },
    {
      id: 'opn-reentry-mosque',
      kind: 'branch',
      value: 'open-minded',
      setting: 'reentry',
      title: 'The mosque and the sign-in sheet',
      situation:
        'Yusuf, 38, came home from prison three weeks ago. He plans to stop drinking with support from his mosque, his imam and his brothers. His reentry plan says he must bring a signed twelve-step attendance sheet every week. He tells you, "I’ll go if I have to, but that’s not my path."',
      prompt: 'How do you help Yusuf?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'explore',
              text: 'Ask him to tell you about the support he has at the mosque and at home. Then offer to help him ask his parole officer whether that support could count toward the condition.',
              feedback:
                'You start with curiosity about the path he chose, which is the heart of open-mindedness. You also take the condition seriously and offer to advocate inside the system, not around it. Faith communities are one of many paths to recovery.',
              best: true,
              next: 'after-explore',
            },
            {
              id: 'push-meetings',
              text: 'Tell him the sheet is required, so the simplest thing is to go to the meetings. The mosque can be extra support.',
              feedback:
                'You treat the rule as the whole story and his own path as an add-on. That tells him his faith doesn’t count. Open-mindedness means learning about his plan first and looking for ways the system can make room for it.',
              next: 'after-push',
            },
            {
              id: 'skip-it',
              text: 'Tell him the condition is unfair, his faith is enough, and he can skip the meetings.',
              feedback:
                'You honor his path, but you set him up to break a release condition, which could send him back to prison. Being open-minded does not mean ignoring real rules. Help him ask for a change through the proper channel instead.',
            },
          ],
        },
        {
          id: 'after-explore',
          lead: 'Yusuf lights up as he describes a weekly support circle at the mosque and daily check-ins with his brother. He calls his parole officer and asks you to join. The officer says, "Twelve-step is what works. Why would I accept anything else?"',
          prompt: 'What do you say?',
          options: [
            {
              id: 'advocate',
              text: 'With Yusuf’s okay, say that recovery has many recognized paths, invite Yusuf to describe his plan in his own words, and ask what proof of attendance at the mosque circle the officer would accept.',
              feedback:
                'You advocate for multiple pathways, which the IC&RC Peer Recovery domains name as part of the peer role. Letting Yusuf speak for his plan keeps his voice at the center. Asking what proof would work gives the officer a practical way to say yes.',
              best: true,
            },
            {
              id: 'go-along',
              text: 'Agree with the officer to keep the peace, and tell Yusuf afterward that he should just do both.',
              feedback:
                'Keeping the peace costs Yusuf his voice and his chosen path. Open-mindedness includes speaking up when a system treats one path as the only real one. You can be polite to the officer and still advocate.',
            },
            {
              id: 'argue',
              text: 'Tell the officer that twelve-step programs are outdated and that faith-based recovery works better.',
              feedback:
                'You swap one rigid view for another and put down a path that helps many people. That is not open-minded, and it may make the officer dig in. Speak up for many pathways, not against any one of them.',
            },
          ],
        },
        {
          id: 'after-push',
          lead: 'Yusuf goes quiet. Then he says, "So my faith doesn’t count." He takes the sheet, but he says he’s not sure he needs to keep meeting with you.',
          prompt: 'How do you respond?',
          options: [
            {
              id: 'repair',
              text: 'Own it. Say you jumped to the rule before you heard his plan. Ask about his mosque and family support, and offer to help him ask whether it could count.',
              feedback:
                'Naming your own misstep is a strong way to rebuild trust. Turning back to curiosity about his path is what open-mindedness asks. Offering to advocate shows his plan matters to you.',
              best: true,
            },
            {
              id: 'defend',
              text: 'Explain that twelve-step groups have helped a lot of people, so he should give them a fair try.',
              feedback:
                'This doubles down on your own path and ignores what he just told you. Open-mindedness means supporting the path he chose, not the one you think is best. He may stop coming back.',
            },
            {
              id: 'let-go',
              text: 'Tell him it’s his choice whether to keep meeting, and end the session.',
              feedback:
                'Respecting his choice matters, but ending here leaves the hurt unrepaired. Open-mindedness means going back to learn about his path before he walks away. A short apology and a real question could keep the door open.',
            },
          ],
        },
      ],
    },
    {
      id: 'opn-warm-voices',
      kind: 'single',
      value: 'open-minded',
      setting: 'warmline',
      title: 'Voices that keep her company',
      situation:
        'Mei, 52, calls the warmline on her lunch break. She says she has heard voices for years. They are mostly kind, and she does not want them gone. Her worry is work: coworkers stare when she answers the voices out loud, and she is afraid of losing her job.',
      prompt: 'What is the most helpful response?',
      options: [
        {
          id: 'her-goal',
          text: 'Ask what the voices are like for her and what already helps at work. Then focus on her goal of keeping her job, and offer, if she wants, to look together for peer groups for people who hear voices.',
          feedback:
            'This respects how Mei makes sense of her own experience and works on the goal she named. Open-mindedness means you don’t decide the voices are the problem when she hasn’t. Asking what they are like also lets you hear if anything ever feels unsafe to her.',
          best: true,
        },
        {
          id: 'get-rid',
          text: 'Tell her the first step is to see her doctor about medication to stop the voices, and then work will get easier.',
          feedback:
            'This puts your goal in place of hers and drifts into medical advice, which is outside the peer role. Open-mindedness means taking her view of the voices seriously. If she wants to talk with her doctor, you can help her prepare.',
        },
        {
          id: 'not-real',
          text: 'Gently remind her that the voices aren’t real, so she can learn to tune them out.',
          feedback:
            'Arguing with someone’s experience tends to end the conversation. It tells Mei you won’t meet her where she is. Curiosity about what the voices mean to her builds far more trust.',
        },
        {
          id: 'hide-it',
          text: 'Suggest she keep the voices to herself at work so no one finds out.',
          feedback:
            'This treats her experience as something shameful to hide, which is a quiet kind of judgment. It also skips asking what she wants. An open-minded peer asks what she has tried and what she would like to change.',
        },
      ],
    },
    {
      id: 'opn-yf-identity',
      kind: 'multi',
      value: 'open-minded',
      setting: 'youth-family',
      title: '"The real problem"',
      situation:
        'You are a family peer supporter. Gloria, 46, tells you her 15-year-old, Sam, came out as nonbinary last year and sees a counselor for depression. Gloria says Sam’s identity is "the real problem" and asks you to help her talk Sam out of it. She looks tired and scared.',
      prompt: 'Which responses show open-mindedness? Choose all that apply.',
      options: [
        {
          id: 'name-worry',
          text: 'Reflect what you see: "You sound really worried about Sam, and worn out."',
          feedback:
            'Open-mindedness covers Gloria too. Starting with her fear, not her words, helps her feel heard instead of judged. That makes the rest of the talk possible.',
          correct: true,
        },
        {
          id: 'get-curious',
          text: 'Ask what Gloria has noticed, and what Sam has said about what feels hardest right now.',
          feedback:
            'Curious questions let you learn how this family sees things before you respond. They may also help Gloria hear Sam’s view. This is open-mindedness working for both of them.',
          correct: true,
        },
        {
          id: 'offer-info',
          text: 'Ask if she would like information about support groups for parents of LGBTQ+ young people, and say gently that Sam gets to name who they are.',
          feedback:
            'You share information with permission and state Sam’s right to define themselves, without a lecture. Open-mindedness is not silence. It is honesty offered with care.',
          correct: true,
        },
        {
          id: 'help-change',
          text: 'Agree to help her ask Sam whether this is a phase that is making the depression worse.',
          feedback:
            'This takes a side against Sam’s identity and would damage Sam’s trust in you. Open-mindedness means you don’t treat who someone is as the problem to fix. Sam’s counselor, not you, works with Sam on the depression.',
          correct: false,
        },
        {
          id: 'call-out',
          text: 'Tell Gloria firmly that her attitude is the real problem and is hurting Sam.',
          feedback:
            'This may feel like standing up for Sam, but it judges Gloria and will likely end the conversation. An open-minded peer stays curious with the parent too. Gloria is more likely to shift if she feels understood.',
          correct: false,
        },
      ],
    },
    {
      id: 'opn-res-higher-power',
      kind: 'single',
      value: 'open-minded',
      setting: 'residential',
      title: 'No higher power',
      situation:
        'Tomás, 29, lives in a residential program where most groups use twelve-step language. After group he tells you, "I don’t believe in God or a higher power. I feel like a fake every time we say the prayer." You found a higher power through twelve-step work, and it changed your life.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'explore',
          text: 'Thank him for being honest, and ask what has helped him most so far. Then ask if he would like to hear about other paths, such as SMART Recovery or non-religious mutual aid groups.',
          feedback:
            'You set your own path aside, learn what works for him, and share options only with his permission. That is open-mindedness. SAMHSA’s Working Definition of Recovery says recovery occurs via many pathways.',
          best: true,
        },
        {
          id: 'fake-it',
          text: 'Tell him many people feel that way at first, and if he keeps coming, the belief will come.',
          feedback:
            'This puts your path at the center and promises an outcome you can’t know. It tells Tomás his honest view is a phase to get past. Open-mindedness means his path can look different from yours.',
        },
        {
          id: 'reframe',
          text: 'Tell him a higher power can be anything, even the group itself, so he can stay with the program as it is.',
          feedback:
            'Some people find this idea helpful, so it is not a bad thing to mention. But offered first, it nudges him back toward your path before you know what he wants. Open-mindedness means asking about his experience and sharing options first.',
        },
        {
          id: 'keep-quiet',
          text: 'Tell him to keep those views to himself so staff don’t think he is resisting treatment.',
          feedback:
            'This teaches him to hide, which harms trust and his recovery. Open-mindedness includes speaking up when a program treats one path as the only one. With his okay, you can raise it with staff.',
        },
      ],
    },
    {
      id: 'opn-er-traditional-healing',
      kind: 'multi',
      value: 'open-minded',
      setting: 'er',
      title: 'Healing at home',
      situation:
        'Joseph, 47, is in the emergency department with a broken wrist from a fall after a night of drinking. He is stable and waiting to go home. The team has given him a list of local treatment programs. He tells you his path back will be his tribe’s traditional healing and his family, "not some program."',
      prompt: 'Which responses show open-mindedness? Choose all that apply.',
      options: [
        {
          id: 'ask-path',
          text: 'Ask what traditional healing and family support look like for him, and who is part of it.',
          feedback:
            'Curious questions let Joseph teach you about his path. SAMHSA’s Working Definition of Recovery says recovery is shaped by culture. Open-mindedness starts with learning from him.',
          correct: true,
        },
        {
          id: 'offer-connect',
          text: 'Ask if he would like help, before he leaves, to connect with anyone he names, such as a tribal health program or a relative.',
          feedback:
            'You offer links to supports he chose, not ones you picked. This keeps his path at the center and gives practical help. Open-mindedness and facilitating change work together here.',
          correct: true,
        },
        {
          id: 'tell-team',
          text: 'With his okay, tell the team what matters to him so his discharge plan reflects it.',
          feedback:
            'Advocating for his chosen path within the system is part of the peer role. The IC&RC Peer Recovery domains name advocating for multiple pathways. Asking his permission first keeps the plan his.',
          correct: true,
        },
        {
          id: 'real-treatment',
          text: 'Tell him traditional healing is fine, but he will also need real treatment to stay sober.',
          feedback:
            'Calling one path "real" dismisses his culture and his choice. Open-mindedness means you don’t rank paths for him. If he wants more options later, you can share them with his permission.',
          correct: false,
        },
        {
          id: 'list-only',
          text: 'Point to the program list and tell him these are the options that actually work.',
          feedback:
            'This repeats the idea that one kind of help is the only kind that works. It ignores what Joseph told you he wants, which is the opposite of open-mindedness. He may leave feeling unheard and skip any follow-up.',
          correct: false,
        },
      ],
    },
    {
      id: 'opn-rural-taper-question',
      kind: 'single',
      value: 'open-minded',
      setting: 'rural-telehealth',
      title: 'The pastor’s advice',
      situation:
        'Hank, 61, raises cattle and meets you by video from his kitchen. He has taken buprenorphine for a year and has not used opioids since. His pastor and church group have told him he won’t be "truly free" until he is off all medication. He asks you, "Should I start cutting my dose down myself?"',
      prompt: 'What do you say?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'prescriber',
          text: 'Say that medication changes are a decision for him and his prescriber, and not something you can advise on. Offer to help him write down his questions and to join the appointment if he wants. Ask what his church means to him, too.',
          feedback:
            'Dose questions are outside the peer role, so you stay in role and connect him to his prescriber. You also respect his faith as part of his path, which is open-mindedness. NIDA treats medication for opioid use disorder as treatment, and Hank’s recovery is real now.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'taper-if-ready',
          text: 'Tell him that if he feels ready, it’s his choice to cut back slowly on his own.',
          feedback:
            'This sounds like respecting his choice, but it is medical advice, which is outside your role. Changing this medication without his prescriber could put his health and recovery at risk. Open-mindedness never outranks safety.',
          safety: 'unsafe',
          instead: 'Encourage him to talk with his prescriber before making any change, and offer to help him prepare for that talk.',
        },
        {
          id: 'my-story',
          text: 'Tell him how you came off your own medication and what worked for you.',
          feedback:
            'Sharing your own medication history here works as advice, even if you don’t mean it that way. It also puts your path at the center instead of his, which is not open-minded. Dose decisions belong with him and his prescriber.',
          safety: 'unsafe',
          instead: 'Keep your own medication history out of it, and point him to his prescriber for any question about his dose.',
        },
        {
          id: 'church-wrong',
          text: 'Tell him his church is wrong about medication and he should stop listening to them.',
          feedback:
            'You defend his treatment but judge his faith community, which is also part of his recovery. Open-mindedness means respecting both. You can say that medication is treatment without asking him to choose between them.',
        },
      ],
    },
    {
      id: 'opn-warm-sponsor-ask',
      kind: 'single',
      value: 'open-minded',
      setting: 'warmline',
      title: 'Be my sponsor?',
      situation:
        'Keiko, 45, has called the warmline every week for two months. Earlier you shared, briefly and with her okay, that twelve-step groups were part of your own recovery. Tonight she says she has started going to meetings too, and asks, "Would you be my sponsor? You get it, and you’re already on the same path."',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      options: [
        {
          id: 'warm-decline',
          text: 'Thank her for the trust, and kindly explain that your warmline role can’t include being her sponsor. Ask what she hopes a sponsor would give her, and offer to help her think about how to find one within her own groups, along with any other supports she wants.',
          feedback:
            'You stay in role and decline kindly, with a clear reason. You also stay open-minded: you ask what she wants instead of assuming, and you support the path she chose. Keeping roles separate protects the peer relationship she relies on.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'say-yes',
          text: 'Say yes, since you share a path and she clearly trusts you.',
          feedback:
            'Being someone’s sponsor while also being their peer worker is a dual relationship, which peer codes ask you to avoid. It mixes two roles with different rules, and it can leave her without clear support if either role changes. Sharing a path is not a reason to step outside your role.',
          safety: 'unsafe',
          instead: 'Decline kindly, explain your role, and help her think about how to find a sponsor within her own groups.',
        },
        {
          id: 'steer-away',
          text: 'Decline, and suggest she try a group without sponsors, since leaning on one person can make people dependent.',
          feedback:
            'Declining is right, but then you judge her chosen path and steer her away from it. Open-mindedness means supporting the path she picked, even if it has parts you have doubts about. Ask what she wants from a sponsor instead.',
        },
        {
          id: 'informal',
          text: 'Say you can’t be her official sponsor, but she can call your cell phone any time between meetings.',
          feedback:
            'This is the same role problem by another name, and giving out personal contact information goes against peer codes. She may come to depend on you outside your role, where you can’t always answer. Offer supports that fit her path and your role instead.',
          safety: 'unsafe',
          instead: 'Keep contact within the warmline, and help her build supports within her own groups.',
        },
      ],
    },
    {
      id: 'opn-reentry-not-a-program',
      kind: 'value',
      value: 'open-minded',
      setting: 'reentry',
      title: 'Not a real program',
      situation:
        'At a reentry center, DeShawn, 41, tells the group his recovery is built on his running club, his kids and a job he loves. He has not used drugs in a year. After group, a coworker says to you, "That’s not a real program. He’ll be back inside in six months."',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'Your coworker is judging DeShawn’s path because it doesn’t look like a formal program. Open-mindedness means accepting that recovery has many pathways, including ones built on family, work and exercise. This is the value to stand up for in your reply.',
          best: true,
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'DeShawn’s running club, kids and job are real strengths, so this value matters too. But the core problem is that your coworker won’t accept his path as real recovery. That is a question of open-mindedness first.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Your coworker’s prediction is hopeless, and that matters. But the hopelessness grows out of judging one path as the only valid one. Open-mindedness is the value most directly at stake.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Talking about a person this way is disrespectful, so this is a close second. But what drives the comment is a fixed belief about which paths count. Open-mindedness names that more exactly.',
        },
      ],
    },
    {
      id: 'opn-drop-cutting-back',
      kind: 'rank',
      value: 'open-minded',
      setting: 'drop-in',
      title: 'Cutting back, not quitting',
      situation:
        'Priya, 26, stops by the drop-in center on a Saturday. She tells you she wants to cut back on drinking, not quit. Her plan is to drink only on weekends and never drive after drinking. She looks ready for you to disapprove.',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'curious',
          text: '"Thanks for telling me. What would cutting back look like for you, and how will you know it’s working?"',
          feedback:
            'Most helpful. You meet Priya where she is and ask about her goal in her own terms. Open-mindedness starts with curiosity, and her plan to never drive after drinking is a strength to build on.',
        },
        {
          id: 'offer-options',
          text: '"Okay. Would it help if I shared some options? There are groups for people cutting back and for people quitting."',
          feedback:
            'Second. You ask permission before you share information, which is open-minded. But offering options before you hear about her plan skips the step of learning from her.',
        },
        {
          id: 'my-worry',
          text: '"That can be hard. Honestly, cutting back never worked for me, so I’d really think about quitting."',
          feedback:
            'Third. Naming a concern can be fine, but here your own path sets the standard for hers. It lands as a nudge toward your way before you know what she needs, which is not open-minded.',
        },
        {
          id: 'denial',
          text: '"Cutting back is just denial. You’ll be back here in a month."',
          feedback:
            'Least helpful. This judges her path, predicts failure and shames her, the opposite of open-mindedness. She will likely stop being honest with you, and the door may close.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
