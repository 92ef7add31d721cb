import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'strengths-focused',
  questions: [
    // ─────────────────────────── PRACTICE POOL (11) ───────────────────────────
    {
      id: 'str-drop-taking-stock',
      kind: 'multi',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'drop-in',
      title: '"Write whatever you want"',
      situation:
        'Vernon, 63, has come to your recovery community center for two months. He wants to make a recovery plan with you today, and he asked to meet without his daughter, who drove him and is waiting in the lobby. When you ask about strengths, he says, "I don’t have any. Write whatever you want. I was never much for reading." Each morning you see him make the coffee and greet newcomers at the door.',
      prompt: 'Which of these fit how you take stock of his strengths with him today? Choose all that apply.',
      options: [
        {
          id: 'hard-times',
          text: 'Ask what has gotten him through hard times before, even for a short while.',
          feedback:
            'Correct. A man who says he has no strengths has still gotten through hard times, and asking how lets Vernon find strengths in his own story. Strengths he names himself are the ones he will believe.',
          correct: true,
        },
        {
          id: 'you-write',
          text: 'Offer to do all the writing on the plan today while he does the talking.',
          feedback:
            'Correct. He has told you reading is not his thing, so taking on the pen removes a barrier. It is not doing it for him: he still names each strength, and you can read the list back so he can change it. The power to name stays with him.',
          correct: true,
        },
        {
          id: 'coffee',
          text: 'Ask whether making the coffee and greeting newcomers belongs on his list.',
          feedback:
            'Correct. You noticed something real that he does every day. Offering it as a question, not a verdict, lets him decide whether it counts, which keeps the list his own.',
          correct: true,
        },
        {
          id: 'take-home',
          text: 'Give him the strengths worksheet so he can fill it in at home, at his own pace.',
          feedback:
            'Not a fit here. Time alone with a worksheet suits people who like to think on paper. But Vernon wants a plan today and has told you reading is hard for him, so a take-home sheet puts up a barrier. Take stock with him, out loud, now.',
          correct: false,
        },
        {
          id: 'daughter',
          text: 'Invite his daughter in from the lobby to add the strengths she sees in him.',
          feedback:
            'Not a fit here. Family can add a lot to a strengths list, and this would be a good step if he wanted her there. But Vernon asked to meet without her, so bringing her in overrides his choice and strains shared power. He can invite her later if he wishes.',
          correct: false,
        },
      ],
    },
    {
      id: 'str-yf-named-not-praised',
      kind: 'single',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'youth-family',
      title: 'From an F to a C',
      situation:
        'Uriel, 14, was suspended from school last month. Before a family peer meeting, he hands you his tutoring report and says, "Can you show my mom? She won’t believe it if it comes from me." In the meeting his mom talks for ten minutes about the suspension. You reflect how scared she sounds, and she says, "Yes, that’s it." When you ask what has gone well this month, she says, "Nothing." The report shows Uriel has gone to every session and brought math up from an F to a C.',
      prompt: 'What do you do next?',
      options: [
        {
          id: 'show-mom',
          text: 'Tell his mom the report shows every session and a C in math, and ask what she makes of it.',
          feedback:
            'This is the best choice. Uriel asked you to be the one to show her, because she may not believe it from him. Naming the exact facts to her, with Uriel in the room to hear them, answers her "nothing" with his effort. That is a strength named, not a compliment.',
          best: true,
        },
        {
          id: 'to-uriel',
          text: 'Tell Uriel the report shows every session and a C in math, and ask him how he did it.',
          feedback:
            'Speaking to a teen about his own effort and asking how he did it is a strong strengths move when he is ready to speak for himself. But Uriel asked you to show his mom because she will not believe it from him. Putting it back on him undoes his request; show her the facts.',
        },
        {
          id: 'what-he-wants',
          text: 'Ask Uriel what he hopes will come out of today, and what he most wants his mom to hear.',
          feedback:
            'Asking a teen what he wants from a meeting gives him a voice, and it fits when you do not know yet. Uriel already told you before the meeting: he wants his mom to see the report. Asking again in front of her puts him on the spot; act on what he asked.',
        },
        {
          id: 'her-fears',
          text: 'Tell his mom this month sounds like it has scared her, and ask what she fears most for him.',
          feedback:
            'Reflecting a parent’s fear is often the right first move. You already did, and she said, "Yes, that’s it," so she feels heard. Going back to her fears keeps the meeting on what went wrong; a strengths focus now brings in the report.',
        },
      ],
    },
    {
      id: 'str-warmline-kept-promise',
      kind: 'branch',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'warmline',
      title: 'The promise to his daughter',
      safety: ['suicide-risk', 'remote-risk'],
      situation:
        'Vaughn, 45, calls the peer warmline late at night. His voice is flat. He says his wife left last month and he lost his job this week, and he "can’t see the point anymore." Then he adds, "I promised my daughter I’d call someone before I did anything. So I’m calling. Just don’t pass me off to some hotline."',
      prompt: 'Work through the call one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'thank-and-ask',
              text: 'Stay on the line, thank him for keeping his promise, and ask him calmly and directly if he is thinking about suicide.',
              feedback:
                'This is the best choice. Keeping that promise is a real strength, and naming it tells him the call mattered. "Before I did anything" is a warning sign, so you ask directly and calmly about suicide; asking is safe, and his answer shapes the next step.',
              best: true,
              safety: 'escalates',
              next: 'says-yes',
            },
            {
              id: 'three-way-first',
              text: 'Stay on the line, tell him you’re adding 988 on a three-way call, and ask him directly if he is thinking about suicide.',
              feedback:
                'A three-way call with 988 while you stay on is the right step once a caller tells you he is thinking about suicide. Vaughn has not answered yet, and he just asked not to be passed off. Ask him yourself first; bring 988 in if his answer calls for it.',
              next: 'pulls-back',
            },
            {
              id: 'send-911',
              text: 'Stay on the line, ask him directly if he is thinking about suicide, and have a coworker send 911 to his home.',
              feedback:
                'Sending 911 while you stay on the line is right when danger is imminent, for example if he says he is about to act. Right now he is talking and reached out to keep a promise. Ask him directly first; his answer tells you how much help to send.',
              next: 'pulls-back',
            },
          ],
        },
        {
          id: 'pulls-back',
          lead: 'Vaughn goes quiet. Then: "I said no hotlines. Maybe this was a mistake."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'stay-and-ask',
              text: 'Tell him you’re staying on this call, and ask him calmly and directly if he is thinking about suicide.',
              feedback:
                'This is the best choice. You answer his worry by staying, and you ask the question plainly. It is not too late: asking now, and staying with him, keeps him connected.',
              best: true,
              safety: 'escalates',
              next: 'says-yes',
            },
            {
              id: 'explain-988',
              text: 'Tell him a 988 counselor can do more than you can, and ask if you can bring one in while you stay on.',
              feedback:
                'Explaining what 988 offers can help a caller who is unsure about it. Vaughn has said no twice, and you still do not know what he is thinking. Stay with him and ask directly about suicide; his answer decides what comes next.',
              safety: 'unsafe',
              instead: 'Tell him you are staying on this call, and ask him calmly and directly whether he is thinking about suicide.',
            },
            {
              id: 'supervisor-listen',
              text: 'Tell him you’re staying on this call, and ask your supervisor to listen in and take notes for the record.',
              feedback:
                'Having your supervisor listen in is a good protocol step on a risky call. But it does not ask the question that matters. Stay with him and ask him calmly and directly about suicide.',
              safety: 'unsafe',
              instead: 'Stay on the line and ask him calmly and directly whether he is thinking about suicide.',
            },
          ],
        },
        {
          id: 'says-yes',
          lead: 'Vaughn is quiet. Then he says, "Yeah. All day." He is at home alone, and he says he will do it as soon as he hangs up. When you ask, he gives you his address.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'send-help',
              text: 'Tell him you’re sending help, have a coworker call 911, and stay on the line with him until it arrives.',
              feedback:
                'This is the best choice. He has said he will act as soon as the call ends, so danger is imminent and help must go to him now. You are honest about what you are doing, and staying on the line keeps him connected until help arrives. Afterward, document the call and tell your supervisor.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'three-way',
              text: 'Tell him you want to bring in crisis help, and set up a three-way call to 988 while you stay on the line with him.',
              feedback:
                'A warm three-way call to 988 is the right step when a caller is thinking about suicide but is not about to act. Vaughn says he will act as soon as he hangs up, and he has given you his address. Send emergency help now and stay on the line.',
            },
            {
              id: 'supervisor-join',
              text: 'Tell him you want to bring in more help, keep him talking, and message your supervisor to join the call now.',
              feedback:
                'Bringing your supervisor onto a risky call is part of many warmline protocols, and it fits when there is time. Vaughn says he will act as soon as the call ends, so help has to go to his home now. Call 911 while you stay on the line.',
            },
          ],
        },
      ],
    },
    {
      id: 'str-er-huddle-label',
      kind: 'single',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'er',
      title: '"A real frequent flyer"',
      situation:
        'At the morning huddle in the emergency department, a doctor says Troy, 50, is back "for the sixth time this month, a real frequent flyer." You met Troy yesterday. He told you he comes in when panic hits at night because he lives alone, and that he has started going to a free clinic twice a week. He asked you to share this with the team.',
      prompt: 'The team turns to you. What do you say?',
      options: [
        {
          id: 'share-facts',
          text: 'Say he comes in when panic hits at night and he’s alone, and that he now sees a clinic twice a week.',
          feedback:
            'This is the best choice. Troy asked you to share this, and the team is asking now. Plain facts replace the label, and the clinic visits are a strength the team did not know about. Now they have something to plan with.',
          best: true,
        },
        {
          id: 'after-huddle',
          text: 'Say you have some context from Troy, and ask the doctor if you can share it with her after the huddle.',
          feedback:
            'Sharing one on one can be wise when something is sensitive or you are unsure you have permission. Here Troy asked you to share with the team, and they are listening now. Waiting leaves the label as the only picture in the room; share the facts.',
        },
        {
          id: 'ask-troy',
          text: 'Say you would like to ask Troy what would help on those nights, and bring his answer back tomorrow.',
          feedback:
            'Asking Troy what would help is a good step when you do not know yet. But he has already told you why he comes and what he is doing about it. Share that now; you can plan the next step with him afterward.',
        },
        {
          id: 'with-troy',
          text: 'Say you would rather talk about his visits when Troy can be in the room to speak for himself.',
          feedback:
            'Keeping Troy in the room for talk about him honors shared power, and it is right when you do not have his okay. But he asked you to share, so holding back leaves the team with only a label. Speak up with the facts he gave you.',
        },
      ],
    },
    {
      id: 'str-res-shift-notes',
      kind: 'multi',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'residential',
      title: 'Rewriting the shift notes',
      situation:
        'Your supervisor asks you to help rewrite old shift notes at a residential program. One note says Talia, 27, is "attention-seeking" and "non-compliant." You know she has knocked on the staff door several times a night since her roommate moved out two weeks ago; she told you she can’t sleep in the empty room. She has missed morning group all week because it clashes with the kitchen job she started on Monday. She asked you to help her find a group time that fits her shifts; she has not picked one yet.',
      prompt: 'Which rewrites are plain, specific and true to what you know? Choose all that apply.',
      options: [
        {
          id: 'door-reason',
          text: 'Knocks on the staff door several times a night since her roommate left; can’t sleep in the empty room.',
          feedback:
            'Correct. It says what she does, since when, and the reason she gives, with no label. Staff can now respond to the real need: a hard time sleeping alone.',
          correct: true,
        },
        {
          id: 'evening-group',
          text: 'Missed morning group all week; asked to move to the evening group after her shifts.',
          feedback:
            'Not a good rewrite. It is plain and would be fine if she had asked for the evening group. But she asked for help finding a time and has not picked one, so this puts a choice in her mouth. A strengths-aware note must also be accurate.',
          correct: false,
        },
        {
          id: 'group-job',
          text: 'Missed morning group all week; it clashes with the kitchen job she started on Monday.',
          feedback:
            'Correct. It is honest about the missed groups and gives the real reason. The team can solve a scheduling problem instead of judging her, and her new job shows up as the strength it is.',
          correct: true,
        },
        {
          id: 'door-noise',
          text: 'Knocks on the staff door several times a night since her roommate left; says she gets lonely at night.',
          feedback:
            'Not a good rewrite. It has the right shape, with no label, and it would be right if feeling lonely were the reason she gave. But she told you she can’t sleep in the empty room. A reason she did not give sends staff to fix the wrong thing.',
          correct: false,
        },
        {
          id: 'asked-time',
          text: 'Asked her peer worker for help finding a group time that fits her new kitchen shifts.',
          feedback:
            'Correct. It records her own request in plain words. A note like this shows she is working on the problem and gives the next shift something to act on.',
          correct: true,
        },
      ],
    },
    {
      id: 'str-reentry-license-goal',
      kind: 'single',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'reentry',
      title: '"Not a test person"',
      situation:
        'Uma, 36, came home from prison four months ago. She wants her driver’s license back so she can take a better job across town. She studied the state booklet for two weeks, and her sister quizzed her every night, but she still failed the written test. She shrugs: "I’m just not a test person. Maybe I’ll forget the license." You mention the forklift license she earned at work last month, and she says, "That was hands-on. This is a written test." Earlier she told you she earned her GED while inside, after failing the math part twice.',
      prompt: 'What do you do next?',
      options: [
        {
          id: 'ged-lesson',
          text: 'Ask what helped her pass her GED math test, and whether any of it could help here.',
          feedback:
            'This is the best choice. Her doubt is about tests, and her GED is proof she can pass one after setbacks. Asking how she did it lets her find her own method. A goal built on a past success is more likely to stick.',
          best: true,
        },
        {
          id: 'forklift',
          text: 'Ask what helped her pass her forklift test at work, and whether any of it could help here.',
          feedback:
            'Asking about a recent win is a strong move, and the forklift license is a real one. But you just raised it and she set it aside: "That was hands-on." Her worry is written tests, and the GED is a written test she beat after failing twice. Pick the strength that speaks to the worry she named.',
        },
        {
          id: 'quiz-her',
          text: 'Ask who could help her study before the next try, and whether she would want that kind of help.',
          feedback:
            'Lining up a study partner is a good support move for someone studying alone. But her sister already quizzed her every night, so this repeats what did not work. Start with the test she has already beaten and what helped her then.',
        },
        {
          id: 'why-job',
          text: 'Ask what the better job across town would mean for her, and how much the license matters.',
          feedback:
            'Exploring why a goal matters fits when someone is unsure she still wants it. Uma has not lost the goal; she doubts she can pass a test. Build on the GED, the proof that she can.',
        },
      ],
    },
    {
      id: 'str-rural-hard-month',
      kind: 'rank',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'rural-telehealth',
      title: '"I can’t do anything right"',
      situation:
        'Tanya, 52, drives a school bus in a small town and meets you by video every two weeks. Her truck broke down, so she joined today’s call from the library. She spends the first part of the call on the month: she drank at her niece’s wedding after eight months without drinking. "Eight months, gone," she says. You reflect how let down she sounds, and she says, "Yeah. I can’t do anything right." Almost in passing, she mentioned that she called her sponsor the next morning and went to an online meeting that night.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'name-reach',
          text: 'Say you noticed she called her sponsor the next morning, and ask how she did that.',
          feedback:
            'Most helpful. She says she does nothing right, and what she did the morning after the wedding says otherwise. It speaks to the exact moment she is judging, and asking how lets her see the strength herself.',
        },
        {
          id: 'name-library',
          text: 'Say you noticed she made it to today’s call from the library, and ask how she did that.',
          feedback:
            'Second. Getting to the call with no truck is a real strength, specific and recent. But it is not about the wedding, the moment she says proves she does nothing right. The sponsor call answers that more directly.',
        },
        {
          id: 'name-bus',
          text: 'Say you noticed she drives the school bus every day, and ask what that says about her.',
          feedback:
            'Third. A steady job that others rely on is a real strength, and naming it fits when someone feels useless in general. Here it is far from what she is judging, so it can sound like changing the subject.',
        },
        {
          id: 'name-months',
          text: 'Say you noticed she went eight months without drinking, and ask how she did that.',
          feedback:
            'Least helpful here. Naming months without drinking is a strong move when someone doubts she can stay the course. But Tanya just said "Eight months, gone," so this points at what she feels she lost. Start with what she did right after the wedding.',
        },
      ],
    },
    {
      id: 'str-res-who-named-them',
      kind: 'value',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'residential',
      title: 'The plan someone else wrote',
      situation:
        'Before a plan review at a residential program, a new peer worker fills in the whole plan for Valeria, 30: "Strengths: good cook, funny, loves her kids. Goal: get a kitchen job." In the meeting, Valeria reads it and says, "It’s all true. But nobody asked me. I’ve been planning to go back to school."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'shared-power',
          value: 'equally-shared-power',
          feedback:
            'Yes. The strengths are real and the goal even builds on them; the problem is who decided. Valeria is the expert on her own life, and shared power means she names her strengths and chooses her goal, with your help if she wants it.',
          best: true,
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Strengths are the topic, so this value is close. But the worker did find true strengths and built a goal on them, as a strengths focus asks. What went wrong is that Valeria had no say, which is about who holds the pen.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect is touched, since she felt left out. But the words were kind and accurate, and no one was rude. The core issue is that decisions about her, even her goal, were made without her, which is about sharing power.',
        },
        {
          id: 'facilitates',
          value: 'facilitates-change',
          feedback:
            'Goal-setting is involved, so this value is nearby. But the goal is not missing or vague; it is someone else’s. Valeria already has a goal of her own, and the gap is that no one asked her, which is about sharing power.',
        },
      ],
    },
    {
      id: 'str-drop-partner-plan',
      kind: 'branch',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'drop-in',
      title: '"It’s handled"',
      safety: ['partner-violence'],
      situation:
        'Trinh, 38, comes to your recovery community center most days. Today she has a bruise on her arm. When you ask gently how she is, she says her boyfriend grabbed her during a fight last night, "but it’s handled. No police." She has been saving money for two months, her cousin has said she can stay with her, and back in March she made a safety plan with an advocate at the women’s center.',
      prompt: 'Work through the conversation one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'her-plan',
              text: 'Thank her for telling you, ask if she feels safe going home tonight, and ask what her safety plan says to do.',
              feedback:
                'This is the best choice. Someone hurt her last night, so tonight comes first. She already made a safety plan with an advocate, and asking what it says builds on her own work instead of starting over. That is a strengths focus that keeps safety in the lead.',
              best: true,
              safety: 'escalates',
              next: 'not-to-tell',
            },
            {
              id: 'hotline-now',
              text: 'Thank her for telling you, ask if she feels safe going home tonight, and offer to call a hotline advocate with her.',
              feedback:
                'Offering to call a domestic violence hotline with someone is a strong step when she has no plan or advocate yet. Trinh has both. Starting over with a stranger passes over the work she has done; ask what her plan says.',
              next: 'at-the-door',
            },
            {
              id: 'offer-police',
              text: 'Thank her for telling you, ask if she feels safe going home tonight, and offer to call the police with her.',
              feedback:
                'Offering to call the police with someone is right when she wants to report or is in danger right now. Trinh just said "No police," so this pushes against her choice and may end the talk. Ask what her own safety plan says.',
              next: 'at-the-door',
            },
            {
              id: 'call-cousin',
              text: 'Thank her for telling you, ask if she feels safe going home tonight, and offer to call her cousin with her now.',
              feedback:
                'Helping someone reach a safe place to stay is right when she has decided to go. Trinh has not said she wants to leave tonight, and moving in a rush can raise the risk. Ask what her safety plan says, then follow her lead.',
              next: 'at-the-door',
            },
          ],
        },
        {
          id: 'at-the-door',
          lead: 'Trinh smiles and gets up to leave. At the door she says, "If he finds out about the money, it’ll be bad."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'ask-stay',
              text: 'Ask her to sit back down for a few minutes, and ask what her safety plan says about the money.',
              feedback:
                'This is the best choice. You catch the warning sign before she leaves and go back to the plan she made, without taking over. Her planning is a strength you can build on together.',
              best: true,
              safety: 'escalates',
              next: 'not-to-tell',
            },
            {
              id: 'note-it',
              text: 'Ask her to come back when the center opens at nine, and write up what she said for your supervisor.',
              feedback:
                'Writing it up and telling your supervisor are good steps, and a next-day check-in fits when nothing new has come up. But she just named a new danger on her way out. Ask her to stay and look at her plan first.',
              safety: 'unsafe',
              instead: 'Ask her to stay a few minutes, say you are worried, and ask what her safety plan says about the money.',
            },
            {
              id: 'walk-out',
              text: 'Ask her to walk with you to the door, and go over where she could keep the money safe.',
              feedback:
                'Practical help is caring, but this is safety advice on the fly, made up at the door. She has a plan made with a trained advocate. Ask her to stay and look at what it says.',
              safety: 'unsafe',
              instead: 'Ask her to stay a few minutes and go over what her safety plan says about the money.',
            },
          ],
        },
        {
          id: 'not-to-tell',
          lead: 'Trinh says tonight should be okay, and her plan says to go to her cousin’s if things get worse. But he has "gotten worse since spring," after she made the plan. She asks you not to tell anyone at the center.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'update-plan',
              text: 'Tell her honestly that you must let your supervisor know, and offer to call her advocate with her about the plan.',
              feedback:
                'This is the best choice. Being honest about privacy keeps her trust. Her plan was made before things got worse, so an advocate can update it with her, building on what she already has. Tell your supervisor and document, following your center’s policy and your state’s law.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'cousin-tonight',
              text: 'Tell her honestly that you must let your supervisor know, and offer to call her cousin with her about moving tonight.',
              feedback:
                'Following her plan’s step to go to her cousin’s is right when she decides it is time. She has said tonight should be okay, and the plan itself is out of date. Offer to call her advocate with her to update it, and let her choose when to move.',
            },
            {
              id: 'police-report',
              text: 'Tell her honestly that you must let your supervisor know, and offer to help her file a police report today.',
              feedback:
                'Helping someone file a report is right when she wants to. Trinh said "No police," and pushing it can cost her trust. Offer to call her advocate with her to update the plan she already has.',
            },
          ],
        },
      ],
    },
    {
      id: 'str-yf-bikes',
      kind: 'single',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'youth-family',
      title: '"Lazy and defiant"',
      situation:
        'Vivian, 44, is in a parent peer support group you lead. She says her son Theo, 16, is "lazy and defiant." He sleeps until noon on weekends, ignores his chores, and quit guitar last year. "Please, no more tips. I’ve tried every chore chart and reward there is," she says. Earlier she mentioned, as a complaint, that he spends hours fixing old bikes with his friend’s dad.',
      prompt: 'What do you say to Vivian?',
      options: [
        {
          id: 'ask-bikes',
          text: 'Say it sounds tiring, and ask what Theo is like when he’s busy fixing old bikes.',
          feedback:
            'This is the best choice. You hear her frustration, then get curious about a time Theo is focused and willing right now. She has asked for no more tips, so a fuller picture of her son gives them something new to build on.',
          best: true,
        },
        {
          id: 'ask-guitar',
          text: 'Say it sounds tiring, and ask what Theo is like when he’s playing his guitar in his room.',
          feedback:
            'Asking about a time a teen is absorbed in something is a good strengths move. But Theo quit guitar last year, so this asks about something that is gone and may feel like one more loss. Follow the lead she gave you: the bikes, where he shows effort now.',
        },
        {
          id: 'which-chore',
          text: 'Say it sounds tiring, and ask which one chore matters most to her in the weeks ahead.',
          feedback:
            'Narrowing to one chore is a good problem-solving step when a parent wants a plan. But Vivian asked for no more tips and has tried every chart, and this keeps the focus on what Theo is not doing. Ask about the bikes.',
        },
        {
          id: 'ask-group',
          text: 'Say it sounds tiring, and ask the group what has helped with their own teens at that age.',
          feedback:
            'Inviting the group to share is one of the best things a parent group can do, and it fits when a parent asks for ideas. Vivian just asked for no more tips, so this brings more of them. Get curious about the bikes instead.',
        },
      ],
    },
    {
      id: 'str-warmline-held-back',
      kind: 'value',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: '"You’d tell me, right?"',
      situation:
        'Vonda, 41, calls the warmline each week. She has not had a drink in four months. For a month she has talked about moving back in with her ex, who she says still drinks every night. Each time, you praised her courage and planning, but you never mentioned the worry you felt. Tonight she asks, "You’d tell me if you thought this was a bad idea, right?"',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Yes. You have held back a real concern to stay positive, and now she is asking for it. Honest feedback, given with care, is a form of respect; she can weigh it and still make her own choice.',
          best: true,
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Her courage and planning are real, so a strengths focus was not wrong. But strengths are not a reason to hide a concern. The value most at stake is being honest and direct with her.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'The move is her choice, and it stays hers. Sharing your concern does not force anything. What is at stake is whether you tell her the truth she is asking for.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope matters in recovery, but hope built on things left unsaid is fragile. The question she asks is about honesty, so that value is most at stake.',
        },
      ],
    },

    // ─────────────────────────── CHECK POOL (9) ───────────────────────────
    {
      id: 'str-er-label-and-risk',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'er',
      title: 'The flag on the chart',
      safety: ['suicide-risk'],
      situation:
        'It is 2 a.m. A nurse hands you the chart for Victor, 47, and says, "Heads up, he’s flagged as drug-seeking." Victor came into the emergency department with a hurt shoulder. He is calm and says he is not going anywhere until he sees a doctor. As you talk, he says quietly, "Honestly, if they send me home with nothing, I don’t see the point of waking up tomorrow." The crisis clinician is on shift down the hall; your supervisor is off until morning.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'clinician',
          text: 'Stay with him, ask him calmly and directly if he is thinking about suicide, and tell him you’re paging the crisis clinician.',
          feedback:
            'This is the best choice. Not wanting to wake up is a warning sign, whatever the chart says, and asking directly is safe. The crisis clinician is on shift down the hall, so that is the fastest face-to-face help. Stay with him until the clinician arrives, document what he said, and tell your supervisor in the morning.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'call-988',
          text: 'Stay with him, ask him calmly and directly if he is thinking about suicide, and tell him you’ll call 988 together now.',
          feedback:
            'Calling 988 together is a strong step where no crisis staff are on site, such as a drop-in center at night. Here a crisis clinician is down the hall and can see him in person. Page the clinician, stay with him, and document what he said.',
        },
        {
          id: 'supervisor',
          text: 'Stay with him, ask him calmly and directly if he is thinking about suicide, and tell him you’re calling your supervisor.',
          feedback:
            'Bringing in your supervisor is part of many peer protocols, and it fits when your supervisor is the on-call contact. At 2 a.m. yours is off until morning, and a crisis clinician is on shift now. Page the clinician first; tell your supervisor and document afterward.',
        },
        {
          id: 'security',
          text: 'Stay with him, ask him calmly and directly if he is thinking about suicide, and tell him you’re asking security to sit with him.',
          feedback:
            'A security sitter can be right when someone at risk is trying to leave or is a danger to others. Victor is calm and says he is staying, and a guard may confirm the label he already carries. Page the crisis clinician, stay with him, and document what he said.',
        },
      ],
    },
    {
      id: 'str-reentry-parole-call',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'reentry',
      title: '"Tell her I’m a changed man"',
      safety: ['legal'],
      situation:
        'Terrence, 42, has been home from prison for seven months. He has held a warehouse job for six months and has not missed a single parole check-in. His legal aid lawyer is asking the court to end his parole early. He asks you to call his parole officer today and tell her he is "a changed man." Your program’s policy: peer workers do not call parole, but they may write a letter of facts they have seen, sent through the person’s lawyer.',
      prompt: 'How do you respond?',
      options: [
        {
          id: 'letter-to-lawyer',
          text: 'Offer to write a letter about the job and check-ins you have seen, and send it to his lawyer.',
          feedback:
            'This is the best choice. Tell him plainly that you can’t make the call; the letter gives him what he needs within your program’s policy, and his lawyer decides how to use it in court. Keep to facts you have seen, such as his job and check-ins, not whether he has "changed," which is more than you can know first-hand. His record is real, and it is his to use.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'call-facts',
          text: 'Call the parole officer today, and tell her only what you have seen: his job and check-ins.',
          feedback:
            'Keeping to facts you have seen is right, and in some programs a call like this is allowed. Yours does not allow it, and a call outside his lawyer’s plan can affect his case in ways you cannot foresee. Offer the letter through his lawyer instead.',
        },
        {
          id: 'ask-supervisor',
          text: 'Tell him you want to help, and that you will ask your supervisor today about making that call.',
          feedback:
            'Checking with your supervisor is the right move when you do not know what your program allows. Here the policy already answers it: no calls, but a letter through his lawyer is fine. Offer what you can do now, and bring your supervisor in if anything is unclear.',
        },
        {
          id: 'own-letter',
          text: 'Tell him peer workers can’t call parole, and offer to help him write his own letter instead.',
          feedback:
            'Being clear about the limit is honest, and helping him speak for himself is a strong move in programs that allow no peer letters. But yours does allow a letter of facts through his lawyer, which is the closest thing to what he asked for. Offer it.',
        },
      ],
    },
    {
      id: 'str-drop-intake-form',
      kind: 'value',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'drop-in',
      title: 'A page of problems',
      situation:
        'Your recovery community center’s new intake form has three boxes: "Problems," "Risks" and "Barriers." Ulises, 40, fills it out on his first visit. Afterward he tells you, "I wrote a whole page about what’s wrong with me. There was nowhere to say I’ve coached my son’s soccer team for three years."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Yes. The form only looks for what is wrong, so Ulises starts his time at the center as a list of problems. A strengths focus would leave room for what he does well, such as three years of coaching.',
          best: true,
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Being seen as a whole person is part of respect, so this value is touched. But no one treated him rudely. The specific gap is that the form has no place for his strengths.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'A page of problems can drain hope, so this value is relevant. But the root cause is what the form asks for, which is only what is wrong. That is about a strengths focus.',
        },
        {
          id: 'facilitates',
          value: 'facilitates-change',
          feedback:
            'His plan will work better if it builds on coaching, so this value comes in later. Right now, the issue is that his strengths were never asked about at all.',
        },
      ],
    },
    {
      id: 'str-rural-four-areas',
      kind: 'multi',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'rural-telehealth',
      title: 'Up the mountain road',
      situation:
        'On a video call, you and Tobias, 66, a retired miner who lives alone up a mountain road, are taking stock of what supports his recovery. He names the Friday fish fry at the fire hall, where he has gone for twenty years; his morning prayers by the creek; and the safety log he kept at the mine, which he says taught him to stick to a routine. His brother lives in town and goes to the fish fry too, but Tobias says, "He’s not someone I lean on. Leave him off." You mention a woodworking class at the library, and he says he will think about it.',
      prompt: 'Which of these belong on his list today? Choose all that apply.',
      options: [
        {
          id: 'fish-fry',
          text: 'Has gone to the Friday fish fry at the fire hall for twenty years; knows folks there.',
          feedback:
            'Correct. This is a community resource he named: a place where he is known and expected. Supports like this matter a lot when someone lives far from services.',
          correct: true,
        },
        {
          id: 'brother',
          text: 'Has a brother in town who goes to the same Friday fish fry; they see each other there.',
          feedback:
            'Not for this list. It is plain and true, and family nearby would belong here if he saw it as a support. But Tobias said his brother is not someone he leans on and asked you to leave him off. The list is his, so his word decides.',
          correct: false,
        },
        {
          id: 'prayers',
          text: 'Says his morning prayers by the creek; they help him start the day calm.',
          feedback:
            'Correct. This is a spiritual resource he named himself. Faith and culture are strengths too, and they belong on the list in his words.',
          correct: true,
        },
        {
          id: 'woodworking',
          text: 'Has started the woodworking class at the library on Tuesday nights.',
          feedback:
            'Not yet. A new class may be a good support, and it goes on the list once he chooses it. Right now he has only said he will think about it, so this line is not accurate. Keeping the list to what he names keeps it his own.',
          correct: false,
        },
        {
          id: 'routine',
          text: 'Kept the safety log at the mine; says it taught him to stick to a routine.',
          feedback:
            'Correct. This is a personal strength backed by his own history, in his words. A steady routine is something he can build a recovery plan around.',
          correct: true,
        },
      ],
    },
    {
      id: 'str-reentry-late-shifts',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'reentry',
      title: '"At least I show up"',
      situation:
        'Tessa, 29, came home from prison two months ago and got a warehouse job in her first week. She has worked every shift, and last week you named that with her; she lit up. But she has been late three times, and yesterday her boss gave her a written warning. Today she shrugs it off: "At least I show up. That’s more than most."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'name-concern',
          text: 'Tell her honestly that the warning worries you, and ask what has made the mornings hard.',
          feedback:
            'This is the best choice. You named her showing up last week, and she heard it. Now she is using it to wave off a warning that could cost her the job. Naming the risk honestly, then getting curious, keeps strength and problem in view; a strengths focus never means ignoring problems.',
          best: true,
        },
        {
          id: 'name-strength',
          text: 'Tell her showing up for every shift is a real strength, and ask how she has kept it going.',
          feedback:
            'Naming a strength and asking how is a classic strengths move, and it fits when someone feels she does nothing right. But you named this last week, and she is now using it to brush off a real risk. Say honestly that the warning worries you.',
        },
        {
          id: 'practice-talk',
          text: 'Offer to practice with her what she could say to her boss about her start time.',
          feedback:
            'Practicing a hard talk is useful once a person wants to have it. Tessa does not yet see the warning as a problem, so this jumps to a fix she has not chosen. Name your worry first and ask what is behind the late mornings.',
        },
        {
          id: 'reflect-pride',
          text: 'Say it sounds like she is proud of showing up, and ask what that has meant to her.',
          feedback:
            'Reflecting her pride is warm, and it would fit if she were doubting herself. Here it keeps the talk on what is going well and leaves the warning unspoken. Say honestly that it worries you, then ask about the mornings.',
        },
      ],
    },
    {
      id: 'str-res-strengths-line',
      kind: 'branch',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'residential',
      title: 'The blank strengths line',
      situation:
        'Tariq, 29, leaves a residential program in two weeks. His housing and job-search plans are done, and the last line on his discharge form says "Strengths." The form goes to his new job coach today. He tells you, "Just put whatever. I’m only good at video games." Last week, when you said you saw him show two newer residents how to use the job-search site, he said, "Anyone could do that."',
      prompt: 'Work through the conversation one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'get-curious',
              text: 'Ask what he is good at in the games, and how he got to be that good at them.',
              feedback:
                'This is the best choice. He gave you a lead in his own words, and getting curious about it takes him seriously instead of arguing. What he does well in the games may hold real skills he can name himself.',
              best: true,
              next: 'gamer',
            },
            {
              id: 'site-again',
              text: 'Ask what he was thinking about when he showed two residents the job-search site.',
              feedback:
                'Getting curious about something you saw him do is a good move, and it would fit if he had not heard it yet. But he brushed it off last week, and raising it again turns it into a debate. Start with the lead he just gave you: the games.',
              next: 'pulls-back',
            },
            {
              id: 'proud-of',
              text: 'Ask what he has done here in the program that he feels most proud of so far.',
              feedback:
                'An open question about pride is a fine way in when a person gives you nothing to go on. Tariq just gave you something, in his own words. Passing over it tells him it does not count; ask about the games.',
              next: 'pulls-back',
            },
            {
              id: 'come-back',
              text: 'Ask whether he would like to leave the line blank and come back to it this week.',
              feedback:
                'Offering to come back later helps when a person is worn out and nothing is due. Here the form goes to his job coach today, and this is the last line, so putting it off says it does not matter. Ask about the lead he just gave you.',
              next: 'pulls-back',
            },
          ],
        },
        {
          id: 'pulls-back',
          lead: 'Tariq shrugs. "Why does that line even matter? Nobody reads it."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'who-reads',
              text: 'Tell him his job coach reads that line first, and ask what he wants her to see.',
              feedback:
                'This is the best choice. He asked a real question, and a straight answer shows him the line is about him and his job. Then the question hands the line back to him to fill.',
              best: true,
              next: 'gamer',
            },
            {
              id: 'reset',
              text: 'Tell him you moved too fast, and ask what he spends most of his time doing in the games.',
              feedback:
                'Owning a misstep and going back to his own lead is a good reset when a person has pulled back. But Tariq just asked you a direct question. Answer it first: his job coach reads the line.',
            },
            {
              id: 'ask-counselor',
              text: 'Tell him it’s fine to pause, and ask if he’d rather finish the line with his counselor.',
              feedback:
                'Offering a fresh face can help when a talk has stalled for good. But he asked why the line matters, which is an opening, and the form goes out today. Answer him honestly and keep going together.',
            },
          ],
        },
        {
          id: 'gamer',
          lead: 'Tariq sits up. He says he leads a team of players online and plans their strategy each week. Then: "Nobody hires gamers. Seriously, name one job that wants that."',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'name-jobs',
              text: 'Name a few jobs that use leading and planning, and ask which of them sound like him.',
              feedback:
                'This is the best choice. He asked you straight out to name one, and an honest answer respects the question. Leading and planning are skills employers want, and asking which jobs fit leaves the choice with him.',
              best: true,
            },
            {
              id: 'enjoy-most',
              text: 'Ask which parts of leading the team he enjoys most, and what kinds of work might use them.',
              feedback:
                'Letting a person make the link himself is often the strongest move. But Tariq just asked you to name a job, and turning his question back on him can feel like a dodge. Answer it, then let him choose what fits.',
            },
            {
              id: 'job-worries',
              text: 'Ask what kind of job he has in mind, and what worries him most about applying.',
              feedback:
                'Open questions about his goal and his worries are useful when he has not named what he is good at. He just did, and asked you a direct question about it. Answer it with a few jobs.',
            },
            {
              id: 'own-story',
              text: 'Tell him how you turned one of your own hobbies into your first job after treatment.',
              feedback:
                'A short piece of your story can give hope, and it fits when he asks how others did it. He asked which jobs want his skills, not how you did it, and this moves the focus to you. Name a few jobs and let him choose.',
            },
          ],
        },
      ],
    },
    {
      id: 'str-warmline-strengths-homework',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'warmline',
      title: 'The homework list',
      situation:
        'Una, 70, calls the warmline for the first time in months. Her counselor asked her to write a list of her strengths before their next visit. "I’ve been sober nine years, and I still can’t think of one thing," she says. "She asked me how I got through that first year, and my mind went blank. I don’t remember much of it. Can you help me get started?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'normal-day',
          text: 'Ask her to walk you through a normal day these days, and what she does to keep it steady.',
          feedback:
            'This is the best choice. She asked for a start, and the distant past is where she goes blank. Her days now hold strengths she uses without noticing: routines, people, habits that keep nine years going. Describing a day is easy, and the strengths she finds there are her own.',
          best: true,
        },
        {
          id: 'first-months',
          text: 'Ask how she got through the first months of those nine years, and what she leaned on.',
          feedback:
            'Asking about past wins is usually a rich way in, and it fits a person who can recall that time. But Una just told you her mind went blank on this very question and she remembers little of that year. Start somewhere she can reach, such as a normal day now.',
        },
        {
          id: 'common-list',
          text: 'Offer to read her a short list of common strengths, and ask which ones sound like her.',
          feedback:
            'A list of examples can help someone who is still stuck after looking at her own story. But a generic list gives her someone else’s words, and she has not yet looked at her own days. Start with what she does now; offer examples only if she is still stuck.',
        },
        {
          id: 'reflect-stuck',
          text: 'Say it sounds frustrating to be stuck, and ask what makes the list so hard to write.',
          feedback:
            'Reflecting and exploring what makes it hard fits when someone wants to talk about the feeling. Una asked for a way in, and this keeps the talk on being stuck. Ask about something she can reach, such as a normal day now.',
        },
      ],
    },
    {
      id: 'str-yf-summer-break',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'youth-family',
      title: 'The cardboard cities',
      safety: ['medication-diagnosis'],
      situation:
        'Toni, 39, meets you through a family peer program. Her daughter, 10, was diagnosed with ADHD last spring and takes medication for it. Toni says, "She’s not sick, she’s gifted. She builds whole cities out of cardboard. I think the pills are dulling her. Should I stop them for the summer?" She has already left a message for the prescriber, and a nurse from that office is calling her back on Thursday. "I want to be ready for that call," she says.',
      prompt: 'How do you respond?',
      options: [
        {
          id: 'list-for-call',
          text: 'Say she knows her daughter well, and offer to help her note what she’s seen for Thursday.',
          feedback:
            'This is the best choice. Toni has already reached the prescriber’s office and asked you to help her get ready. What she has noticed about her daughter is a real strength, and writing it down helps the prescriber’s team hear it. Whether to stop is their call with her; your part is to help her prepare.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'call-office',
          text: 'Say she knows her daughter well, and offer to help her call the prescriber’s office this week.',
          feedback:
            'Helping a parent reach the prescriber soon is the right in-role step when she has not done it yet. Toni already has: the office is calling her back Thursday. Help her get ready for that call instead.',
        },
        {
          id: 'september',
          text: 'Say she knows her daughter well, and offer to go with her to the next prescriber visit.',
          feedback:
            'Going with a parent to a visit is a good in-role offer, and it fits when the question can wait for that visit. Toni wants to be ready for Thursday’s call, which comes first. Help her prepare for that.',
        },
        {
          id: 'pharmacist',
          text: 'Say she knows her daughter well, and suggest she ask her pharmacist about a summer break.',
          feedback:
            'A pharmacist is a good in-role referral for questions about side effects or how a medicine works. Whether to pause it is the prescriber’s call, and Toni already has a callback from that office. Help her get ready for Thursday.',
        },
      ],
    },
    {
      id: 'str-er-note-lines',
      kind: 'rank',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'er',
      title: 'Writing the note',
      situation:
        'You are writing your peer note after meeting Trudy, 60, in the emergency department after a fall. An older note calls her "non-compliant" with follow-up care. She told you she missed two clinic visits because the bus stopped running on her street; she felt well enough to go both times and had no way to get there. She asked about a ride service to the clinic, and she walks her neighbor’s dog every day to stay active.',
      prompt: 'Rank these lines for your note, from most to least helpful.',
      options: [
        {
          id: 'full-line',
          text: 'Missed two clinic visits after her bus stopped running; walks a neighbor’s dog daily; asks about a ride service.',
          feedback:
            'Most helpful. It gives the real reason for the missed visits, a strength, and what she asked for, all in plain facts. The next worker has something to build on.',
        },
        {
          id: 'no-strength',
          text: 'Missed two clinic visits after the bus on her street stopped running; asks about a ride service to the clinic.',
          feedback:
            'Second. It is accurate and free of labels, and it records her request. But it leaves out her daily walks, a strength the team could use. Strengths belong in notes alongside the facts.',
        },
        {
          id: 'wrong-ride',
          text: 'Missed two clinic visits after her daughter stopped driving her; walks a neighbor’s dog daily; asks about rides.',
          feedback:
            'Third. It has a strength, her request, and a transport reason, and it would be the best line if that were her story. But it was the bus on her street that stopped, not a family ride. A wrong detail in a chart can send the team to call the wrong people.',
        },
        {
          id: 'wrong-reason',
          text: 'Missed two clinic visits when she felt too unwell to go; walks a neighbor’s dog daily; asks about a ride service.',
          feedback:
            'Least helpful. It has the shape of a good note, but the reason is wrong: she felt well enough and had no bus. A wrong reason in a chart sends the team to fix her health instead of her ride, and it is hard to undo. Accuracy comes first.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
