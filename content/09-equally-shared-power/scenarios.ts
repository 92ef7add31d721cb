import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'equally-shared-power',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'pow-reentry-you-pick',
      kind: 'single',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'reentry',
      title: '"Just pick one for me"',
      situation:
        'Reggie, 38, came home from prison three weeks ago. He has two housing offers: a recovery house across town with a curfew, or a room at his aunt’s place near his old neighborhood. His parole officer has already approved both addresses, and the housing program needs his answer by 5 p.m. today. He looks tired and has not said what he wants. "You know how this works better than me," he says. "Just pick one."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'weigh-them-now',
          text: 'Ask what worries him about each place, and go over both offers with him right now.',
          feedback:
            'This is the best choice. "Just pick one" often comes from being worn out, not from a wish to give up control, and the answer is due today. Weighing both places against his own worries and wishes, right now, is shared decision-making: the choice stays his, and you can still give your view if he asks. That is equally shared power.',
          best: true,
        },
        {
          id: 'visit-this-week',
          text: 'Ask what matters most to him in a home, and offer to visit both with him this week.',
          feedback:
            'Asking what matters to him shares power, and a visit is a great idea when there is time. It would be the best move if he had a week to decide. But his answer is due by 5 p.m. today, so a visit comes too late and the deadline may end up choosing for him. Weigh the two places with him now.',
        },
        {
          id: 'your-pick',
          text: 'Tell him which one you would choose and why, then ask him what he thinks of that.',
          feedback:
            'Giving your view helps when someone has already weighed things and wants a sounding board. Here he is worn out and handing the decision to you, so your pick is likely to become his plan, and the power to decide moves to you. Start from what matters to him, and offer your view as one input if he asks. That keeps power equally shared.',
        },
        {
          id: 'call-po',
          text: 'Offer to call his parole officer with him to ask which address she would prefer.',
          feedback:
            'Checking with the parole officer is a sound step when approval is still an open question. Here she has already approved both addresses, so the call adds nothing and hands the choice to the system. Equally shared power keeps his voice at the center: help him work out what he wants.',
        },
      ],
    },
    {
      id: 'pow-drop-in-honest-concern',
      kind: 'single',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'drop-in',
      title: '"You think it’s a good idea, right?"',
      situation:
        'Sofia, 26, comes to the drop-in center most days and often talks about how much volunteering here means to her. Today she tells you she will give notice at her part-time grocery job tomorrow so she can volunteer full time. Last month she told you she was worried about making rent. She smiles and asks, "You think it’s a good idea, right?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'name-worry',
          text: 'Tell her you have one worry, about rent, and ask how she has thought it through.',
          feedback:
            'This is the best choice. She asked for your view, and you hold a real concern she raised with you last month. Naming it as your own worry and asking how she sees it gives her the full picture, and the decision stays with her. Equally shared power does not mean keeping your concerns to yourself.',
          best: true,
        },
        {
          id: 'what-draws-her',
          text: 'Ask what draws her to volunteering full time, and what a week here would look like.',
          feedback:
            'Exploring what draws her is a good move when someone is still making up her mind. But she talks about this often, she gives notice tomorrow, and she asked what you think. Answer her honestly first: name your rent worry as your view, and ask how she has thought it through. Shared power needs the full picture.',
        },
        {
          id: 'budget-later',
          text: 'Offer to sit down with her later this week and map out a monthly budget together.',
          feedback:
            'Working on a budget together is a good move when someone asks for help with money. Here she gives notice tomorrow, so later this week is too late, and she asked for your view, not a plan. Say your worry now, as your view, and let her decide what help she wants. That keeps the power to choose with her.',
        },
        {
          id: 'choice-is-hers',
          text: 'Tell her the choice is hers, and ask what would help her feel sure about it.',
          feedback:
            'Handing the choice back and asking what she needs is right when someone wants support, not an opinion. But she asked what you think, and you know of a rent worry she raised last month. Keeping it to yourself mixes up shared power with silence. Share the worry as your view, then leave the choice with her.',
        },
      ],
    },
    {
      id: 'pow-drop-in-overruled-board',
      kind: 'value',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'drop-in',
      title: 'The open mic that was canceled',
      situation:
        'At a recovery community center, the member advisory board votes to start a monthly open-mic night that members will run. At the next staff meeting, the director cancels it without telling the board why. "Staff know what works here," she says. Members ask you what happened.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'shared-power',
          value: 'equally-shared-power',
          feedback:
            'Yes. Members were given a voice through their board, and then staff overruled it with no reasons. Who gets to decide, and whether members’ voices count, is the heart of equally shared power.',
          best: true,
        },
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Close, but not the main issue. Mutual and reciprocal support is about both sides learning and giving. "Staff know what works" does ignore what members bring, but the core problem is who holds the power to decide.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect is involved, since canceling without a word is not respectful. But the deeper problem is that staff took back a decision members had been given. That makes shared power the value most at stake.',
        },
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Members deserve a clear reason, so honesty matters here. But even a full explanation would not fix the core problem: staff overrode a choice members were given the power to make. Equally shared power is most at stake.',
        },
      ],
    },
    {
      id: 'pow-er-required-plan',
      kind: 'value',
      pool: 'practice',
      value: 'voluntary',
      setting: 'er',
      title: 'The required plan',
      situation:
        'Your hospital starts a new rule: every patient seen for a substance-related visit must fill out a "peer recovery plan" with the peer bridger before discharge. Sterling, 24, had his broken wrist set after a night of drinking and is ready to go home. When you sit down with the form, he says he does not want peer support or a plan. The nurse says the form is required.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Yes. Sterling has said he does not want peer support at all, and a required form turns an offer into something forced. Voluntary support means he decides whether to take part. You can respect his no, leave the door open, and raise the rule with your supervisor.',
          best: true,
        },
        {
          id: 'shared-power',
          value: 'equally-shared-power',
          feedback:
            'Close. A form written by the hospital does shift power away from him, and if he wanted a plan, who writes it would matter a lot. But the first question is whether he wants peer support at all. He has said no, so voluntary is most at stake.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Pushing a form on him after he said no is not respectful, so this value is involved. But the deeper issue is that a rule makes peer support mandatory. Voluntary names that problem more exactly.',
        },
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'You will need to be honest with Sterling and the nurse about what the form is and is not. But nothing is being hidden here; the problem is that the rule takes away his choice to say no. That is voluntary.',
        },
      ],
    },
    {
      id: 'pow-er-sources-of-power',
      kind: 'multi',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'er',
      title: 'Your badge, your pen',
      situation:
        'You have just started as a peer bridger in a busy emergency department. You wear a hospital badge, and you write a short note after each visit that the care team reads. In this hospital peers cannot open the medical chart, and only doctors decide who goes home. The charge nurse often stops you in the hallway to ask whether a patient is "ready" for a treatment referral.',
      prompt: 'Which of these give you power that the people you meet here do not have? Choose all that apply.',
      options: [
        {
          id: 'badge',
          text: 'Your hospital badge, which gets you into rooms and gets staff to listen to you.',
          feedback:
            'Correct. A title and access are real sources of power. Noticing them helps you use them openly and for the person, not over them, which is what equally shared power asks.',
          correct: true,
        },
        {
          id: 'notes',
          text: 'The short notes you write after visits, which the care team reads and acts on.',
          feedback:
            'Correct. Whoever holds the pen shapes how others see the person. Writing with the person, or reading your note back to them, is one way to share that power.',
          correct: true,
        },
        {
          id: 'hallway',
          text: 'The nurse asking you, out of the patient’s hearing, whether they are ready.',
          feedback:
            'Correct. Your words can shape decisions made where the person cannot speak. Share that power by asking the person first and bringing their words, not just your view.',
          correct: true,
        },
        {
          id: 'chart-access',
          text: 'Reading a patient’s medical chart and history before you walk in to meet them.',
          feedback:
            'Not here. In this hospital peers cannot open the chart, so it is not a power you hold. Where peers can read the chart, it would be real power: you would know a person’s history before they choose what to tell you, and sharing power would mean being open about what you read.',
          correct: false,
        },
        {
          id: 'discharge-say',
          text: 'A say in when a patient is ready to be sent home from the emergency department.',
          feedback:
            'Not here. In this hospital only doctors decide who goes home, so this is not a power you hold. Where peers do take part in discharge decisions, that say would be a real source of power, to be used openly and with the person’s own words.',
          correct: false,
        },
      ],
    },
    {
      id: 'pow-rural-crisis-plan',
      kind: 'multi',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'rural-telehealth',
      title: 'A crisis plan that is hers',
      situation:
        'Stella, 46, lives alone on a farm more than an hour from the nearest hospital. On a video call, while she is feeling well, she asks you to help her with a crisis plan. During a crisis last year, staff filled in the clinic’s form for her and called her family, which she did not want. "This time I want it to be mine," she says. "I’ll write the first draft myself at my kitchen table, then go over it with you."',
      prompt: 'Which of these help make the plan truly hers? Choose all that apply.',
      options: [
        {
          id: 'review-her-draft',
          text: 'Agree, and set up a call for next week to go over her draft with her, line by line.',
          feedback:
            'Correct. She has told you how she wants your help: she writes, then you go over it together. Following her plan for the work, not yours, is equally shared power.',
          correct: true,
        },
        {
          id: 'who-to-call',
          text: 'When you go over it, ask whom she wants called in a crisis, and whom she does not.',
          feedback:
            'Correct. Last year others chose whom to call, against her wishes. Asking her directly, when you go over her draft, gives her control over one of the biggest decisions in a crisis plan.',
          correct: true,
        },
        {
          id: 'honest-limits',
          text: 'Tell her crisis teams may not follow every line, and ask who should get a copy.',
          feedback:
            'Correct. Shared power includes being open about limits. A plan guides others but cannot bind them in every case, and saying so lets her decide where the plan should go and who should have it.',
          correct: true,
        },
        {
          id: 'type-it-now',
          text: 'Ask what helped and hurt in past crises, and type up her answers during this call.',
          feedback:
            'Not here. Writing a plan from someone’s own answers is a good way to share power when they want you to hold the pen. But Stella said she will write the first draft herself. Taking notes now puts your hand on the pen she asked to hold; save these questions for when you go over her draft.',
          correct: false,
        },
        {
          id: 'invite-sister',
          text: 'Offer to invite her sister, who saw last year’s crisis, to help on the next call.',
          feedback:
            'Not here. Family can add a lot to a crisis plan when the person wants them involved. But Stella has just told you that having her family called was part of what went wrong. Let her raise family if she wants to; asking whom she wants contacted leaves that choice with her.',
          correct: false,
        },
      ],
    },
    {
      id: 'pow-drop-in-housing-form',
      kind: 'rank',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'drop-in',
      title: 'The housing form',
      situation:
        'Salma, 44, comes to the drop-in center with a long housing application due Friday. She pushes it across the table. "You write better than me," she says. "Can you fill it out if I tell you what to put?" She has told you before that forms make her feel stupid.',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'scribe-read-back',
          text: 'Write while she tells you each answer, then read it all back and change what she wants.',
          feedback:
            'This belongs first. She asked for a specific kind of help, and this gives her exactly that: every answer is hers, and she checks every word. Choosing how she is helped is part of her power too, and it spares her the shame she feels with forms. That is equally shared power.',
        },
        {
          id: 'her-pen',
          text: 'Go through it with her, asking which parts feel hardest, and help her write each one.',
          feedback:
            'This belongs second. Her voice leads and she holds the pen, which would be the best move for someone who wants to learn to handle forms. But she asked you to write while she tells you the answers, and pushing the pen back to her can feed the shame she has told you about. Respect how she asked to be helped.',
        },
        {
          id: 'navigator',
          text: 'Walk her over to the center’s housing navigator, who helps people fill out these forms.',
          feedback:
            'This belongs third. A warm connection to a navigator is the right move when a form needs expert help or you are out of time. Here she asked you, the help is within your role, and a handoff can feel like being turned away. It ranks above the last option because her answers stay her own.',
        },
        {
          id: 'prefill-known',
          text: 'Fill in the parts you already know from your talks with her, then go over the rest together.',
          feedback:
            'This belongs last. It saves time, and it would be fine for plain facts she asked you to copy. But parts of her application now say what you think, not what she said, and she may not feel able to correct you. Equally shared power means she tells you every answer.',
        },
      ],
    },
    {
      id: 'pow-res-group-topics',
      kind: 'single',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'residential',
      title: '"It feels like school"',
      situation:
        'You lead a weekly peer group at a residential program, and the program asks you to write a short note about each group. After group, Shanice, 27, says the topics are useful, but the hour "feels like school, like we’re getting graded." Then she asks, "What are you writing about us in that folder?" Two other residents nod.',
      prompt: 'What do you do at the next group?',
      options: [
        {
          id: 'show-the-notes',
          text: 'Show the group what goes in your group notes, and ask what they want in them.',
          feedback:
            'This is the best choice. Shanice named the folder, and notes written about people without their view are a real source of power. Showing what you write and giving the group a say in it shares that power openly, which is what equally shared power asks.',
          best: true,
        },
        {
          id: 'group-decides',
          text: 'Tell the group what you heard, and ask how they want the hour to run from now on.',
          feedback:
            'Asking the group to shape the hour is a strong move when the format is the problem. But Shanice said the topics are useful and asked a direct question about your notes. A broad question about the hour skips what she asked. Show them what you write, and ask what they want in it.',
        },
        {
          id: 'shanice-colead',
          text: 'Ask Shanice if she would like to help you lead next week’s group, as a co-leader.',
          feedback:
            'Inviting a resident to co-lead is a real way to share power, and it fits when someone wants a bigger role. But Shanice asked what you write about them, and that question is still open. Answer it first: show the group your notes and ask what they want in them.',
        },
        {
          id: 'notes-after',
          text: 'Write your notes after group from now on, and keep the folder out of the room.',
          feedback:
            'Writing notes after group can make the hour feel less watched, and it is a fine habit once people know what the notes say. But it hides the notes instead of sharing them, and it leaves Shanice’s question unanswered. Show the group what you write and ask what they want in it.',
        },
      ],
    },
    {
      id: 'pow-reentry-yes-maam',
      kind: 'single',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'reentry',
      title: '"I didn’t want to make trouble"',
      situation:
        'Ramon, 55, came home after twenty years in prison. At his planning meeting he said "yes, ma’am" to everything his case manager suggested, including a morning job-readiness class that parole does not require. Afterward he tells you he wants his mornings free to care for his mother, who is ill. "I didn’t want to make trouble," he says. "Could you tell her for me? I’ll be at my mother’s clinic during her office hours tomorrow."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'carry-his-words',
          text: 'Say yes, work out with him what to say, and tell him afterward what she answers.',
          feedback:
            'This is the best choice. He asked you to speak for him, he cannot be there tomorrow, and he decides what is said. Carrying his words, not yours, and reporting back keeps the decision his. Speaking on someone’s behalf is shared power when they ask for it and stay in charge of the message.',
          best: true,
        },
        {
          id: 'his-voice',
          text: 'Ask if he wants to raise it with her himself tomorrow, and how you can back him.',
          feedback:
            'Helping someone speak for himself is often the best move after years of being told to stay quiet, and it would be here if he could get to her office hours. But he will be at his mother’s clinic tomorrow, and he has asked you to carry the message. Honor the help he asked for, with his words.',
        },
        {
          id: 'parole-check',
          text: 'Help him find out whether the class is a condition of his parole before he says no.',
          feedback:
            'Checking whether something is a parole condition is wise when that is unclear. Here you already know parole does not require the class, so the check only delays what he asked for: getting his need to the case manager. Shared power means acting on his request, in his words.',
        },
        {
          id: 'afternoon-class',
          text: 'Look for an afternoon class he could take instead, and bring the options back to him.',
          feedback:
            'Finding options helps when someone asks you to look into them. But he has not said he wants a different class, only that his mornings belong to his mother, and he asked you to tell the case manager. Working on fixes he did not ask for repeats the pattern of others deciding.',
        },
      ],
    },
    {
      id: 'pow-res-phone-rule',
      kind: 'branch',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'residential',
      title: 'The council’s request',
      situation:
        'Rhonda, 52, is president of the resident council at the residential program where you work. Residents have voted to ask for evening phone time so they can call their kids before bedtime. The director decides phone rules at the weekly staff meeting, which is closed to residents because it covers private cases. Rhonda asks you to "take it to the staff meeting, since they actually listen to you."',
      prompt: 'Work through it one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say to Rhonda?',
          options: [
            {
              id: 'their-words',
              text: 'Agree, and ask her for the council’s request in writing, to read out in their words.',
              feedback:
                'This is the best first step. Residents cannot attend this meeting, so carrying the request is a fair use of the seat your role gives you. Reading it in the council’s own words, not your summary, keeps their voice in the room. That is advocating without putting your judgment in place of theirs.',
              best: true,
              next: 'after-no',
            },
            {
              id: 'invite-her',
              text: 'Ask the director if Rhonda can come to this week’s meeting and present it herself.',
              feedback:
                'Getting residents into the room is often the strongest way to share power, and it would be the best move if the meeting were open to them. But this meeting is closed because it covers private cases, so the request stalls. When you have to carry a message, carry it in their words.',
              next: 'after-closed',
            },
            {
              id: 'director-first',
              text: 'Offer to sound out the director one-on-one about phone time before the staff meeting.',
              feedback:
                'A quiet word first can smooth the way when the request is your own. But this is the council’s vote, and a private talk turns it into your conversation, in your words, where residents cannot see what was said. Carry their written request into the meeting instead.',
              next: 'after-no',
            },
          ],
        },
        {
          id: 'after-no',
          lead: 'At the staff meeting the director says evening calls "stir residents up" and turns the request down. Afterward Rhonda finds you. "Why do we even bother voting?" she asks.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'tell-and-ask',
              text: 'Tell her what the director said and why, and ask what the council wants to do next.',
              feedback:
                'This is the best response. She gets the answer straight, including the reason, and the next move stays in the council’s hands. A "no" is not the end of their voice: they decide whether to ask for a trial run, go up the chain, or let it rest.',
              best: true,
            },
            {
              id: 'try-again',
              text: 'Tell her you’re sorry it didn’t go their way, and offer to raise it again next month.',
              feedback:
                'Naming her letdown is kind, and offering to try again would fit if the council asked you to. But it skips the director’s reason, which the council needs in order to plan, and it decides the next step for them. Tell her what was said and ask what they want to do.',
            },
            {
              id: 'trial-run',
              text: 'Share the director’s worry, and suggest the council ask for a one-month trial instead.',
              feedback:
                'A trial run is a smart idea, and sharing the director’s worry is honest. But choosing the council’s next move before asking them steers their request. Tell her what was said and ask what they want to do; a trial run can be one option they weigh.',
            },
          ],
        },
        {
          id: 'after-closed',
          lead: 'The director reminds you that staff meetings are closed to residents. The meeting is tomorrow, and Rhonda asks you what happens now.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'carry-now',
              text: 'Explain the rule, and ask her for the council’s request in writing for tomorrow.',
              feedback:
                'This is the best recovery. You are honest about the limit, and the council’s words still reach the meeting on time. Carrying their request as written keeps their voice in a room they cannot enter.',
              best: true,
            },
            {
              id: 'council-meeting',
              text: 'Ask the director to set up a meeting with the council next month to hear them out.',
              feedback:
                'A meeting between the director and the council is a good goal, and worth asking for later. But it pushes their request back a month when it could be heard tomorrow. Carry their written words now, and ask about a council meeting as a next step.',
            },
            {
              id: 'own-summary',
              text: 'Tell her you will raise it tomorrow and sum up the council’s main points yourself.',
              feedback:
                'Raising it tomorrow keeps the request moving, and that part is right. But your summary puts your words where theirs should be. Ask for the request in writing, and read it as the council wrote it.',
            },
          ],
        },
      ],
    },
    {
      id: 'pow-warm-my-decision',
      kind: 'branch',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'warmline',
      title: '"This is my call to make"',
      safety: ['suicide-risk', 'remote-risk'],
      situation:
        'Late in the evening, Shawna, 41, a regular caller to your warmline, says she is tired of "being managed" by everyone. Then she says everyone would be better off without her. "And don’t you dare pass me to some crisis line," she adds. "This is my call to make."',
      prompt: 'Work through the call one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'ask-directly',
              text: 'Stay on the line, and calmly ask if she is thinking about suicide and where she is now.',
              feedback:
                'This is the best first step. "Better off without me" is a sign of suicide risk. Asking directly and calmly shows you take her seriously, and it does not put the idea in her head. Knowing where she is means help can reach her. Her choice matters, but it does not outrank a risk to her life.',
              best: true,
              safety: 'escalates',
              next: 'after-ask',
            },
            {
              id: 'start-transfer',
              text: 'Stay on the line, tell her you hear her, and start a warm transfer to 988 right away.',
              feedback:
                'A warm transfer while you stay on the line is the right tool once risk is clear or danger is close. But starting it before you have asked a single question overrides her the moment she spoke up, and she may hang up before it connects. Ask her directly about suicide first, then give her a say in how help happens.',
              next: 'after-cold',
            },
            {
              id: 'let-her-lead',
              text: 'Stay on the line, ask what being managed has felt like, and let her set the pace tonight.',
              feedback:
                'Listening and letting the caller lead is right on most warmline calls, and it is what she asked for. But "everyone would be better off without me" is a sign of suicide risk, and it cannot wait for her to come back to it. Self-determination does not outrank a risk to someone’s life. Ask her directly about suicide now.',
              safety: 'unsafe',
              instead:
                'Stay on the line, ask her directly whether she is thinking about suicide, and follow your warmline’s protocol to connect her with 988.',
              next: 'after-drift',
            },
          ],
        },
        {
          id: 'after-ask',
          lead: 'Shawna says yes, she has been thinking about suicide tonight. She is at home and gives you her number. She says the worst part is that everyone decides things for her.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'choices-within-safety',
              text: 'Tell her crisis help is needed now, and let her choose: a three-way call to 988 or a text, with you on the line.',
              feedback:
                'This is the best response. Connecting her with crisis help is not up for debate, but how it happens can be, and real choices inside the safety step are shared power in a crisis. Follow your protocol, let your supervisor know, call 911 if danger is imminent, and document the call afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'hold-for-supervisor',
              text: 'Tell her crisis help is needed now, put her on a short hold, and bring your supervisor onto the call with you.',
              feedback:
                'Bringing in your supervisor is part of the protocol, and being open with her is right. But a hold leaves her alone at the worst moment, and she may hang up. Keep talking with her, message your supervisor without leaving the line, and give her a choice in how she connects with 988.',
              safety: 'unsafe',
              instead:
                'Keep talking with her, message your supervisor without leaving the line, and offer her a warm three-way transfer to 988.',
            },
            {
              id: 'morning-plan',
              text: 'Tell her you hear how tired she is of others deciding, and plan with her to call 988 first thing in the morning.',
              feedback:
                'Naming her feeling and planning with her are good moves on many calls. But she has told you she is thinking about suicide tonight, so help cannot wait for morning. How she connects with help can be her choice; whether she connects now cannot. Offer her a three-way call or text with 988 while you stay on the line.',
              safety: 'unsafe',
              instead: 'Stay on the line, tell her you need to bring in crisis help now, and offer her a three-way call or text with 988.',
            },
          ],
        },
        {
          id: 'after-drift',
          lead: 'Shawna talks for a while about being managed. Then she goes quiet and says, "See? Even you don’t take it seriously." She says she is going to hang up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'come-back',
              text: 'Say you do take it seriously, ask her directly about suicide, and offer a 988 transfer as you stay on.',
              feedback:
                'This is the best recovery. Owning the miss rebuilds trust, and asking directly brings the focus back to her safety. Follow your protocol, bring in your supervisor, and document the call afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'let-her-go',
              text: 'Say you respect her choice to end the call, and remind her she can call or text 988 at any time tonight.',
              feedback:
                'Respecting a caller’s wish to end the call, with 988 as a backup, is right when there is no sign of risk. Here she has said everyone would be better off without her, so letting her hang up leaves her alone with thoughts of suicide. Her right to choose does not mean stepping back from a risk to her life.',
              safety: 'unsafe',
              instead: 'Stay on the line, ask her directly about suicide, and offer a warm transfer to 988.',
            },
            {
              id: 'day-team',
              text: 'Ask if she would call back tomorrow, and leave your supervisor a note asking the day team to reach out.',
              feedback:
                'A callback and a note for the day team are good follow-up for a caller who is safe tonight. But putting off a conversation about suicide risk leaves her without help now. Safety cannot wait for the day shift: ask directly and stay with her.',
              safety: 'unsafe',
              instead: 'Keep her on the line now, ask directly about suicide, and follow your protocol to connect her with 988.',
            },
          ],
        },
        {
          id: 'after-cold',
          lead: 'Shawna hears the word "transfer" and says, "You’re just like everyone else." She is still on the line, but she sounds ready to hang up.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'slow-down',
              text: 'Pause, say you’re staying, and ask her directly about suicide, where she is, and how to bring in 988.',
              feedback:
                'This is the best recovery. You keep the safety step but give her back a voice in it. Being open about what you are doing, and why, is how power is shared in a crisis; bring in your supervisor and document the call afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'push-through',
              text: 'Say gently that this is the warmline’s protocol, and finish the transfer to a 988 crisis counselor.',
              feedback:
                'Following protocol is right, but pushing on over her objection makes it more likely she drops off before anyone reaches her. It also shows her again that others decide for her. Pause, stay with her, and give her a say in how the link happens.',
            },
            {
              id: 'end-call',
              text: 'Say you’ve done what you can tonight, give her the 988 number and text option, and let her end the call.',
              feedback:
                'Giving the 988 number and letting the caller end the call is fine when there is no sign of risk. Here it leaves someone at risk with no one on the line, and the number is not the same as staying with her. Do not hang up on a person who may be thinking about suicide.',
              safety: 'unsafe',
              instead: 'Stay on the line, explain why you want to connect her with 988, and follow your protocol.',
            },
          ],
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ──────────────────────────────
    {
      id: 'pow-warm-nothing-written',
      kind: 'value',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: '"Nothing is written down"',
      situation:
        'Rita, 63, calls your warmline for the first time in a month. She says a volunteer told her last time that "nothing you say here is ever written down," and that is the only reason she feels safe calling. Your warmline does keep a short note on each call, and you know the volunteer got it wrong.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Yes. Rita is trusting the line because of something untrue. Honest and direct means telling her plainly and kindly that short notes are kept and what they hold, so her trust rests on the facts.',
          best: true,
        },
        {
          id: 'shared-power',
          value: 'equally-shared-power',
          feedback:
            'Notes are a real source of power, and she has a right to know what is written about her. But the most urgent issue is that she was told something false. Honesty comes first; then you can share power over what goes in the notes.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'She needs accurate facts to choose freely whether to keep calling, so voluntary is involved. But she is already choosing freely; what is missing is the truth. Honest and direct is most at stake.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Guarding her privacy is part of respect. But no one has shared her words; the problem is that she was given false facts about the notes. Honesty is the value most at stake.',
        },
      ],
    },
    {
      id: 'pow-yf-own-therapist',
      kind: 'multi',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'youth-family',
      title: 'Who picks the therapist',
      situation:
        'Rashad, 16, meets with you in a youth and family peer program. His parents and his caseworker chose a therapist for him without asking him. He has met the therapist twice, can’t open up to him, and says he would feel safer with a therapist who is Black and who gets his music. He wants to tell his mom and caseworker himself, without staff in the room, but does not know how to start.',
      prompt: 'Which of these responses share power well? Choose all that apply.',
      options: [
        {
          id: 'plan-his-words',
          text: 'Help him plan what he wants to say to his mom and caseworker, and when.',
          feedback:
            'Correct. He wants to speak for himself but does not know how to start. Helping him find his words builds his voice without you taking over, which is equally shared power.',
          correct: true,
        },
        {
          id: 'learn-the-options',
          text: 'Offer to find out with him which therapist choices are open before the family talk.',
          feedback:
            'Correct. Knowing the real options lets him make a request that can work, and finding out with him keeps him in charge of the next step. Consent rules for minors vary, so follow your organization’s policy and your state’s law rather than guessing.',
          correct: true,
        },
        {
          id: 'sit-in-if-wanted',
          text: 'Offer to sit in on the family talk, if Rashad and his mom both want you there.',
          feedback:
            'Not here. Offering to be there, only if everyone wants it, is often a good way to support a young person in a family talk. But Rashad has already said he wants to do this without staff in the room. Respect that, and help him get ready instead.',
          correct: false,
        },
        {
          id: 'request-new-therapist',
          text: 'Ask the caseworker to start looking for a Black therapist who gets his kind of music.',
          feedback:
            'Not here. This goes after what he wants, and it would fit if he had asked you to make the request. But he wants to raise it himself, and going to the caseworker first takes that from him. Help him plan what to say, and let him ask.',
          correct: false,
        },
        {
          id: 'few-more-sessions',
          text: 'Encourage him to give this therapist a few more sessions before he raises it.',
          feedback:
            'Not here. Giving a new therapist time is good advice when someone is only nervous about starting. Rashad has met him twice, knows he can’t open up, and knows what he needs. Asking him to wait sets his voice aside. Help him raise it now.',
          correct: false,
        },
      ],
    },
    {
      id: 'pow-rural-progress-note',
      kind: 'rank',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'rural-telehealth',
      title: 'Whose words go in the note',
      situation:
        'You meet Sadie, 34, by video while she sits in the library in her small town. Your agency lets peers write progress notes together with the person. Your draft says she "missed two groups and struggled this week." Sadie says she missed the groups to help her family after her cousin’s funeral, and she did not drink all week. "Read me what you wrote," she says, "and let’s fix it together."',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'fix-line-by-line',
          text: 'Read your draft aloud, and rewrite it with her, line by line, keeping it accurate.',
          feedback:
            'This belongs first. It is what she asked for: she hears your words and shapes every line with you. The note stays accurate, and her account of her week leads. The pen is one of the clearest kinds of power you hold, and here you share it.',
        },
        {
          id: 'fresh-start',
          text: 'Set your draft aside, ask how she would describe her week, and write from that.',
          feedback:
            'This belongs second. Starting from her words shares power well, and it would be the best move if she had asked for a fresh start. But she asked to hear your draft and fix it together; setting it aside means she never hears what you first wrote about her.',
        },
        {
          id: 'add-her-line',
          text: 'Keep your draft, and add a line with her account of the week in her own words.',
          feedback:
            'This belongs third. Her view is in the record, in her words, which counts for something. But your "struggled" framing still leads, and she asked to fix the note, not to add to it.',
        },
        {
          id: 'amend-process',
          text: 'Keep your wording as is, and explain how she can ask the agency to amend the record.',
          feedback:
            'This belongs last. Explaining how to request a change is the right move when an agency does not let peers write notes together. Here it does, she is on the call, and she asked to fix it with you. Sending her through a formal process keeps the pen in your hands.',
        },
      ],
    },
    {
      id: 'pow-yf-saturday-party',
      kind: 'branch',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'youth-family',
      title: '"You said this is my plan"',
      safety: ['minor-at-risk'],
      situation:
        'Silas, 15, has been setting his own goals with you in a youth peer program, and he is proud that the plan is his. Today he tells you he drank until he passed out at a party last weekend, and friends carried him home. He plans to go to another party on Saturday. "You said this is my plan," he says. "So don’t tell my mom."',
      prompt: 'Work through it one choice at a time.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'honest-limits',
              text: 'Thank him for telling you. Say you can’t keep a safety worry to yourself and will see your supervisor today.',
              feedback:
                'This is the best first step. Passing out from drinking is a real risk for a 15-year-old, and his choice does not outrank his safety. Telling him honestly, before you act, keeps him in the loop and keeps his trust, so he can still have a say in what happens next.',
              best: true,
              safety: 'escalates',
              next: 'after-honest',
            },
            {
              id: 'plan-first',
              text: 'Thank him for telling you, make a safety plan with him for Saturday, and tell your supervisor next week.',
              feedback:
                'A safety plan shows care, and bringing in your supervisor is right. But next week is after the party, so the adults responsible for him would not know in time. His plan does not outrank his safety. Tell him now that you can’t keep this to yourself, and talk with your supervisor today.',
              safety: 'unsafe',
              instead:
                'Tell him honestly that you can’t keep this to yourself, talk with your supervisor today, and follow your program’s youth policy and your state’s law.',
              next: 'after-secret',
            },
            {
              id: 'after-he-leaves',
              text: 'Thank him for telling you, then talk with your supervisor once he leaves, and tell him next time what you decided.',
              feedback:
                'Bringing in your supervisor today is right. But deciding behind his back, and telling him afterward, takes all the power away from him and will likely cost his trust when he finds out. Tell him first what you need to do and why, so he can have a say.',
              next: 'after-mom',
            },
          ],
        },
        {
          id: 'after-honest',
          lead: 'Silas is upset but stays. Your supervisor says that under your program’s policy, which follows your state’s law, his mom needs to know about the risk. Silas asks, "Then can I at least be the one to tell her?"',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'his-way',
              text: 'Say yes, with you there if he wants, as long as it is before Saturday. Then write it up as your program asks.',
              feedback:
                'This is the best response. The safety step happens in time, and Silas has real power inside it: he tells her himself. Writing it up keeps the record clear, and your supervisor stays in the loop.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'staff-tell',
              text: 'Say it is safer for staff to handle it, and call his mom with your supervisor today while he waits. Then write it up.',
              feedback:
                'This follows policy and keeps him safe, which it gets right, and staff making the call is the right move when a young person does not want to do it himself. But Silas asked to tell her, and that is a choice he can safely have. Let him tell her, with support, as long as it happens before Saturday.',
            },
            {
              id: 'when-ready',
              text: 'Say he can tell her when he feels ready, and that you’ll check in next week on how it went. Then write it up.',
              feedback:
                'Letting him choose when to tell her would fit if nothing urgent were coming up. But with no deadline the party may come first, and the risk stays. Choice inside a safety step still needs a time limit. Agree that he tells her before Saturday.',
              safety: 'unsafe',
              instead: 'Let him tell his mom himself, with you there if he wants, and agree that it happens before Saturday.',
            },
          ],
        },
        {
          id: 'after-secret',
          lead: 'You make a Saturday plan together, and Silas relaxes. He says the same friends will be there, and that he’ll "probably" drink less this time.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'correct-course',
              text: 'Say you got it wrong: you can’t keep this to yourself. You’ll see your supervisor today, and he’ll have a say.',
              feedback:
                'This is the best recovery. Owning the mistake is honest, and it is better than holding to a plan that leaves him at risk. Follow your program’s youth policy and your state’s law, and document what happened.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'plan-only',
              text: 'Go over the plan once more: who stays sober, whom he can call, when he heads home. See your supervisor next week.',
              feedback:
                'Harm-reduction steps have value, but the adults responsible for him still do not know about a serious risk before Saturday. That leaves a 15-year-old to manage this alone. Go back to him honestly and follow your program’s youth policy.',
              safety: 'unsafe',
              instead:
                'Tell him you can’t keep this to yourself after all, talk with your supervisor today, and give him a say in how his mom is told.',
            },
            {
              id: 'call-mom-now',
              text: 'Tell him you got it wrong and that his mom has to know, then call her right away while he sits there with you.',
              feedback:
                'Owning the mistake is honest, and that part is right. But calling on the spot skips your supervisor and your program’s youth policy, and it gives Silas no say in how his mom hears it. Talk with your supervisor today, and let him help shape the next step.',
            },
          ],
        },
        {
          id: 'after-mom',
          lead: 'After Silas leaves, you and your supervisor follow your program’s policy and call his mom. The next week Silas finds out. "You said this was my plan," he says, and he won’t look at you.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'own-it',
              text: 'Say he’s right to be upset and you should have told him first. Explain why it was shared, and ask what would help.',
              feedback:
                'This is the best recovery. Sharing the risk was needed, but going around him was not. Owning that, and asking what he needs, gives him back some power in the relationship. Document the conversation as your program asks.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'defend-policy',
              text: 'Explain calmly that the program’s policy required you to tell his mom, and that you did it to keep him safe.',
              feedback:
                'Explaining the policy is honest, and it would be enough if you had told him first. But it leans on the rule and skips the part you got wrong: you went around him. Name that, explain why it had to be shared, and ask what he needs now.',
            },
            {
              id: 'step-back',
              text: 'Give him some space today, and let your supervisor know that he may want to switch to a different peer mentor.',
              feedback:
                'Giving space can be kind, and a new mentor can be the right step if he asks for one. But deciding that for him, before he has said what he wants, repeats the same mistake. Own what happened and ask him what he wants.',
            },
          ],
        },
      ],
    },
    {
      id: 'pow-reentry-court-program',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'reentry',
      title: 'Which program counts',
      safety: ['legal'],
      situation:
        'Santiago, 29, is on probation, and the court ordered him to finish an outpatient treatment program. His probation officer named one program, which meets during his work hours, and he has found an evening program near his job. His public defender has told him the court will accept either one if his officer approves the switch. He asks you, "Can’t you tell my officer the evening one is fine? She listens to you."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'sit-with-call',
          text: 'Offer to sit with him while he calls his officer to ask about the switch.',
          feedback:
            'This is the best choice. His lawyer has already answered the legal question, so what is left is his own request to his officer. Backing him while he makes it keeps him speaking for himself, and keeps you out of judging what a court order allows. That is equally shared power inside real limits.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'lawyer-questions',
          text: 'Say that is a legal question, and help him write down what to ask his lawyer.',
          feedback:
            'Sending legal questions to a lawyer is the right move when they are still open. Here his public defender has already told him the court will accept either program with his officer’s approval. Going back to the lawyer delays the step he needs: asking his officer himself, with your support.',
        },
        {
          id: 'legal-aid',
          text: 'Tell him you’re not a lawyer, and give him the legal aid office’s number.',
          feedback:
            'Pointing someone to legal aid is the right referral when they have no lawyer. Santiago already has a public defender who has answered his question. A second office may slow him down or give mixed advice. Help him make his request to his officer.',
        },
        {
          id: 'support-letter',
          text: 'Offer to write his officer a letter about how the evening program fits his life.',
          feedback:
            'Some agencies let peers write support letters, through their supervisor, and a letter can help when an officer asks for one. But no one has asked for one here, and a letter speaks for him when he can speak for himself. Back him while he asks his officer.',
        },
      ],
    },
    {
      id: 'pow-er-daughter-answers',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'er',
      title: 'The daughter who answers',
      situation:
        'Rudy, 67, is in the emergency department after a fall at home, where he had been drinking. He is alert and clear now. His adult daughter answers every question the staff ask, and the staff have started talking only to her. When you come in to offer peer support, she starts telling you what her dad "needs." Rudy catches your eye and says quietly, "Could I talk to you on my own?"',
      prompt: 'What do you do first?',
      options: [
        {
          id: 'time-alone',
          text: 'Ask his daughter kindly if she would give you and Rudy a few minutes alone.',
          feedback:
            'This is the best choice. Rudy has told you what he wants, and he is able to decide it. Asking his daughter kindly, without making it a rebuke, gives him the space he asked for. Following his lead, not your own plan, is equally shared power.',
          best: true,
        },
        {
          id: 'ask-in-front',
          text: 'Turn to Rudy and ask, with her there, how much he wants his daughter involved.',
          feedback:
            'Asking the person how involved family should be is often the best first move. But Rudy has already answered, quietly: he wants to talk on his own. Asking again in front of his daughter puts him on the spot. Give him the space he asked for.',
        },
        {
          id: 'hear-her-first',
          text: 'Hear his daughter out first, then turn to Rudy and ask what he’d add.',
          feedback:
            'Hearing family first can help when a person is confused or asks family to explain. Rudy is alert and has asked to talk alone, so starting with her repeats what staff are doing: talking about him, not with him.',
        },
        {
          id: 'tell-nurse',
          text: 'Step out and ask the nurse to start putting her questions to Rudy himself.',
          feedback:
            'Speaking up with staff for a person’s voice is a good move once you know what he wants from them. Right now he has asked for time with you, alone. Honor that first; what he wants from staff can come out of your talk.',
        },
      ],
    },
    {
      id: 'pow-res-watch-the-tests',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'residential',
      title: 'The tests the director wants you to watch',
      safety: ['role-limits'],
      situation:
        'The residential program where you work is short on staff. The director asks you to start watching residents’ urine drug tests. "They trust you," she says, "so they’ll be less nervous with you there." Last month your supervisor told you that watching tests is outside the peer role in this program.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'settled-offer-other',
          text: 'Tell her your supervisor has ruled testing out for peers, and offer to help another way.',
          feedback:
            'This is the best choice. The role question is already settled, so you can say so plainly and still help a short-staffed team. Watching tests would turn residents’ trust into a tool of control and add to the power you hold over them; many codes and agency policies keep peers out of monitoring roles.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'supervisor-first',
          text: 'Tell the director you need to talk with your supervisor about the peer role first.',
          feedback:
            'Taking a role question to your supervisor is the right move when it is still open. Here your supervisor has already answered it, so asking again leaves the director waiting and suggests the answer might change. Tell her what was decided, and offer other help.',
        },
        {
          id: 'agree-for-now',
          text: 'Agree for this week, tell residents plainly you’ll be there, and raise it with your supervisor.',
          feedback:
            'Being open with residents is honest, and this plan would be fine for a task that is inside your role. But your supervisor has already said testing is not, and agreeing first puts you in a monitoring role over people who trust you. Say no to the testing, and offer other help.',
        },
        {
          id: 'ask-residents',
          text: 'Ask the residents at house meeting how they would feel about you watching their tests.',
          feedback:
            'Asking residents is a good shared-power move for decisions that are theirs to shape, like house rules. But whether a peer worker monitors tests is a role question, and your supervisor has already answered it. Asking residents now can set them against staff over a settled point.',
        },
      ],
    },
    {
      id: 'pow-warm-two-diagnoses',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'warmline',
      title: '"Which label is right?"',
      safety: ['medication-diagnosis'],
      situation:
        'Simone, 36, calls your warmline upset. Her therapist thinks she has PTSD, but her new psychiatrist wrote down bipolar disorder. She sees both of them next week and has already written down her questions. "Everyone has a label for me," she says, her voice shaking. "You’ve been through this. Which one do you think is right?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'how-labels-feel',
          text: 'Say that is for her doctors to weigh, and ask how all the labels have felt to her.',
          feedback:
            'This is the best choice. Diagnosis belongs with her doctor and therapist, and she is already prepared for them. What she brings to you tonight is the weight of being labeled by others. Asking how it feels to her puts her own view of herself at the center, which is equally shared power inside the peer role.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'her-questions',
          text: 'Say you can’t judge that, and help her list what to ask each of them next week.',
          feedback:
            'Helping someone prepare questions for a clinician is often the best stay-in-role move. But Simone has already written hers down, and she is upset right now about being labeled. Turning to a task passes over what she brought to the call. Say the diagnosis is for her doctors, and ask how the labels have felt.',
        },
        {
          id: 'clinicians-confer',
          text: 'Say that sounds confusing, and suggest her psychiatrist and therapist talk it over.',
          feedback:
            'Naming her confusion is kind, and asking her clinicians to compare notes is a fair idea that may help later. But it moves straight to a fix she did not ask for, and it skips what is shaking her tonight: being labeled by everyone. Say the diagnosis is for her doctors, and ask how all the labels have felt to her.',
        },
        {
          id: 'look-up-both',
          text: 'Offer to look up both diagnoses with her on a trusted health website during the call.',
          feedback:
            'Finding trusted information together can help someone understand a diagnosis they have been given. But setting two labels side by side invites her, and you, to judge which fits, and that belongs with her clinicians. She is upset about being labeled; ask how that has felt.',
        },
      ],
    },
    {
      id: 'pow-yf-mom-wants-notes',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'youth-family',
      title: '"I signed the forms"',
      situation:
        'Sunny, 17, meets with you every week in a youth peer program. At intake you went over the consent form with Sunny and her mother: parents hear about attendance and any safety concern, and the rest stays between Sunny and you. Now her mother calls you. "I signed the consent forms," she says, "so I want to know everything Sunny tells you." Nothing Sunny has shared points to a safety risk.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'remind-and-offer',
          text: 'Remind her what the consent form covers, and offer a talk with her and Sunny.',
          feedback:
            'This is the best choice. You know what the form allows, so you can answer her plainly instead of putting her off. Offering a talk with Sunny lets both of them be heard inside those limits, which is equally shared power in family work. The limits come from your program’s policy and your state’s law.',
          best: true,
        },
        {
          id: 'check-and-call-back',
          text: 'Tell her you’ll check with your supervisor what the forms allow, then call her back.',
          feedback:
            'Checking with your supervisor is the right move when you are unsure what a form allows. Here you went over it with both of them at intake, so putting her off only adds to her worry. Tell her plainly what the form covers, and offer a talk with Sunny.',
        },
        {
          id: 'ask-sunny',
          text: 'Tell her you’ll ask Sunny what she is comfortable sharing, and get back to her.',
          feedback:
            'Bringing Sunny into the decision is a strong shared-power move when the rules leave room for it. But the form they both signed already answers her mother’s question, and this may promise Sunny more control than the form gives. Explain what the form covers, and offer a talk with both of them.',
        },
        {
          id: 'ask-her-worry',
          text: 'Ask what is worrying her about Sunny, and listen before you say more.',
          feedback:
            'Listening to a worried parent is often the right first move. But she asked a direct question about her right to know, and leaving it unanswered can feel like a dodge. Answer it plainly, then make room for her worries in a talk with Sunny.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
