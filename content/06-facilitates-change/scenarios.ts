import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'facilitates-change',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'fac-er-list-in-the-folder',
      kind: 'single',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'er',
      title: 'The list in the discharge folder',
      situation:
        'Lonnie, 44, was treated in the emergency department for a skin infection on his arm. He is leaving at 9 p.m., and he tells you he wants to start medication for opioid use disorder, "for real this time." Last time, he says, he got a list like the one the nurse put in his folder, and he never got past the phone menus. The clinics on the list are closed until 8 tomorrow morning.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'call-together-at-eight',
          text: 'Offer to call him at 8 tomorrow and make the clinic call together.',
          feedback:
            'The clinics are closed tonight, and phone menus are what stopped him before. Setting a time to make the call together keeps the link warm and gets him past that barrier at the first moment it can work. Facilitating change means making the next step easier while the choice stays his.',
          best: true,
        },
        {
          id: 'call-together-now',
          text: 'Ask if he wants to call one of the clinics with you now, on speaker.',
          feedback:
            'Calling together while someone is ready is the best warm handoff when the clinic is open. Here it is 9 p.m. and the clinics are closed, so he would hit the same phone menu or a voicemail. Plan the call together for when someone will answer.',
        },
        {
          id: 'mark-nearest',
          text: 'Go through the list with him and mark the clinics closest to his home.',
          feedback:
            'Marking nearby clinics helps someone who wants to choose a place and call on his own. But this is the same kind of list that did not work for him last time. A list is a cold referral; he needs a link past the phone menus (facilitates change).',
        },
        {
          id: 'what-got-in-the-way',
          text: 'Ask what got in the way the last time he planned to start medication.',
          feedback:
            'Asking about past barriers is a good step when you do not know them. Lonnie has already told you: he never got past the phone menus. Asking again spends his last minutes with you; plan a way past that barrier instead.',
        },
      ],
    },
    {
      id: 'fac-residential-payday-weekend',
      kind: 'multi',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'residential',
      title: 'The payday weekend',
      situation:
        'Kayla, 26, leaves residential treatment on Friday. That weekend is payday, and her old friends always go out together. You ask what she wants that weekend to look like and how she wants to feel after, and she answers, "I want to go out with them Saturday, and I want to wake up Sunday clear enough for my mom\'s lunch." She is not ready to promise she won\'t drink, and she says the center\'s sober events "aren\'t my scene." Some past nights out went better than others, and she looks at you as if she expects a lecture.',
      prompt: 'Kayla has just named her own goal. Which responses work with it? Choose all that apply.',
      options: [
        {
          id: 'say-it-back',
          text: 'Say back what you heard: a night with her friends and a clear head for Sunday lunch.',
          feedback:
            'She expects a lecture. Saying her goal back in her words shows you heard it and take it seriously, and checks that you got it right. This is the first step of shared problem-solving, name the goal, and it starts from her goal, not one you would pick (facilitates change).',
          correct: true,
        },
        {
          id: 'what-helped-before',
          text: 'Ask what has helped on past nights out, even a little, and what made it harder.',
          feedback:
            'Some of her past nights out went better than others, and she has never looked at why. This builds the plan from her own experience: what helps and what gets in the way. Barriers and supports turn her goal into steps she can use that night, and she stays in charge of the choices.',
          correct: true,
        },
        {
          id: 'picture-the-weekend',
          text: 'Ask what she would like that weekend to look like, and how she wants to feel after.',
          feedback:
            "This open question is the right first move when someone has not yet said what they want. You just asked Kayla this, and she answered in detail: Saturday with her friends, and a clear head for her mom's lunch on Sunday. Asking the same question again can sound like you did not hear her, or hope for a different answer; reflect her goal and plan from there.",
          correct: false,
        },
        {
          id: 'sober-events',
          text: "Ask if she would like to hear about the recovery center's sober events that Saturday.",
          feedback:
            "Sober events are a good offer for someone who wants new places to go on a hard weekend. Kayla wants her night with her friends, and she has already said the center's events are not her scene. Offering them again swaps your goal for hers; work with the night she chose.",
          correct: false,
        },
        {
          id: 'drink-free-goal',
          text: 'Ask if she could make a drink-free weekend her first goal once she leaves here.',
          feedback:
            'This would fit if she had said she wanted a drink-free weekend. She said she is not ready to promise that. Any goal she chooses counts, and pressing for another one can cost you the chance to plan with her at all.',
          correct: false,
        },
      ],
    },
    {
      id: 'fac-warmline-gave-away-plants',
      kind: 'branch',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'warmline',
      title: 'She gave the plants away',
      situation:
        'Lorna, 61, calls the warmline most Sundays. For weeks she has talked about her goal of rejoining her garden club. Tonight she says she gave her tomato plants and her good tools to a neighbor. "I won\'t be needing them," she says, in a flat voice. Your line\'s protocol: when a caller shows warning signs, signal the shift supervisor to listen in before you go further. Tonight your supervisor is free at the next desk.',
      safety: ['suicide-risk', 'remote-risk'],
      prompt: 'Work through this call with Lorna.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'supervisor-listens-in',
              text: 'Stay on the line, signal your supervisor to listen in, and ask her calmly about suicide.',
              feedback:
                "Giving things away and saying she won't need them can be warning signs. Your protocol says the supervisor listens in first, and yours is free, so a wave brings help onto the call without leaving Lorna. Then tell her what you noticed and ask directly: asking does not put the idea in her head, and her answer tells you what comes next.",
              best: true,
              safety: 'escalates',
              next: 'she-says-yes',
            },
            {
              id: 'transfer-if-yes',
              text: 'Stay on the line, ask her calmly about suicide, and three-way 988 if she says yes.',
              feedback:
                'This is the right plan on a line whose protocol is a direct 988 transfer, or when no supervisor is free. Tonight your protocol says the supervisor listens in first, and yours is at the next desk. Signal your supervisor, then ask; the 988 transfer comes next, with your supervisor on the call.',
              next: 'she-backs-off',
            },
            {
              id: 'send-911',
              text: 'Stay on the line, ask her calmly about suicide, and have a coworker send 911 to her home.',
              feedback:
                'Sending 911 while you stay on the line is right when someone is in danger right now: she has taken steps, is hurt, or stops answering. Lorna is talking and has not said she has acted, and your protocol starts with your supervisor. Signal your supervisor and ask her directly first.',
              next: 'she-backs-off',
            },
            {
              id: 'brief-supervisor-after',
              text: 'Stay on the line, ask her calmly about suicide, and brief your supervisor after the call.',
              feedback:
                'Briefing your supervisor after a call fits when a caller shows no warning signs. Lorna does, and your protocol says your supervisor listens in now, while help can still shape the call. Signal your supervisor before you go further.',
              safety: 'unsafe',
              instead: 'Stay on the line, signal your supervisor to listen in, and ask her directly and calmly about suicide.',
              next: 'she-backs-off',
            },
          ],
        },
        {
          id: 'she-says-yes',
          lead: 'Lorna is quiet for a moment. Then she says yes, she has been thinking about suicide tonight. She is home alone. She says she has not done anything to hurt herself, she is glad someone asked, and she wants to keep talking. Your supervisor, listening in, nods: the next step in your protocol is a three-way transfer to 988.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'three-way-988',
              text: 'Tell her you want a 988 counselor to join, and start a three-way call as you stay on the line.',
              feedback:
                'A warmline is not a crisis line, and your protocol calls for 988. A three-way transfer gets her crisis support with no gap, and telling her what you are doing keeps her trust. Your supervisor stays on as your protocol says, and you document the call afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'call-911',
              text: 'Tell her you are worried for her safety, and call 911 to her home as you stay on the line.',
              feedback:
                'Calling 911 while you stay on is right when someone is in danger right now: she has taken steps, has harmed herself, or stops answering. Lorna is talking, has not acted, and wants to keep talking, and your protocol is 988. A three-way transfer to 988 fits better here.',
            },
            {
              id: 'supervisor-takes-over',
              text: 'Tell her your supervisor is listening, and hand the call over to your supervisor as you stay on.',
              feedback:
                'Some lines do have a supervisor take over a risk call. Yours has just signaled the 988 transfer, and a supervisor is not a crisis counselor. Make the three-way transfer to 988 while you stay on the line.',
            },
            {
              id: 'call-988-back',
              text: 'Tell her you want a 988 counselor to call her, and phone 988 on your other line now.',
              feedback:
                'Reaching 988 is right, but this leaves her alone while you make the call, and the callback may not connect. Keep her with you and bring 988 onto the same call.',
              safety: 'unsafe',
              instead: 'Stay on the line and make a three-way transfer to 988, telling her what you are doing as you go.',
            },
          ],
        },
        {
          id: 'she-backs-off',
          lead: 'Lorna hesitates. Then she says, "Never mind. Forget I said anything about the plants." She has not said no.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'signal-and-ask-again',
              text: 'Stay on the line, signal your supervisor in, and ask her again, gently, about suicide.',
              feedback:
                'It is not too late. Bringing your supervisor in now follows your protocol, and coming back to the question, calmly and directly, shows her you really want to know. What you do next depends on her answer.',
              best: true,
              safety: 'escalates',
              next: 'she-says-yes',
            },
            {
              id: 'transfer-now',
              text: 'Stay on the line, say the plants comment worried you, and start a three-way call with 988.',
              feedback:
                'A 988 transfer is right once you know she is at risk. She has just tried to close the topic, and a transfer she did not agree to may end the call. Bring your supervisor in, ask again, and transfer with her if she says yes.',
            },
            {
              id: 'give-988-number',
              text: 'Say you hear her, give her the 988 number, and tell your supervisor about the call after.',
              feedback:
                'Giving the 988 number is a good close to a call with no sign of risk. Here the warning signs are real and her answer is still unclear, and she would be alone with it tonight. Bring your supervisor in and ask again before the call ends.',
              safety: 'unsafe',
              instead: 'Stay on the line, signal your supervisor, and ask her again, directly, whether she is thinking about suicide.',
            },
            {
              id: 'respect-her-wish',
              text: 'Respect her wish for now, stay on the call, and come back to it if she brings it up again.',
              feedback:
                'Following her lead is usually right on a warmline. But not over a possible risk to her life: her answer is still unclear while she is on the line with you. Safety comes before choice here.',
              safety: 'unsafe',
              instead:
                'Stay on the line, bring in your supervisor, ask her directly about suicide, and transfer her to 988 if she is at risk.',
            },
          ],
        },
      ],
    },
    {
      id: 'fac-drop-in-laundry-rule',
      kind: 'value',
      pool: 'practice',
      value: 'voluntary',
      setting: 'drop-in',
      title: 'A plan for the laundry room',
      situation:
        'A recovery community center adds a new rule: members must have a written goal plan on file to use the laundry room and computers. The center\'s goal plans have helped many members who asked for them. Kip, 50, comes in twice a week to wash his clothes and have coffee. He says he may want to set goals someday, "but not as the price of clean clothes." Staff say he must sign a plan or stop using the laundry.',
      prompt: 'Which value is most at stake in the new rule?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Yes. Peer support is offered, never forced. Tying the laundry room to a goal plan turns an offer into a condition. You can keep inviting Kip to set goals when he wants to, and raise the rule with your supervisor.',
          best: true,
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            "Goal plans are a tool for facilitating change, and this center's plans work for members who want them. The problem is not the tool. It is that Kip cannot say no to it and keep a basic service, which is voluntary.",
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Staff hold the power here, and that matters. But the sharpest problem is not how decisions are shared inside a plan. It is that Kip must accept support he did not ask for, which is voluntary.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Kip deserves respect, and the rule may feel demeaning. But its core problem is pressure: support he must accept to get a basic service. Voluntary is most at stake.',
        },
      ],
    },
    {
      id: 'fac-drop-in-whose-goal',
      kind: 'single',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'drop-in',
      title: '"I guess that\'s my goal"',
      situation:
        'Lucas, 30, sits down with you at the recovery center for his first goal-planning chat. "My case manager says I need to work on my coping skills. I guess that\'s my goal, and she\'s right," he says. "I snap at my kids every night after work, and I hate it. Stepping out on the porch helps some nights. But coping skills? What is that even supposed to look like?"',
      prompt: 'What do you do next?',
      options: [
        {
          id: 'picture-good-evening',
          text: 'Ask what a better evening with his kids would look like to him.',
          feedback:
            'Lucas has chosen the goal: fewer hard evenings with his kids. What he lacks is a picture of it, and he just asked what it is supposed to look like. Asking him to describe a better evening turns a vague label into a goal he can see and plan toward (facilitates change).',
          best: true,
        },
        {
          id: 'his-own-words',
          text: "Ask what he'd like to be different in his life a few months from now.",
          feedback:
            "A wide open question is the right start when someone has not said what he wants, or names someone else's goal with a shrug. Lucas has already said what he wants to change: his evenings with his kids. Asking again can sound like you did not hear him; help him picture that goal instead.",
        },
        {
          id: 'what-has-worked',
          text: 'Ask what has helped him keep his cool with his kids before now.',
          feedback:
            'Building on what has worked is a strong step once the goal is clear. Lucas already told you the porch helps some nights, and his question now is what the goal looks like. Picture the goal with him first; the porch can then become part of his plan.',
        },
        {
          id: 'call-case-manager',
          text: 'Offer to call his case manager with him to ask what she meant.',
          feedback:
            'Linking with his case manager fits when a person wants to understand her reasons or her plan. Lucas is asking what the goal would look like in his own life, and you can explore that with him now. He is the expert on his own evenings.',
        },
      ],
    },
    {
      id: 'fac-drop-in-my-own-call',
      kind: 'branch',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'drop-in',
      title: '"I can make a phone call"',
      situation:
        "Kurt, 49, has come to the recovery center for a year and never misses your Friday group. He wants to apply for a supportive housing program. You offer to call the intake line with him, and he says no thanks: \"I'm a grown man. I can make a phone call. It's the holds that get me.\" Last spring he called twice, at the quiet times the line's own message suggests, and gave up both times after long holds.",
      prompt: 'Work through the next few weeks with Kurt.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do?',
          options: [
            {
              id: 'plan-for-the-hold',
              text: "Say OK, and ask what he'll do if the hold runs long this time.",
              feedback:
                'Kurt named the holds himself, so asking his plan for them follows his lead and treats him as the one who solves it. It honors his "no" and still plans for the barrier that stopped him twice. When a person turns down a warm handoff, facilitating change means helping them succeed their way.',
              best: true,
              next: 'got-through',
            },
            {
              id: 'best-time-tip',
              text: "Say OK, and ask if he'd like a tip on when the line is least busy.",
              feedback:
                'A timing tip is a good offer for someone new to the line. Kurt already called at the quiet times the line suggests, both times, and still got stuck on hold. The timing is tried; he named the holds as the problem, so ask what he will do when one runs long.',
              next: 'gave-up',
            },
            {
              id: 'when-to-check-in',
              text: "Say OK, and ask when he'd like you to check in on how it went.",
              feedback:
                'Respecting his "no" and offering to check back are both good, and this would be the move if the barrier were behind him. But Kurt is at your Friday group every week anyway, and he just told you the holds are what get him. A check-in comes after the hard part; plan for the holds with him first.',
              next: 'gave-up',
            },
            {
              id: 'my-hold-story',
              text: "Say OK, and ask if he'd like to hear how you handled long holds.",
              feedback:
                'A brief story can help when someone feels alone in a problem. But Kurt just told you he wants to handle this himself, and your fix may not be his; it puts you in the expert seat. Ask what he wants to do about the holds (facilitates change; mutual).',
              next: 'gave-up',
            },
          ],
        },
        {
          id: 'got-through',
          lead: 'Kurt decides to call Tuesday at 8, and if he is on hold more than 20 minutes, he will come find you. On Thursday he stops by. He got through, but intake needs a letter from his doctor. "I\'ve got this," he says. "I just have to figure out the letter part."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'his-next-step',
              text: 'Ask what his first step on the letter will be, and when.',
              feedback:
                'A new barrier is information, not failure. Asking for his next step keeps the plan his and makes it small and specific. You are ready to help if he asks.',
              best: true,
            },
            {
              id: 'call-doctor-together',
              text: "Ask if he'd like to call his doctor's office with you today.",
              feedback:
                'Calling together is a good offer when someone is stuck or asks for a hand. Kurt just told you he has this, and he has shown he can make hard calls. Let him lead, and keep your help on offer.',
            },
            {
              id: 'celebrate-win',
              text: 'Ask how it felt to get through, and name it as a real win.',
              feedback:
                'Naming a win builds momentum, and it would be the main move if the job were done. Here a new barrier just showed up. Celebrate briefly, then help him name the next step.',
            },
            {
              id: 'every-paper',
              text: "Ask if he'd like a list of the other papers intake may want.",
              feedback:
                'A full list helps someone who wants to get ahead. Kurt is working one step at a time, and a pile of tasks can crush momentum. Focus on the letter in front of him.',
            },
          ],
        },
        {
          id: 'gave-up',
          lead: 'Two weeks later, Kurt says he called once, sat on hold for 40 minutes, and hung up. "Maybe housing just isn\'t in the cards for me," he says, looking at the floor.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'reflect-and-reoffer',
              text: 'Say 40 minutes on hold would wear anyone down, and ask what he wants next.',
              feedback:
                'This names the real barrier instead of blaming him, and hands him the next choice. He may now want to call with you, or try another way. A setback is information, and the goal is still his.',
              best: true,
            },
            {
              id: 'call-now-together',
              text: "Say that sounds discouraging, and ask if he'd like to call with you now.",
              feedback:
                'Calling together may be where he lands, and it would be the right offer if he asked for a hand. But he wanted to do this himself, and he has just said housing may not be for him. Hear that first, then let him choose how to try again.',
            },
            {
              id: 'other-programs',
              text: "Say that sounds discouraging, and ask if he'd like to hear of faster programs.",
              feedback:
                'Naming the feeling helps, and other programs are a good offer when this one is the wrong fit. But Kurt wants this one, and a new list sends him off to face the same kind of barrier alone. Let him choose how to try again.',
            },
            {
              id: 'try-next-week',
              text: 'Say he did make the call this time, and ask what day he could try again.',
              feedback:
                'Pointing to what he did and setting a next try help someone who is close to trying again. Kurt just said housing may not be for him, and the same call may end the same way. Hear the setback first, then let him shape the next try.',
            },
          ],
        },
      ],
    },
    {
      id: 'fac-youth-before-tryouts',
      kind: 'multi',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'youth-family',
      title: 'Before tryouts',
      situation:
        'Layla, 16, meets with you in a youth peer program. She wants to quit vaping before basketball tryouts in six weeks, and she has already picked Monday as her quit day. She has tried to stop on her own twice, and both times she gave in by the third day. Her mom, who found a vape in her backpack last month, keeps telling her how easy it was to quit smoking, and Layla says hearing how other people quit just makes her feel worse. She asks you not to bring her mom into this yet.',
      prompt: 'Which responses fit what Layla has told you? Choose all that apply.',
      options: [
        {
          id: 'day-three',
          text: 'Ask what was going on around day three, both times she tried.',
          feedback:
            'Two tries that stopped at the same point show where the barrier is. Looking at it with her turns a "failure" into information she can plan around. This is shared problem-solving (facilitates change).',
          correct: true,
        },
        {
          id: 'text-program',
          text: 'Show her a free teen text-to-quit program that checks in on hard days.',
          feedback:
            'She has tried alone twice, so added support fits, and this kind of program checks in right when cravings hit. Looking at it together makes the link warm, not a flyer, and she decides whether to sign up.',
          correct: true,
        },
        {
          id: 'plan-talk-with-mom',
          text: "Ask if she'd like help planning how to tell her mom about her goal.",
          feedback:
            "Planning a talk with a parent is a good offer when a teen wants family support. Layla asked you not to bring her mom in yet, so raising it now presses past her request. Follow your program's youth privacy policy, and offer this later, when she is ready.",
          correct: false,
        },
        {
          id: 'quit-day',
          text: "Ask which day this week she'd like to pick as her new quit day.",
          feedback:
            'Picking a quit day is a good first step for someone who has not set one. Layla already picked Monday, so asking her to choose again misses what she told you. The open question is what happens on her day three, not which day she starts.',
          correct: false,
        },
        {
          id: 'how-you-quit',
          text: "Ask if she'd like to hear what got you through your first hard week.",
          feedback:
            'A brief story, offered with permission, can help a person who wants to hear one. Layla just told you that hearing how other people quit makes her feel worse, and her mom does it often. Keep the focus on her own day three instead (facilitates change; mutual).',
          correct: false,
        },
      ],
    },
    {
      id: 'fac-rural-maybe-a-four',
      kind: 'single',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      title: '"Maybe a four"',
      situation:
        'Lane, 47, meets with you by video from her home, two hours from the nearest city. Her nearest neighbor lives a mile away. Her goal is to walk with her dog every day to help her mood. She picks a first step: a 30-minute walk every morning this week. When you ask how sure she feels, from 1 to 10, she says, "Maybe a 4. The half hour is easy; I walked more than that all last fall. But I leave for work at 6, and our road is pitch dark until 7."',
      prompt: 'What do you do next?',
      options: [
        {
          id: 'what-would-help',
          text: 'Ask what would help the 30-minute walk feel more like a 7 or 8.',
          feedback:
            'Lane told you the walk itself is easy; the dark road at 6 is what brings her down to a 4. Asking what would help lets her solve that barrier her way, maybe a walk after work or a lit route. The goal and the step stay hers (facilitates change).',
          best: true,
        },
        {
          id: 'size-it-down',
          text: 'Ask what size of step would feel more like a 7 or 8 to her.',
          feedback:
            'Shrinking the step is the right move when the step itself feels too big. Lane said the half hour is easy for her; the problem is the dark at 6. A smaller walk in the same dark does not fix that, so ask what would help with the real barrier.',
        },
        {
          id: 'why-not-lower',
          text: 'Ask why she picked a 4 and not a lower number, like a 1 or 2.',
          feedback:
            "Asking why the number is not lower draws out a person's own reasons, and it fits when someone is unsure she wants the change at all. Lane wants it and has named a clear barrier. Help her plan around the dark road.",
        },
        {
          id: 'walking-buddy',
          text: 'Ask if someone nearby could walk with her on some of the mornings.',
          feedback:
            'A walking partner is a real support for someone with people close by. Lane lives a mile from her nearest neighbor, so this may add a barrier instead of removing one. Ask what would help her, and let her choose.',
        },
      ],
    },
    {
      id: 'fac-residential-off-everything',
      kind: 'single',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'residential',
      title: 'Off everything by going home',
      situation:
        'Lydia, 29, has been in residential treatment for five weeks and takes buprenorphine for opioid use disorder. Her goal is to be "off everything" before she goes home next month, and she wants to raise it with her prescriber on Tuesday, face to face. She has already written her questions down with her counselor. "Last visit I froze and walked out without asking a thing," she says. "Could you come with me this time?"',
      safety: ['medication-diagnosis'],
      prompt: 'What do you say?',
      options: [
        {
          id: 'go-with-her',
          text: 'Offer to go with her to see her prescriber Tuesday, and help her keep to her list.',
          feedback:
            'Going with her is within the peer role, and it answers what she asked for: support in the room so she does not freeze again. Her questions are written; you help her use them, and the choice about her medication stays with her and her prescriber. Let your supervisor know, and note it as your program asks.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'prescriber-questions',
          text: 'Ask what "off everything" means to her, and help her list questions for her prescriber.',
          feedback:
            'Helping someone prepare questions is a strong move before a medication visit. Lydia has already written hers with her counselor, and what she asked you for is company so she does not freeze. Offer to go with her.',
        },
        {
          id: 'supervisor-raises',
          text: 'Ask your supervisor to let her prescriber know about her goal before Tuesday.',
          feedback:
            'Passing a concern to the care team through your supervisor fits when a person asks you to, or cannot raise it herself. Lydia wants to bring it up herself, face to face, and this goes around her. Help her do it in her own voice.',
        },
        {
          id: 'call-prescriber-today',
          text: "Offer to help her call her prescriber's office today to bring up her goal.",
          feedback:
            'Calling ahead fits when a question cannot wait for the visit. Lydia sees her prescriber Tuesday and wants to talk face to face, and a phone call does not help with freezing in the room. Offer to go with her.',
        },
      ],
    },
    {
      id: 'fac-er-dead-numbers',
      kind: 'value',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'er',
      title: 'The list with dead numbers',
      situation:
        'You work as a peer bridger in an emergency department. Everyone discharged after a substance-related visit gets the same printed list of clinics. The whole team knows some numbers on it are old, but no one has had time to fix it. This month three people told you they hit dead numbers, and one gave up after two tries. Your supervisor asks you to bring ideas to the next team meeting.',
      prompt: 'Which value is most at stake in what you bring to the meeting?',
      options: [
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Yes. Facilitating change includes advocating within systems, not only helping one person at a time. A list with dead numbers blocks the very link people need. Bringing ideas to the team, such as warm handoffs and a checked list, is this value in action.',
          best: true,
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Honesty would be most at stake if you were tempted to hide the problem or tell people the list was fine. Here the team already knows, and your supervisor has asked for ideas. What is at stake is whether the system links people to care, which is facilitating change.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'People deserve better than a broken list, so respect is part of this. But what is most at stake is whether the system helps people reach the next service, which is facilitating change.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            "A dead number can drain someone's hope, so this value matters. But hope alone will not fix the list. Pushing for a better way to link people is facilitating change.",
        },
      ],
    },
    {
      id: 'fac-er-where-to-start',
      kind: 'multi',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'er',
      title: '"No idea where to start"',
      situation:
        'Leticia, 33, came to the emergency department after a panic attack at work. She is calmer now. She wants to see a counselor but has "no idea where to start," and she would feel more at ease with someone who speaks Spanish. The community mental health center nearby takes phone intakes. Her husband will pick her up in ten minutes, and she says she would rather call tomorrow herself, from home, with him beside her.',
      prompt: "Which steps fit Leticia's situation? Choose all that apply.",
      options: [
        {
          id: 'introduce-by-name',
          text: 'Call the intake line with her now, and introduce her by name.',
          feedback:
            'Calling together is the warmest handoff when a person is ready and has time. Leticia leaves in ten minutes and has said she wants to make the call herself, tomorrow, with her husband beside her. Help her get ready for that call instead.',
          correct: false,
        },
        {
          id: 'script-the-call',
          text: 'Help her jot down what to say and ask when intake answers.',
          feedback:
            'She has "no idea where to start," and she will make the call on her own. A few notes on what to say and ask give her a starting point she can hold, and the call stays hers (facilitates change).',
          correct: true,
        },
        {
          id: 'find-spanish',
          text: 'Look up with her whether the center has a Spanish-speaking counselor.',
          feedback:
            'She told you what would help her feel at ease, so this builds the link around her need. Knowing before she calls lets her ask for that counselor by name or choice. A counselor she can talk with easily makes a second visit more likely.',
          correct: true,
        },
        {
          id: 'check-in-after',
          text: 'Set up a check-in call with her for a day or two after her first visit.',
          feedback:
            'Following up is part of a warm handoff, even when the person makes the call herself. If the first visit does not fit, you can help her adjust, and she picks the time.',
          correct: true,
        },
        {
          id: 'call-tomorrow',
          text: "Ask if she'd like you to call intake tomorrow and phone her with a time.",
          feedback:
            'Calling on her behalf fits when a person asks you to or cannot make the call. Leticia has said she wants to make it herself, with her husband there. Help her get ready instead.',
          correct: false,
        },
      ],
    },

    // ───────────────────────────── CHECK POOL ─────────────────────────────
    {
      id: 'fac-er-intake-on-hold',
      kind: 'rank',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'er',
      title: 'On hold, and her ride is here',
      situation:
        "Kendra, 38, tells you in the emergency department that she wants outpatient treatment for her drinking. She wants the clinic on her bus line, and she has a phone. With her permission, you call the clinic's intake line, but you keep getting put on hold. Her discharge papers are done, and her sister is outside to drive her home now.",
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'call-her-with-time',
          text: 'Get her number, keep trying after she leaves, and call her with a time.',
          feedback:
            'This belongs first. She has to go now, and this keeps the link warm: you stay on the hold line for her and follow up with a real appointment. It keeps the clinic she chose.',
        },
        {
          id: 'keep-trying-warm',
          text: 'Ask her to wait while you keep calling, and introduce her when someone answers.',
          feedback:
            'This belongs second. Introducing her is the warmest handoff, and it would come first if she had time. But her ride is waiting and the hold may run long, so it asks her to put her day on hold for a call you can finish for her.',
        },
        {
          id: 'number-and-hours',
          text: "Write the clinic's number and its least busy hours on her papers.",
          feedback:
            'This belongs third. Good call times help, and this would be enough for someone who wants to call on her own. But it is a cold referral, and long holds wear people down.',
        },
        {
          id: 'other-clinics',
          text: 'Give her a list of other clinics nearby that may be easier to reach.',
          feedback:
            'This belongs last. Other clinics are a good backup when a person has no preference. Kendra chose this clinic because it is on her bus line, so a list of others sets her choice aside and is still a cold referral.',
        },
      ],
    },
    {
      id: 'fac-youth-grandmother-hospital',
      kind: 'value',
      pool: 'check',
      value: 'empathetic',
      setting: 'youth-family',
      title: 'Job steps first',
      situation:
        'Kiara, 17, has been working with a youth peer mentor on her goal of finding a summer job. Today she arrives with red eyes. Her grandmother, who raised her, went into the hospital last night. The mentor smiles, opens the goal sheet and says, "Let\'s check in on your job steps first, then we can talk."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Yes. Kiara is hurting, and the mentor moves past her feelings to the agenda. Empathy means noticing and making room for what she is going through right now. The job steps can wait.',
          best: true,
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Checking back on steps is part of facilitating change, so this value is in the room. But goal work only helps when the person can engage, and today Kiara needs to be heard first. Empathy is most at stake.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Treating Kiara as a whole person is part of respect. But the clearest miss is not noticing and responding to her grief in the moment. That is empathy.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            "Hope may matter later, as Kiara copes with her grandmother's illness. But right now the mentor has not even acknowledged her pain. Empathy is most at stake.",
        },
      ],
    },
    {
      id: 'fac-reentry-benefits-office',
      kind: 'branch',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'reentry',
      title: 'The third trip to the benefits office',
      situation:
        'Lionel, 39, came home from prison six weeks ago. He has been to the benefits office twice to apply for food assistance. Both times the clerk sent him away for a missing paper: once proof of address, once something he cannot remember now. He keeps his papers loose in a plastic bag. He asks if you will come with him next time. "I\'ll do the talking," he says. "I just want someone in my corner."',
      prompt: 'Work through the next visit with Lionel.',
      steps: [
        {
          id: 'start',
          prompt: 'How do you get ready for the visit?',
          options: [
            {
              id: 'check-papers',
              text: 'Say yes, and offer to check his papers with him the day before.',
              feedback:
                'A missing paper is what sent Lionel home both times, and he is not sure which one it was. Going through his bag together, before the visit, removes the barrier that stopped him, and he still does the talking as he planned. This is facilitating change with him, not for him.',
              best: true,
              next: 'at-the-desk',
            },
            {
              id: 'plan-roles',
              text: 'Say yes, and plan with him who will say what at the desk, and when.',
              feedback:
                'Planning roles ahead is the right move when it is not yet clear who will speak. Lionel already told you: he talks, and you are in his corner. What sent him home twice was a missing paper, and no plan at the desk fixes that. Check his papers with him first.',
              next: 'took-over',
            },
            {
              id: 'ask-to-talk',
              text: 'Say yes, and ask if he would like you to do the talking at the desk.',
              feedback:
                'Offering to speak for someone fits when they ask for it or freeze up. Lionel just said he will do the talking. The barrier he keeps hitting is a missing paper; help him with that.',
              next: 'took-over',
            },
            {
              id: 'letter-to-manager',
              text: 'Say yes, and offer to write to the office manager with him first.',
              feedback:
                'A written complaint is a real advocacy tool, and it fits when someone wants to report poor treatment. Lionel asked for help at the next visit, and the problem both times was a missing paper. Get his papers in order with him first; a letter can come later if he wants one.',
              next: 'took-over',
            },
          ],
        },
        {
          id: 'at-the-desk',
          lead: 'The day before, you go through his bag together, find two papers missing, and he gets copies that afternoon. At the desk, the clerk looks past Lionel and asks you, "So what does he need?" Lionel\'s jaw tightens.',
          prompt: 'What do you do?',
          options: [
            {
              id: 'turn-to-him',
              text: 'Say, "Lionel can tell you what he needs," and turn toward him.',
              feedback:
                'This hands the conversation back to Lionel, just as he asked. It shows the clerk who the visit is about, without a fight. You stay ready to back him up.',
              best: true,
            },
            {
              id: 'ask-him-first',
              text: 'Turn to Lionel and ask if he would like you to answer this one.',
              feedback:
                'Checking with him is a good move when there is no plan. He already told you he would do the talking, and asking in front of the clerk can make it look like he needs you. Hand the question straight back to him.',
            },
            {
              id: 'ask-manager',
              text: 'Ask to speak with a manager about his last two visits.',
              feedback:
                'A manager can be the right backup if he is sent away again. Going there now skips his chance to speak, and it may cost him the help he came for. Hand the floor to Lionel first.',
            },
            {
              id: 'hand-over-papers',
              text: 'Say, "He brought this paper last time," and hand it to the clerk.',
              feedback:
                'Being organized helps, and this would fit if he had asked you to handle the papers. He said he would do the talking, and the clerk just talked past him. Turn the conversation back to him.',
            },
          ],
        },
        {
          id: 'took-over',
          lead: 'At the office, the clerk says a paper is missing again and turns to you, and you end up doing most of the talking while Lionel hangs back. He gets an appointment, but on the way out he mutters, "Guess I needed a babysitter."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'own-it',
              text: 'Say you took over more than you meant to, and ask how he wants it next time.',
              feedback:
                'Owning your part repairs trust, and asking him puts him back in charge. The appointment is real progress, and the next visit can be his to lead. This is facilitating change with shared power.',
              best: true,
            },
            {
              id: 'name-the-win',
              text: 'Tell him the appointment is his win, and ask how he wants it next time.',
              feedback:
                'Naming a win and asking about next time both help when someone brushes off their own progress. Here he is telling you he felt sidelined, and praise skips past your part in it. Own what you did first, then ask how he wants it to go.',
            },
            {
              id: 'go-solo-next',
              text: "Ask if he'd like to go on his own next time, with a plan if he's sent away.",
              feedback:
                'Going alone, with a plan, can be the right next step for someone ready to. But Lionel asked you to come; he wanted you beside him, not in his place. Own what happened and ask how he wants your help next time.',
            },
            {
              id: 'why-stepped-in',
              text: 'Say the clerk made it hard to hang back, and ask how he wants it next time.',
              feedback:
                'Explaining what happened fits when someone asks why you stepped in. Here it puts the blame on the clerk and skips your part, so it can sound like a defense. Own what you did, then ask what he wants next time.',
            },
          ],
        },
      ],
    },
    {
      id: 'fac-reentry-hallway-floor',
      kind: 'single',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'reentry',
      title: 'On the hallway floor',
      situation:
        'Lamar, 31, came home from prison four days ago. He is at the reentry center to work on the steps for his ID with you, and he steps out to the restroom. Ten minutes later you find him on the hallway floor, not waking to his name, his lips blue. A coworker gives him naloxone from the kit by the door, and within two minutes he comes to. Now he is groggy and confused and keeps trying to stand up. No one has called 911 yet.',
      safety: ['overdose-medical'],
      prompt: 'What do you do?',
      options: [
        {
          id: 'keep-him-talking',
          text: 'Call 911, stay with him, and keep him seated and talking until help comes.',
          feedback:
            "He has come to, but naloxone can wear off before the drugs do, so he still needs emergency care. Calling 911, staying with him, and keeping him seated and talking lets you watch for him slipping back; if he stops responding, he may need another dose. Afterward, tell your supervisor and document what happened, following the center's protocol.",
          best: true,
          safety: 'escalates',
        },
        {
          id: 'call-911-stay',
          text: 'Call 911, give him naloxone from the kit, and stay with him until help comes.',
          feedback:
            'This is the right plan for someone who is not waking and is barely breathing, as Lamar was a few minutes ago. He has had naloxone and is coming to; another dose is for when a person does not respond or slips back. Call 911, stay, and keep him seated and talking.',
        },
        {
          id: 'recovery-position',
          text: 'Call 911, stay with him, and roll him onto his side until help comes.',
          feedback:
            'The recovery position is right for someone who is breathing but will not wake, so he does not choke. Lamar is awake and trying to stand, and rolling him over works against him. Keep him seated, talk with him, and watch for him slipping back.',
        },
        {
          id: 'rescue-breaths',
          text: 'Call 911, stay with him, and give rescue breaths until help comes.',
          feedback:
            'Rescue breaths are right for someone who has stopped breathing or is barely breathing, if you are trained. Lamar is breathing on his own and trying to get up. Keep him seated and talking, and give breaths only if his breathing fails again.',
        },
      ],
    },
    {
      id: 'fac-reentry-sealing-record',
      kind: 'single',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'reentry',
      title: 'Which form to file',
      situation:
        'Keith, 42, came home from prison eight months ago. Two landlords have turned him down because of his record. He wants to get his record sealed, and he asks you which court form to file and what to say to the judge. Last month he called a legal aid line on his own, froze when they asked about his case, and hung up. "I do better face to face," he says. Legal aid runs a free walk-in sealing clinic at the library this Saturday.',
      safety: ['legal'],
      prompt: 'How do you respond?',
      options: [
        {
          id: 'walk-in-clinic',
          text: 'Offer to go with him to the legal aid walk-in clinic this Saturday.',
          feedback:
            'Court forms and what to tell a judge are legal advice, which belongs with legal aid or a lawyer. Keith froze on the phone and says he does better face to face, and a walk-in clinic is days away. Going with him makes the link warm and in person, and he stays in charge of his case.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'legal-aid-together',
          text: 'Offer to call legal aid with him today, after you list his questions.',
          feedback:
            'Calling together, with questions ready, is a strong warm handoff for someone who does fine on the phone with support. Keith froze on the phone and told you he does better face to face, and an in-person clinic is this Saturday. Offer to go with him there.',
        },
        {
          id: 'legal-aid-number',
          text: 'Give him the legal aid number, and ask him to tell you what they say.',
          feedback:
            'Handing over the number and checking back fits someone who has called before and done fine. Keith froze and hung up last time, so a cold referral may end the same way. Link him in person, with you beside him.',
        },
        {
          id: 'self-help-page',
          text: "Sit with him while he reads the court's self-help page on sealing.",
          feedback:
            'Reading public court information together is within your role, and it fits someone who wants to learn the basics first. But Keith asked which form to file and what to tell a judge, and that is legal advice. Link him warmly to legal aid, where someone can answer for his case.',
        },
      ],
    },
    {
      id: 'fac-warmline-same-old-me',
      kind: 'single',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'warmline',
      title: '"Same old me"',
      situation:
        'Kenneth, 57, calls the warmline most Thursdays. Last week he chose one step toward his goal of eating better: stop at the food pantry on Monday. Tonight he says he didn\'t go, and his voice is low. His neighbor\'s ride fell through, and the pantry is two buses away. "Same old me," he says. "I don\'t follow through on anything."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'ride-not-him',
          text: 'Say it sounds like the ride fell through, not that he fell short.',
          feedback:
            '"Same old me" turns one missed step into proof about who he is. Saying back what actually happened puts the miss where it belongs: on a barrier you can plan around. Once he feels heard, you can look at other ways to get there (facilitates change).',
          best: true,
        },
        {
          id: 'other-ways-there',
          text: 'Ask what other ways he could get to the pantry by next Monday.',
          feedback:
            'Solving the ride problem is the right next step, and it would lead if he had simply reported the missed trip. But he just called himself someone who never follows through. Jumping to logistics skips that; reflect first, then plan.',
        },
        {
          id: 'what-got-in-way',
          text: 'Ask what got in the way on Monday, and if the step still fits his week.',
          feedback:
            'This is a good check-back question when you do not know what happened. He already told you: the ride fell through. Asking again can sound like you did not hear him, or that you doubt his reason.',
        },
        {
          id: 'my-missed-step',
          text: 'Share a time you missed a step, and how you got back on track after.',
          feedback:
            'A brief story can ease shame if he wants to hear it. Leading with yours moves the focus off Kenneth before he feels heard. Start with what happened to him.',
        },
      ],
    },
    {
      id: 'fac-warmline-back-on-track',
      kind: 'multi',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'warmline',
      title: '"Where do I even start?"',
      situation:
        'Lacey, 45, calls the warmline after a hard year. She has been out of work since spring, her apartment is a mess, and she has not talked to her sister in months. "The apartment is where I have to start," she says. "I can\'t even find a clean shirt for an interview in there. Big to-do lists just make me feel worse. I got out of a hole like this once, years ago, and I can\'t even remember how. Where do I even start in there?"',
      prompt: 'Which responses build on what Lacey has told you? Choose all that apply.',
      options: [
        {
          id: 'which-matters-most',
          text: 'Ask which of those three things matters most to her right now.',
          feedback:
            'This is the right first question when someone names several problems and has not said which comes first. Lacey just told you: the apartment is where she has to start. Asking again can sound like you missed it; help her find a small first step there.',
          correct: false,
        },
        {
          id: 'what-helped-before',
          text: 'Ask what has gotten her through hard stretches in the past.',
          feedback:
            'She says she climbed out of a hole like this once and cannot remember how. Asking helps her find it again, so her steps build on what has worked for her. It brings her strengths and supports into the plan, and she stays the expert on her life.',
          correct: true,
        },
        {
          id: 'one-small-job',
          text: "Ask which small job in the apartment she'd like to do first.",
          feedback:
            'She chose the apartment and asked where to start in there, and big lists sink her. Asking her to pick one small job answers her question while the choice stays hers. It is a start she can finish, and a win there can build toward the interview and her sister (facilitates change).',
          correct: true,
        },
        {
          id: 'write-it-all-down',
          text: "Ask if she'd like to list everything she wants to change.",
          feedback:
            'Getting it all on paper helps some people feel less scattered. Lacey just told you big lists make her feel worse. Start with one thing she picks.',
          correct: false,
        },
        {
          id: 'sister-first',
          text: "Ask if she'd like to start by planning a call to her sister.",
          feedback:
            'Reaching out to family can be a strong first step when that is what a person puts first. Lacey said the apartment is where she has to start. Start where she chose; her sister may come later.',
          correct: false,
        },
      ],
    },
    {
      id: 'fac-rural-get-around-to-it',
      kind: 'single',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      title: '"I\'ll get around to calling"',
      situation:
        'Lyle, 55, meets with you by video from his farm. He says he is ready to see a counselor about the grief he has carried since his brother died. He hates phone menus, and "I\'ll get around to calling" is something he has said before. Today his wife is in the next room, and he would rather she not hear him talk about it yet. He will be alone Thursday morning.',
      prompt: 'What do you offer?',
      options: [
        {
          id: 'thursday-together',
          text: 'Offer to meet by video Thursday morning and call intake together.',
          feedback:
            'This is a warm handoff that fits his life. It gets him past the phone menu he dreads, at a time when he can talk freely. Setting the time now keeps "I\'ll get around to it" from happening again, and the choice to book stays his.',
          best: true,
        },
        {
          id: 'add-intake-now',
          text: 'Offer to add the intake line to this call now, and stay on while he books.',
          feedback:
            'Adding intake to the call is the best move when someone is ready and free to talk. Lyle just told you he does not want his wife to hear this yet. Respect that, and set the call for when he has privacy.',
        },
        {
          id: 'email-link',
          text: "Email him the counselor's booking link to use when he has a quiet moment.",
          feedback:
            'A link avoids the phone menu, and it suits someone who books things on his own. But it is a cold referral, and Lyle has put this off before. Set a time to make the link together.',
        },
        {
          id: 'talk-about-brother',
          text: 'Ask if he would like to talk more about his brother before you plan.',
          feedback:
            'Making room for grief comes first when someone is not ready to plan. Lyle says he is ready, and his wife is nearby. Help him take the step he asked for, at a time that works.',
        },
      ],
    },
    {
      id: 'fac-residential-lost-calls',
      kind: 'single',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'residential',
      title: 'The lost phone calls',
      situation:
        'Katrina, 35, is in residential treatment. Under the program\'s rules, a resident who is late to group loses her phone calls home for a week, and Katrina has missed two calls with her kids this way. At last Friday\'s house meeting she asked for the rule to change, and staff told her only the program director can change it, by written request. "I want them to hear it from a mom," she says, and she asks for your help.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'letter-to-director',
          text: 'Offer to help her write her request about the rule to the director.',
          feedback:
            'Katrina already spoke up at the house meeting and learned where the decision is made: with the director, in writing. Helping her write it keeps her voice at the center and takes her request where it can work. Advocacy that builds her voice is part of facilitating change; give your supervisor a heads-up too.',
          best: true,
        },
        {
          id: 'help-her-prepare',
          text: "Help her plan what she wants to say and ask for at this Friday's meeting.",
          feedback:
            'Preparing someone to speak at a house meeting is strong advocacy when the meeting can act on the request. Katrina already did that, and staff told her the director decides, in writing. Help her with the route that can change the rule.',
        },
        {
          id: 'speak-for-her',
          text: "Ask if she'd like you to bring the rule to the director yourself.",
          feedback:
            'Raising a concern yourself fits when a person asks you to or dreads speaking up. Katrina wants the director to hear it from her, as a mom. Help her write it in her own words.',
        },
        {
          id: 'what-makes-her-late',
          text: 'Ask what has made her late to group, and plan around it with her.',
          feedback:
            'Planning around a barrier would lead if she wanted help getting to group on time. She asked for help changing a rule that cuts her off from her kids. Help with the request she chose; look at lateness too if she wants.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
