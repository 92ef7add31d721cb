/**
 * Course review: a mixed bank of scenarios across all ten values and all seven settings.
 * These are new scenarios, not copies of the module banks. Question ids are prefixed `rev-`.
 *
 * ⚠ PERMANENT IDS: never rename or reuse a question, step or option id once published.
 * Safety-tagged scenarios key the escalation or stay-in-role response (content brief §3).
 *
 * Every option is a sound move in SOME situation; only the situation says which one is best
 * here. Feedback on a wrong option says when that move WOULD be right.
 */
import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'review',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'rev-er-so-i-can-go-home',
      kind: 'single',
      pool: 'practice',
      value: 'voluntary',
      setting: 'er',
      title: 'So I can go home',
      situation:
        'You are the peer bridger in an emergency department. Xiomara, 36, came in after a fall at a party and is now cleared to leave. When you introduce yourself, she sighs: "Fine, let’s do the talk. The nurse said I have to see you before I go home." The nurse only said you were available.',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'not-needed-to-leave',
          text: 'Tell her she doesn’t need to see you before she leaves, and say in a sentence what you offer.',
          feedback:
            'She believes this talk is the price of going home, and it is not. Clearing up the mix-up first means any yes she gives you is a real one, and a no is fine too. That is the voluntary value: a free, informed choice.',
          best: true,
        },
        {
          id: 'ask-about-night',
          text: 'Ask her what happened at the party tonight, and how she is feeling now that she can leave.',
          feedback:
            'Warm and open, and a good start with someone who has chosen to talk. Here it builds on her belief that she has no choice, so her answers come from duty. Tell her the talk is optional first (voluntary).',
        },
        {
          id: 'offer-and-ask',
          text: 'Say in a sentence what you can offer, and ask if she would like a few minutes or your card.',
          feedback:
            'A clear, low-pressure offer is the right opening when someone knows that talking with you is optional. Xiomara thinks it is required, so her answer will still come from that belief. Clear up the mix-up first, so her choice is free (voluntary).',
        },
        {
          id: 'card-for-later',
          text: 'Say she looks worn out, and leave your card in case she ever wants to talk with you.',
          feedback:
            'Leaving a card is right when someone has said no. Xiomara has not been told she can say no, and she never hears what you offer, so she cannot make a real choice. Correct the mix-up first (voluntary).',
        },
      ],
    },
    {
      id: 'rev-res-did-you-ever',
      kind: 'rank',
      pool: 'practice',
      value: 'hopeful',
      setting: 'residential',
      title: '"Did you ever feel like that?"',
      situation:
        'Willa, 27, is in her third week at the residential program where you work. Her two children are staying with her mother for now. After a hard phone call with them, she asks you straight out, "Did you ever feel like you’d wrecked everything with your kids? I really want to know." You did, years ago, and things got better slowly. Group starts in ten minutes.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'brief-yes',
          text: 'Say yes, you felt that too, and it got better slowly. Then ask how the call went.',
          feedback:
            'Most helpful. She asked you directly and said she wants to know, so a short, honest yes answers her. "It got better slowly" offers real hope without a promise, and turning back to her call keeps the focus on her. That is the hopeful value.',
        },
        {
          id: 'ask-before-sharing',
          text: 'Ask if she would like to hear a little about how it went for you before you say more.',
          feedback:
            'Second. Asking before you share is the right habit when you are the one thinking of bringing up your story. Willa already asked, and said she wants to know, so checking again adds a step and can sound like a dodge. Answer briefly, then turn back to her.',
        },
        {
          id: 'ask-about-call',
          text: 'Ask her what the phone call was like today, and which part of it hurt the most.',
          feedback:
            'Third. Asking about her call is a good move when someone shares pain without asking about you. Here she asked a direct question, and skipping it can feel like you are hiding something. A short, honest answer would carry the hope she is looking for.',
        },
        {
          id: 'step-by-step',
          text: 'Walk her through how you rebuilt things with your own kids, one step at a time.',
          feedback:
            'Least helpful. A step-by-step account fits when someone asks how you did it and has time to hear it. With group in ten minutes, it puts the focus on you and makes your path sound like the plan she must follow. Share a short piece, then turn back to her (hopeful).',
        },
      ],
    },
    {
      id: 'rev-warm-not-clean-enough',
      kind: 'single',
      pool: 'practice',
      value: 'open-minded',
      setting: 'warmline',
      safety: ['medication-diagnosis'],
      title: '"People like me"',
      situation:
        'Ximena, 44, calls the warmline. She has taken methadone for six years and has not used heroin in five. Last night someone at her twelve-step meeting told her she is "not really clean" and should not share. She sounds steady: "I know my recovery is real, and I’m staying on methadone. I’m just done with that meeting. Is there a group where people like me are welcome?"',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'counts-as-is',
          text: 'Tell her that methadone treatment is recovery, and that her recovery counts as it is today.',
          feedback:
            'Affirming her path is the right first move when someone doubts her recovery after a remark like that. Ximena has just told you she knows her recovery is real and is staying on methadone; she asked where to go. Answer that: help her find a welcoming group (open-minded).',
        },
        {
          id: 'taper-questions',
          text: 'Offer to help her write down questions about a slow taper to bring to her prescriber.',
          feedback:
            'Helping someone prepare questions for her prescriber is right when she is thinking about changing her medication for her own reasons. Ximena said she is staying on methadone, so this raises a change she did not ask about. Answer her real question: where she is welcome (open-minded).',
        },
        {
          id: 'welcoming-groups',
          text: 'Offer to look up groups near her where members who take medication are welcome to share.',
          feedback:
            'Ximena knows her path and asked one clear question: where people like her are welcome. Helping her find groups that support every pathway, including medication, answers it and backs the path she chose. That is open-minded. Any future change to her methadone stays hers to decide with her prescriber.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'how-it-landed',
          text: 'Ask what it was like to hear that at the meeting, and how she is feeling about it tonight.',
          feedback:
            'Exploring how a hurtful remark landed is a good move when someone calls upset and unsure. Ximena sounds steady and has asked for something concrete. Help her find a group that welcomes people on medication (open-minded).',
        },
      ],
    },
    {
      id: 'rev-warm-third-hard-call',
      kind: 'multi',
      pool: 'practice',
      value: 'empathetic',
      setting: 'warmline',
      safety: ['own-distress'],
      title: 'The last hour',
      situation:
        'You are four hours into a five-hour warmline shift. Two calls tonight were about the death of a parent, and your own father died last spring. After the second one you told your shift supervisor; she listened, and you took a fifteen-minute break off the phones, as you agreed. Your calls since have gone well, and you feel sad but steady. Your next supervision session is Thursday.',
      prompt: 'Which steps still fit, for tonight and this week? Choose all that apply.',
      options: [
        {
          id: 'tell-supervisor-now',
          text: 'Tell your shift supervisor now that tonight’s calls have stirred up your own grief.',
          feedback:
            'Telling your supervisor right away is the step when your own grief is reaching your calls and she does not know yet. You told her an hour ago, took the break you agreed on, and your calls have gone well since. Saying it again adds nothing; finish steady, and keep it for Thursday (empathetic).',
          correct: false,
        },
        {
          id: 'step-off-phones',
          text: 'Ask your supervisor if you can step off the phones before you take the next call.',
          feedback:
            'A break off the phones is right when your reaction is reaching callers, as when you snap or go numb. You already took that break, and you feel steady now. Another one leaves the line short for no need; a moment of grounding between calls fits better (empathetic).',
          correct: false,
        },
        {
          id: 'own-supports',
          text: 'After the shift, reach out to your own supports, like a sponsor, friend or counselor.',
          feedback:
            'Correct. Your father’s death is your own grief, and your own supports can carry what supervision cannot. The IC&RC peer domains include self-care and leaning on your support network when personal issues touch your work. Empathy lasts only when you care for yourself too.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'thursday-supervision',
          text: 'Bring tonight’s calls to your supervision session on Thursday and talk them through.',
          feedback:
            'Correct. Your supervisor already knows, and Thursday is the place to look at how grief calls touch your own loss, so the next hard night goes better. Using supervision this way is part of staying empathetic over time.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'ground-and-go-on',
          text: 'Ground yourself for a minute between calls, and finish the last hour of your shift.',
          feedback:
            'Correct. You told your supervisor, took your break, and feel sad but steady, so a short grounding moment between calls is enough to finish well. If the numbness or a sharp reaction came back, you would step off and tell her again (empathetic).',
          correct: true,
          safety: 'escalates',
        },
      ],
    },
    {
      id: 'rev-rural-cashier-asks',
      kind: 'value',
      pool: 'practice',
      value: 'respectful',
      setting: 'rural-telehealth',
      title: 'At the hardware store',
      situation:
        'You are the only peer worker in a county of about two thousand people. At the hardware store, the cashier, who knows where you work, says loudly, "I saw Yvonne’s truck at your clinic again. She doing okay?" Yvonne, 53, is someone you support by video each week.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Yes. Yvonne’s privacy and dignity are on the line, in a town where words travel fast. Respect means her story stays hers to tell. A friendly "I don’t talk about who I see" protects her without confirming anything.',
          best: true,
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'You don’t want to lie to the cashier, so honesty is relevant. But you can be honest without sharing anything, by saying you don’t talk about who you see. The core issue is guarding Yvonne’s privacy, which is respect.',
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'The cashier may truly care about Yvonne, and you can answer warmly. But the cashier’s feelings are not the main issue here. What is most at stake is Yvonne’s privacy, which is about respect.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Whether to share her story is Yvonne’s choice, so this is close. But no one is pushing her into support. The question is whether you guard her privacy in public, which is the respectful value.',
        },
      ],
    },
    {
      id: 'rev-drop-hold-my-pay',
      kind: 'single',
      pool: 'practice',
      value: 'respectful',
      setting: 'drop-in',
      safety: ['role-limits'],
      title: 'Hold my pay',
      situation:
        'Wyatt, 33, has come to the drop-in center for four months. He gets paid Friday, and paydays have been hard for him. He holds out an envelope and says, "Can you keep my cash in your desk until Monday? You’re the only one I trust with it." Your center runs a money program: members can choose to keep cash in the office safe and sign it out. Wyatt has never used it.',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'money-program',
          text: 'Say you can’t hold it yourself, and tell him about the center’s money program he could use.',
          feedback:
            'Holding his money yourself would blur your role and could leave him feeling he owes you. But his plan is a good one, and your center has a service built for it. Naming the limit kindly and pointing him to the program keeps his plan alive and the choice his. That is respect with clear boundaries; check with your supervisor if you are unsure how the program works.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'what-else-helps',
          text: 'Say you can’t hold it yourself, and ask what else has helped him get through paydays.',
          feedback:
            'Asking what has helped before is the right move when no ready option exists. Here the center has a program that fits his plan, and he does not know about it. Tell him about it, and let him decide (respectful).',
        },
        {
          id: 'bank-account',
          text: 'Say you can’t hold it yourself, and offer to go with him to open a bank account Friday.',
          feedback:
            'A bank account is a good longer-term step, and you can offer it later. But it may not be ready by Friday, and the center already offers what he asked for. Tell him about the money program first (respectful).',
        },
        {
          id: 'name-planning',
          text: 'Tell him his plan to protect his pay shows real strength, and ask how he wants Friday to go.',
          feedback:
            'Naming a strength fits when someone shares a plan he is already carrying out. Here he asked you to do something, and praise without an answer leaves him hanging. Name the limit kindly and point him to the money program (respectful).',
        },
      ],
    },
    {
      id: 'rev-reentry-forgot-the-call',
      kind: 'single',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'reentry',
      title: 'The call you forgot',
      situation:
        'Last week you told Yusuf, 40, that you would call the state ID office on Monday to find out why his application was stuck, and let him know. You forgot. Today he stops by the reentry center on his lunch break from his new warehouse job and asks, "So what did they say?" He has to be back in ten minutes and can’t take calls on the floor. The ID office’s hold time is usually close to an hour, and it closes at four.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'own-it-call-now',
          text: '"I forgot to make that call, and I’m sorry. Can we call them together right now?"',
          feedback:
            'Owning the slip and calling together is the right fix when the person has time to sit through the call. Yusuf must be back at work in ten minutes, and the hold time is close to an hour. Own it, then make the call yourself today and text him (honest and direct).',
        },
        {
          id: 'own-it-own-number',
          text: '"I forgot to make that call, and I’m sorry. Want their number to call them yourself?"',
          feedback:
            'Handing over the number fits someone who wants to make his own calls and has the time. Yusuf can’t take calls at work, and the office closes at four, so he would lose another day. Own the slip, then make the call you promised today (honest and direct).',
        },
        {
          id: 'own-it-text-today',
          text: '"I forgot to make that call, and I’m sorry. I’ll call them today and text you back."',
          feedback:
            'You say plainly that you forgot, with a short apology, which is honest and direct. Yusuf has ten minutes, can’t take calls at work, and the office closes at four, so keeping your word today, by text, is the fastest fix. Owning your slips builds the trust he needs to be honest with you.',
          best: true,
        },
        {
          id: 'own-it-next-visit',
          text: '"I forgot to make that call, and I’m sorry. Can we call together at your next visit?"',
          feedback:
            'Waiting to call together fits when the person wants to be on the call and nothing is urgent. Yusuf is already waiting on a stuck ID, and you can make the call today. Own the slip, call this afternoon, and text him what they say (honest and direct).',
        },
      ],
    },
    {
      id: 'rev-yf-bad-at-everything',
      kind: 'value',
      pool: 'practice',
      value: 'strengths-focused',
      setting: 'youth-family',
      title: '"I’m bad at everything"',
      situation:
        'At a first family meeting, Walter, 49, lists everything going wrong with his son, Xander, 14: failing grades, a fight at school, vaping. Xander shrugs and says, "He’s right. I’m bad at everything." While you waited for his dad, Xander showed you how he fixed his grandmother’s broken phone.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Yes. Father and son can both see only what is wrong. Noticing what is strong, like the phone he fixed, and building from it is the strengths-focused value. It does not ignore the problems; it gives Xander something to stand on.',
          best: true,
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Walter is worried and Xander sounds discouraged, so empathy matters, and you will reflect both. But the main trap here is a story made only of problems. What is most at stake is seeing Xander’s strengths.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'His father does most of the talking, so Xander’s voice matters. But Xander did speak, and he agreed with the list. The bigger issue is that no one, including Xander, is looking at what he does well.',
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'The problems are real, and you will not pretend otherwise. But no one here is hiding the truth. What is missing is the other half of the picture: his strengths.',
        },
      ],
    },
    {
      id: 'rev-reentry-fill-in-his-goals',
      kind: 'branch',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'reentry',
      title: '"Fill in his goals"',
      situation:
        'Zane, 38, came home from prison three weeks ago. Before his reentry planning meeting, the case manager hands you the goals form and says, "You know him best. Fill in his goals and we’ll have him sign." Zane is in the waiting room. He reads and writes well and has not asked you to write anything for him. The plan must be signed today so his housing referral can go in.',
      prompt: 'What do you do?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do?',
          options: [
            {
              id: 'ask-him-in',
              text: 'Ask the case manager if Zane can come in now and fill in the form with the two of you.',
              feedback:
                'Zane is right outside, so he can put his own goals into words today. Using your seat at the table to get him into the room, instead of writing for him, is equally shared power.',
              best: true,
              next: 'in-the-room',
            },
            {
              id: 'draft-then-review',
              text: 'Draft the goals from what Zane has told you, then go over them with him before he signs.',
              feedback:
                'Drafting fits when someone has asked you to put his words on paper. Zane has not asked, and he is only steps away. A draft in your words sets the frame, and people often sign what is put in front of them. Bring him in to write it (equally shared power).',
              next: 'draft-path',
            },
            {
              id: 'ask-in-waiting-room',
              text: 'Go ask Zane in the waiting room what goals he wants, and write them down in his words.',
              feedback:
                'Getting his goals in his own words beats guessing, and it fits when he cannot join the meeting. Zane can join, and he reads and writes well, so you would still hold the pen and carry his words into a room he is not in. Ask for him to come in and write them himself (equally shared power).',
            },
            {
              id: 'take-it-home',
              text: 'Ask the case manager if Zane can take the form home and bring it back filled in next week.',
              feedback:
                'Time at home to think fits when there is no deadline and someone wants to mull his goals over. His plan must be signed today for the housing referral, and he is right outside. Ask for him to come in and write them now (equally shared power).',
            },
          ],
        },
        {
          id: 'in-the-room',
          lead: 'Zane joins. The case manager starts reading goals the team wants for him: an anger class and a job program. Zane says nothing, but he sits forward and watches her, as if waiting for a turn. Yesterday he told you his first goal is to see his daughter.',
          prompt: 'What do you do?',
          options: [
            {
              id: 'invite-his-goals',
              text: 'Ask Zane if there is a goal of his own he would like to add before the list is set.',
              feedback:
                'The list is being set, and Zane is leaning in, waiting for a turn that has not come. Asking him opens the door and lets him walk through it with his own goal, in his own words. His story stays his to tell: that is equally shared power.',
              best: true,
            },
            {
              id: 'offer-to-share',
              text: 'Ask Zane quietly if he would like you to share the goal he told you about yesterday.',
              feedback:
                'Offering to voice what he told you, with his okay, fits when someone looks to you for help or freezes up. Zane is sitting forward, ready to speak for himself, and this casts you as his voice. Give him the turn directly (equally shared power).',
            },
            {
              id: 'pause-to-read',
              text: 'Ask the case manager to pause so Zane can read the team’s list and say what he thinks.',
              feedback:
                'Inviting someone to react to a draft fits when the plan already holds his goals. This list holds only the team’s, so asking for his view of it keeps their goals as the frame. Ask for a goal of his own (equally shared power).',
            },
          ],
        },
        {
          id: 'draft-path',
          lead: 'You show Zane your draft: work, housing and an anger class. He glances at it, says "Looks fine," and reaches for the pen.',
          prompt: 'What do you do?',
          options: [
            {
              id: 'what-first',
              text: 'Ask what he’d put first, and say you can redo it with him in his own words.',
              feedback:
                'A glance and a quick "looks fine" often mean someone is used to signing what he is handed. Asking what he would put first hands the pen back. Shared power means slowing down for his voice.',
              best: true,
            },
            {
              id: 'sounds-like-you',
              text: 'Tell him you wrote it from what he said, and ask if it sounds like him before he signs.',
              feedback:
                'Being open about who wrote a draft, and checking it fits, is right when someone has read it closely. Zane glanced and said "looks fine," so a yes-or-no check will likely get another yes. Ask what he would put first (equally shared power).',
            },
            {
              id: 'read-it-slowly',
              text: 'Ask him to read it through slowly and mark anything he would change before signing.',
              feedback:
                'A careful read fits a plan he helped write. This draft is in your words, so asking him to edit it keeps your goals as the starting point, and people used to systems often change little. Ask what he would put first (equally shared power).',
            },
          ],
        },
      ],
    },
    {
      id: 'rev-yf-worst-thing',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: '"The worst thing you ever did"',
      situation:
        'You are a youth peer mentor. In a group of teens, Zoey, 16, asks you quietly, "What’s the worst thing you ever did when you were using? My mom says using makes you do stuff you’d never do. Is that real?" A few of the teens are new to the group. The group agreement, which the teens wrote with your program, says no one tells using stories in group; mentors can talk one-on-one right after.',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'short-true-piece',
          text: 'Share a short, true piece from that time, and leave out the hardest details.',
          feedback:
            'A short, true piece without the hardest details is the right answer to a sincere question where using stories are welcome. This group’s own agreement says no using stories in group, and new members are here. Honor the agreement and answer her one-on-one right after (mutual and reciprocal).',
        },
        {
          id: 'ask-purpose',
          text: 'Ask her what she hopes to learn from hearing about that part of your own life.',
          feedback:
            'Asking what someone hopes to learn is the right first move when the purpose is unclear. Zoey already told you: she wants to know if her mom is right. Asking again in front of the group can feel like a dodge. Offer to answer her one-on-one after group (mutual and reciprocal).',
        },
        {
          id: 'after-group',
          text: 'Tell her you will answer that one-on-one with her, as soon as group is over.',
          feedback:
            'Zoey asked sincerely, with a clear purpose, and she deserves an honest answer. The group’s own agreement keeps using stories out of group, so a one-on-one talk right after honors the teens’ rule and still gives her a short, true piece of your story. That is mutual support: your story used to help her.',
          best: true,
        },
        {
          id: 'ask-the-group',
          text: 'Ask the whole group what they have already heard about where using can lead.',
          feedback:
            'Drawing on the group is a good move in a planned talk about risks. Zoey asked you directly about your own life, and turning it to the group sidesteps her and invites using stories the agreement keeps out. Answer her one-on-one after group (mutual and reciprocal).',
        },
      ],
    },
    {
      id: 'rev-reentry-phone-menu',
      kind: 'multi',
      pool: 'practice',
      value: 'facilitates-change',
      setting: 'reentry',
      title: 'Lost in the phone menu',
      situation:
        'Yuki, 29, came home from prison last month. She wants to sign up for a welding certificate at the community college. She called once, got lost in the phone menu for half an hour and hung up. "I still want to weld," she says, "but maybe college isn’t for me if I can’t even get through on the phone." She has an hour free right now. The college’s phone line is closed until Monday, but its website has an online interest form.',
      prompt: 'Which steps fit here? Choose all that apply.',
      options: [
        {
          id: 'wear-anyone-down',
          text: 'Say that half an hour stuck in a phone menu would wear anyone down, not only her.',
          feedback:
            'Correct. Naming the barrier, not Yuki, as the problem answers her "maybe college isn’t for me" and keeps her goal alive. Facilitating change starts with hearing what stopped her.',
          correct: true,
        },
        {
          id: 'online-form-together',
          text: 'Offer to go through the college’s online form with her now, with her at the keyboard.',
          feedback:
            'Correct. The phone line is closed, but the online form is open, and she has time now. Doing it together gets her past the barrier while she stays in charge: with her, not for her.',
          correct: true,
        },
        {
          id: 'questions',
          text: 'Help her jot down what she wants to know, like start dates and costs, to ask the college.',
          feedback:
            'Correct. A short list of questions makes the next contact easier and keeps the goal hers. Small, concrete steps are how change happens.',
          correct: true,
        },
        {
          id: 'call-on-speaker',
          text: 'Offer to call the college with her now on speaker, with her doing the talking.',
          feedback:
            'A call together is a strong warm handoff when the line is open. The college’s phone line is closed until Monday, so this sets her up for another dead end today. Use the online form with her now (facilitates change).',
          correct: false,
        },
        {
          id: 'still-the-goal',
          text: 'Ask whether welding is still the right goal, or whether another program might fit better.',
          feedback:
            'Checking whether a goal still fits is right when someone doubts the goal itself. Yuki said she still wants to weld; her doubt is about the phone. Questioning the goal now can make the barrier feel like a verdict. Help her past the barrier instead (facilitates change).',
          correct: false,
        },
      ],
    },
    {
      id: 'rev-warm-keeping-score',
      kind: 'single',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'warmline',
      title: 'No thank-you',
      situation:
        'Winnie, 73, has called the warmline most nights for a year. Tonight she talks about her week and hangs up without a thank-you, as usual, and you feel a flash of annoyance again. You took this to supervision last week: you saw you had been hoping to feel needed, the way you did caring for your late mother. Your calls with Winnie have gone fine since, and you and your supervisor agreed the part about your mother is for your own supports.',
      prompt: 'What is the best thing to do with that feeling?',
      options: [
        {
          id: 'to-supervision',
          text: 'Bring the feeling to supervision this week, and look at what you had been hoping for.',
          feedback:
            'Supervision is the place for a feeling that is starting to change how you treat a caller. You already looked at this one there last week, your calls with Winnie are going fine, and you agreed the rest is personal. Take it to your own supports tonight (mutual and reciprocal).',
        },
        {
          id: 'ask-what-helps',
          text: 'On her next call, ask her what the calls have been giving her lately, in her own words.',
          feedback:
            'Asking a caller what helps is a good habit when you are reviewing how support is going. Here you would be asking to meet your own need to feel needed, and she may feel she owes you. Take the feeling to your own supports (mutual and reciprocal).',
        },
        {
          id: 'move-her-calls',
          text: 'Ask your supervisor whether other volunteers could take some of her calls for a while.',
          feedback:
            'Sharing a caller among workers can be right when someone is burned out or the calls are going badly. Your calls with Winnie are going fine, and moving them would cost her for a feeling that is yours. Take it to your own supports (mutual and reciprocal).',
        },
        {
          id: 'talk-to-sponsor',
          text: 'Talk it over with your sponsor or a friend tonight, and look at what you hoped for.',
          feedback:
            'Supervision has done its part, and what is left, the tie to caring for your mother, is personal. Your own supports are the place for it, so it stays out of Winnie’s calls. Support is not a trade, and Winnie owes you no thanks: that is the mutual and reciprocal value.',
          best: true,
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ──────────────────────────────
    {
      id: 'rev-res-newspaper-story',
      kind: 'rank',
      pool: 'check',
      value: 'voluntary',
      setting: 'residential',
      title: 'The newspaper story',
      situation:
        'A local newspaper is writing about your residential program. Last week Winston, 45, agreed to be interviewed and photographed. The reporter arrives in an hour. At breakfast Winston tells you, "I still want to do it. I just don’t want my boss seeing my face in the paper."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'privacy-options',
          text: 'Ask if he’d rather skip the photo, or give only his first name.',
          feedback:
            'Most helpful. Winston still wants to take part; what worries him is being recognized at work. Offering ways to take part with more privacy answers his real concern and keeps each choice his. Voluntary consent covers how, not only whether.',
        },
        {
          id: 'can-still-say-no',
          text: 'Ask to talk with him alone, and tell him he can still say no today.',
          feedback:
            'Second. Making sure someone knows he can say no matters most when he sounds unsure. Winston was clear that he wants to do it, so this misses the worry he named. Answer that first; the door to say no stays open either way (voluntary).',
        },
        {
          id: 'sit-beside',
          text: 'Offer to sit beside him during the interview, and check in with him after.',
          feedback:
            'Third. Company helps when someone is nervous about the interview itself. Winston’s worry is his boss seeing his face, which a seat beside him does not solve. Offer privacy options (voluntary).',
        },
        {
          id: 'hope-for-families',
          text: 'Tell him his story could give real hope to families who read it.',
          feedback:
            'Least helpful. Hope for others can be a good reason when someone is still weighing whether to take part. Winston has decided; he needs his concern answered, not more reasons, and this can make his worry seem small (voluntary).',
        },
      ],
    },
    {
      id: 'rev-drop-outreach-lines',
      kind: 'multi',
      pool: 'check',
      value: 'voluntary',
      setting: 'drop-in',
      title: 'Outreach in the park',
      situation:
        'Your drop-in center is starting outreach in the park next door. A new coworker will go out there on Monday mornings only. Several people who sleep in the park have told past outreach teams they want to be left alone. The center has coffee and showers until four, with no sign-up. It has no beds of its own, but staff can add people to the county shelter’s waiting list. Your coworker asks which of her opening lines to use.',
      prompt: 'Which lines fit these mornings? Choose all that apply.',
      options: [
        {
          id: 'coffee-open',
          text: '"We’re the center next door. Coffee and showers till four, no sign-up needed."',
          feedback:
            'Correct. It says plainly what is offered and that nothing is required, and every word is true at your center. People decide for themselves: the voluntary value.',
          correct: true,
        },
        {
          id: 'ask-first',
          text: '"Want to hear what the center does? It’s fine if not. I’m around most mornings."',
          feedback:
            'Asking before explaining, and saying no is fine, is a strong opening for someone who comes by often. But your coworker will be in the park on Mondays only, so "most mornings" is a promise she cannot keep. Offer only what is true (voluntary, with honesty).',
          correct: false,
        },
        {
          id: 'card-for-later',
          text: '"Here’s a card with our hours and address, if you’d like one for later."',
          feedback:
            'Correct. A card gives information without asking for anything now. People who want space can take it or leave it, which keeps the choice theirs (voluntary).',
          correct: true,
        },
        {
          id: 'shelter-list',
          text: '"If you want, the center can add you to the county shelter’s waiting list."',
          feedback:
            'Correct. The center really can do this, and the line offers it without promising a bed or asking for anything now. People decide for themselves whether they want it: the voluntary value.',
          correct: true,
        },
        {
          id: 'shower-name',
          text: '"Can I take your first name, so we can save you a shower time at the center?"',
          feedback:
            'Saving a slot by name helps where showers are booked ahead. Your center’s showers need no sign-up, and asking for names from people who want to be left alone asks for something they did not offer. Say what is open to them and step back (voluntary).',
          correct: false,
        },
      ],
    },
    {
      id: 'rev-warm-volunteer-doubts',
      kind: 'value',
      pool: 'check',
      value: 'hopeful',
      setting: 'warmline',
      title: '"She’s never going to make it"',
      situation:
        'Zelda, 48, calls the warmline and asks for the number of a detox program. She says she has been trying to stop drinking for twenty years. After the call, a new volunteer says to you, "Honestly, she’s never going to make it. Why do we keep giving her numbers?"',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Yes. The volunteer has decided Zelda cannot recover. The hopeful value holds that recovery is possible for everyone, however many tries it takes, and callers can hear doubt in our voices. Talk it over with the volunteer, kindly and in private.',
          best: true,
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Giving Zelda the detox number links her to a resource, so this value is in play. But she already got the number. What is in question is whether staff still believe her next try is worth backing, which is about hope.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Talking about a caller this way is not respectful, and that matters. But the volunteer’s words are not mainly about privacy or dignity; they say she will never change. The value most at stake is hope.',
        },
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'The volunteer is judging Zelda, so open-mindedness is relevant. But the judgment is not about her path or her beliefs. It is about whether she can recover at all, which is the hopeful value.',
        },
      ],
    },
    {
      id: 'rev-reentry-better-off',
      kind: 'branch',
      pool: 'check',
      value: 'hopeful',
      setting: 'reentry',
      safety: ['suicide-risk'],
      title: '"Better off if I wasn’t around"',
      situation:
        'Zachary, 29, came home from prison a month ago and meets you weekly at the reentry center. Today he says his job fell through and his mom is tired of him sleeping on her couch. Then he says quietly, "Everyone was better off when I was locked up. Maybe better off if I wasn’t around at all." You are alone with him in your office, and he is sitting still and talking. He has told you he talks only with you here, not with other staff.',
      prompt: 'What do you say next?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'ask-directly',
              text: 'Stay with him, and ask him plainly and directly if he is thinking about suicide.',
              feedback:
                'He has just said words about not being around, he is talking, and he trusts you. Asking directly and calmly, yourself and now, is the safe, caring move. It does not put the idea in his head; it tells him he can talk about it. Hope starts with taking his pain seriously. Tell him why you ask: because you care.',
              best: true,
              safety: 'escalates',
              next: 'he-says-yes',
            },
            {
              id: 'hear-more-first',
              text: 'Stay with him, hear more about his week first, then ask him directly about suicide.',
              feedback:
                'Hearing more before you ask fits when someone is low but has said nothing about dying or not being around. Zachary just said he might be better off not around, and waiting lets the moment pass. Ask him directly now.',
              safety: 'unsafe',
              instead: 'Stay with him and ask him directly and calmly, now, whether he is thinking about suicide.',
              next: 'he-pulls-back',
            },
            {
              id: 'call-911-and-ask',
              text: 'Stay with him, call 911, and ask him directly whether he is thinking about suicide.',
              feedback:
                'Calling 911 comes first when danger is imminent: someone acting on a plan, the means at hand, or a person you cannot keep talking. Zachary is sitting still and talking, and you do not yet know if he is thinking of suicide. Ask him directly first; an ambulance now can frighten him and cost his trust.',
            },
            {
              id: 'supervisor-then-ask',
              text: 'Stay with him, bring your supervisor in, and then ask him directly about suicide.',
              feedback:
                'Asking with your supervisor there fits when the person knows and trusts her, or you are not trained to ask. Zachary talks only with you here, and he may shut down when other staff walk in. Ask him yourself first; bring your supervisor in if he says yes.',
            },
          ],
        },
        {
          id: 'he-says-yes',
          lead: 'Zachary looks at the floor. "Yeah. Last night I thought about it a lot. I don’t know if I’d do anything." He has no plan he can name, and he is not trying to leave. Your center’s crisis protocol says to bring in the supervisor on duty, who is down the hall.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'supervisor-protocol',
              text: 'Thank him, stay with him, and bring your supervisor in right now to help the two of you.',
              feedback:
                'This keeps him safe and in the loop. Your protocol calls for the supervisor on duty, and she is down the hall. You stay with him, tell him who is coming and why, even though he is wary of other staff, and can offer to call 988 together. Afterward, document what happened. If danger were imminent, you would call 911.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'call-911',
              text: 'Thank him, stay with him, and call 911 to bring emergency help to the center right now.',
              feedback:
                'Calling 911 is right when danger is imminent: a plan, the means at hand, or someone acting on it. Zachary has no plan he can name and is not leaving, so an ambulance can frighten him and cost his trust. Follow your crisis protocol with your supervisor while you stay with him.',
            },
            {
              id: 'call-988-together',
              text: 'Thank him, stay with him, and offer to call 988 together with him from your office now.',
              feedback:
                'Calling 988 together is a strong move when no supervisor or crisis staff is on site, as on an evening shift alone. Your protocol calls for the supervisor on duty, and she is down the hall. Bring her in while you stay with him; 988 can be part of the plan you make together.',
            },
            {
              id: 'plan-alone',
              text: 'Thank him, stay with him, write a safety plan together, then tell your supervisor.',
              feedback:
                'Some agencies train peers to help with safety plans, and telling your supervisor after fits a risk that has already been handled. Your protocol calls for the supervisor on duty now, and she is down the hall; doing the plan first leaves you handling suicide risk by yourself. Bring her in while you stay with him.',
              safety: 'unsafe',
              instead: 'Stay with him and bring in your supervisor or crisis staff under your protocol.',
            },
          ],
        },
        {
          id: 'he-pulls-back',
          lead: 'Zachary shrugs. "Yeah, whatever. Forget I said anything." He starts to zip up his jacket.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'go-back',
              text: 'Say you can’t let that go, and ask him directly if he is thinking about suicide.',
              feedback:
                'You repair the moment by going back to what he said, and you ask directly and calmly. If he says yes, stay with him, tell him what you are doing, bring in your supervisor under your crisis protocol, and document it afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'get-supervisor-first',
              text: 'Ask him to wait a minute while you get your supervisor, then ask him about suicide.',
              feedback:
                'Getting your supervisor before you ask can fit when the person is settled and will wait. Zachary is zipping up his jacket to go, and he talks only with you. If you leave the room, he may walk out. Stay and ask him directly now; bring your supervisor in if he says yes.',
              safety: 'unsafe',
              instead: 'Ask him directly about suicide before he leaves, and bring in your supervisor while he is still with you.',
            },
            {
              id: 'walk-out-ask',
              text: 'Walk out with him, and ask him directly about suicide once you are outside, alone.',
              feedback:
                'Moving somewhere private before you ask fits when others can hear you. You are already alone in your office, and outside he can walk away mid-answer, far from your supervisor. Ask him directly here, now (hopeful).',
              safety: 'unsafe',
              instead: 'Go back to what he said and ask him directly and calmly whether he is thinking about suicide.',
            },
          ],
        },
      ],
    },
    {
      id: 'rev-drop-weekends-only',
      kind: 'value',
      pool: 'check',
      value: 'open-minded',
      setting: 'drop-in',
      title: 'Weekends only',
      situation:
        'Wesley, 41, has come to the drop-in center for a year. He tells you his goal is to drink only on weekends, not to quit. Your own recovery is built on not drinking at all, and you feel a strong urge to tell him cutting back never works. He asks if you will help him track his weekdays.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'Yes. Your own path is pulling at you, and Wesley has chosen a different one. Being open-minded means setting your path aside and backing his goal. If you have a real concern, ask permission to share it, then let him decide.',
          best: true,
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Honesty matters: if you have a concern about him, you can share it kindly, with permission. But the urge here is not about his situation. It is your own path speaking, so the value most at stake is open-mindedness.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Believing Wesley can reach his goal matters, so hope is relevant. But the risk here is not that you doubt him. It is that you judge his path by yours, which is about being open-minded.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'The goal is his, so choice is relevant. But he came to you freely and asked for your help, and no one is forcing anything. What is at stake is whether you can support a path unlike your own.',
        },
      ],
    },
    {
      id: 'rev-res-her-own-word',
      kind: 'single',
      pool: 'check',
      value: 'open-minded',
      setting: 'residential',
      title: 'Her own word',
      situation:
        'In a residential group, Xochitl, 31, starts her share with, "I’m an addict, and this week was hard." A new peer worker co-leading the group stops her: "We say person with a substance use disorder here." Xochitl laughs, says, "Call it what you want, I’m an addict," and goes right on with her share; the group listens. Your co-leader is new, and tonight she runs the evening group on her own.',
      prompt: 'What is the best thing to do?',
      options: [
        {
          id: 'own-words',
          text: 'Say lightly that people here can use their own words for themselves, and invite her to go on.',
          feedback:
            'A light word in the moment is right when the person has gone quiet and needs her voice back. Xochitl kept her words and went right on, so stepping in now pulls the group back to the correction. Let her share, and talk with your co-leader after group (open-minded).',
        },
        {
          id: 'talk-after',
          text: 'Let the share go on, and talk with your co-leader about word choice after group.',
          feedback:
            'Xochitl took her own words back and kept going, so she does not need rescue. Your co-leader runs a group alone tonight and will likely correct someone again. People choose how they describe themselves; person-first words are for our own voice. Talking with her after group, in private, is open-minded and spares her being corrected in public.',
          best: true,
        },
        {
          id: 'ask-the-group',
          text: 'Pause and ask the group how each of them likes to talk about their own recovery here.',
          feedback:
            'Inviting the group to talk about words fits a session on group norms. Right now it stops Xochitl’s share and turns her words into a topic. Let her go on, and talk with your co-leader after group (open-minded).',
        },
        {
          id: 'step-out',
          text: 'Ask your co-leader to step out with you for a minute and talk it over in private.',
          feedback:
            'A private talk with your co-leader is right, and she needs it before tonight. Stepping out now leaves the group mid-share with no leader. Have the talk right after group (open-minded).',
        },
      ],
    },
    {
      id: 'rev-er-the-experiment',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'er',
      safety: ['psychosis'],
      title: '"Running an experiment"',
      situation:
        'You are the peer bridger in an emergency department. Zeke, 24, came in after a minor car crash and is waiting for test results. He says he has not slept in days. He whispers that the nurses are "running an experiment" on him, pulls at his IV and says he has to get out before they finish. He is scared, not threatening anyone. The department’s crisis clinician is at the nurses’ station, a few steps from his bed.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'clinician-from-station',
          text: 'Stay with him, keep your voice calm, and call the crisis clinician over to his bed.',
          feedback:
            'This is safe and empathetic. The crisis clinician is a few steps away, so calling her in gets help fastest while you stay with him, calm, without arguing with his belief or agreeing with it. Name his fear, tell him who is coming, and document what you saw afterward, per protocol.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'page-crisis-team',
          text: 'Stay with him, keep your voice calm, and page the crisis team through the unit desk.',
          feedback:
            'Paging through the desk is the right route when no crisis staff are nearby. The crisis clinician is a few steps away at the station, and a page adds minutes while he pulls at his IV. Call her in directly and stay with him.',
        },
        {
          id: 'security-in',
          text: 'Stay with him, keep your voice calm, and call security and his nurse to the room.',
          feedback:
            'Security fits when someone is threatening others or a fight is likely. Zeke is scared, not threatening anyone, and guards at his bed can confirm his fear that he is being held for an experiment. Call in the crisis clinician, who is steps away.',
          safety: 'unsafe',
          instead: 'Stay with him, stay calm, and call the crisis clinician in from the nurses’ station.',
        },
        {
          id: 'get-from-desk',
          text: 'Tell him you’ll be right back, and bring the crisis clinician over from the station.',
          feedback:
            'Fetching staff in person works when the person is calm and safe to leave. Zeke is terrified and pulling at his IV; left alone, he could leave or get hurt. The clinician is close enough to call in. Stay with him and call her to you.',
          safety: 'unsafe',
          instead: 'Stay with him and call the crisis clinician in from the nurses’ station.',
        },
      ],
    },
    {
      id: 'rev-rural-half-the-herd',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'rural-telehealth',
      title: 'Half the herd',
      situation:
        'Xavier, 61, meets you by video from his dairy farm. He has been in recovery from alcohol use for three years. This week he sold half his herd, which covered his debts. He says flatly, "My dad built that herd, and I lost half of it. I don’t want to talk about feelings today. I’ve decided to lease out the empty barn. Who could help me work out a fair lease?" You know the county farm aid office gives free lease advice.',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'most-urgent',
          text: '"Okay. Of all that’s on your plate, what feels the most urgent to sort out?"',
          feedback:
            'Asking what is most urgent is a good way to follow someone’s lead when he is unsure where to start. Xavier already told you: a fair lease for the barn, and who can help. Asking again makes him repeat himself. Answer with the resource (empathetic).',
        },
        {
          id: 'reflect-meaning',
          text: '"Sounds like this is about more than cows. It’s your dad’s life’s work, too."',
          feedback:
            'Reflecting the meaning of a loss is a strong move when someone opens up about it. Xavier just asked not to talk about feelings today, and he asked who could help with a lease. Answer that (empathetic).',
        },
        {
          id: 'farm-aid-lease',
          text: '"The county farm aid office gives free advice on leases. Want their number?"',
          feedback:
            'Xavier told you what he needs today: help with a fair lease, not a talk about feelings. Answering his question with a resource you know fits is empathy: you meet him where he is, and he stays in charge. The loss can come up later, if and when he wants it to.',
          best: true,
        },
        {
          id: 'how-managed',
          text: '"You kept that farm going through three hard years. How did you manage it?"',
          feedback:
            'Naming a strength and asking how he did it is a good move when someone is ready to look back. Xavier wants to look ahead today and asked a plain question, and this steers him away from it. Tell him about the farm aid office (empathetic).',
        },
      ],
    },
    {
      id: 'rev-res-kitchen-shove',
      kind: 'single',
      pool: 'check',
      value: 'respectful',
      setting: 'residential',
      safety: ['violence'],
      title: 'In the kitchen',
      situation:
        'It is 11 p.m. at the residential program where you work. Two residents are shouting in the kitchen over a missing phone charger. Zion, 30, shoves the other man into the counter and raises his fist. Three other residents stand nearby, watching. Your program has security staff on days only; at night the on-call supervisor is reachable by phone.',
      prompt: 'What do you do first?',
      options: [
        {
          id: 'safe-first',
          text: 'Stay back, radio security, and ask the residents watching to leave the kitchen.',
          feedback:
            'Radioing on-site security is the fastest trained help during the day. At 11 p.m. your program has no security staff, so no one answers the radio while the fight goes on. Stay safe, call 911, and move the bystanders out (respectful of everyone’s safety).',
        },
        {
          id: 'stay-back-911',
          text: 'Stay back, call 911, and ask the residents watching to leave the kitchen.',
          feedback:
            'A fight has started, and at night your program has no trained help on site. You keep yourself safe at a distance, get emergency help on the way and move the bystanders out. Calm words from a safe spot can help. Then call the on-call supervisor, and document it as your program requires.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'radio-supervisor',
          text: 'Stay back, phone the on-call supervisor, and ask the residents watching to leave.',
          feedback:
            'The on-call supervisor is the right first call for many night problems, and needs to hear about this. But a fight in progress needs people trained to stop it, and the supervisor is on the phone, not on site. Call 911 first, then your supervisor.',
        },
        {
          id: 'call-out-calmly',
          text: 'Stay back, call to Zion calmly by name, and ask the residents watching to leave.',
          feedback:
            'Calm words from a safe distance can settle a shouting match before anyone is touched. Zion has already shoved someone and raised his fist, and no trained help is on site tonight. Words alone are not enough: call 911 from where you stand (respectful of everyone’s safety).',
          safety: 'unsafe',
          instead: 'Stay back, call 911, and move the other residents out of the room.',
        },
      ],
    },
    {
      id: 'rev-drop-eviction-notice',
      kind: 'branch',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'drop-in',
      safety: ['legal'],
      title: 'The notice on the door',
      situation:
        'Yancy, 47, comes to the drop-in center holding a notice his landlord taped to his door. It says he has a few days to leave. He fell behind on rent after losing hours at work. He asks you, "Can they really do this? What do I do?"',
      prompt: 'What do you say first?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'lawyer-question',
              text: 'Say that’s a question for a lawyer, and ask if he’d like to call legal aid with you right now.',
              feedback:
                'He asked a legal question and has only a few days. Saying plainly that it is a question for a lawyer is honest about your role, and calling legal aid together now is a warm handoff that fits the deadline. Facilitating change means linking him to the right help, fast.',
              best: true,
              safety: 'escalates',
              next: 'legal-aid',
            },
            {
              id: 'how-evictions-work',
              text: 'Tell him what you know about how evictions usually work, and what tends to happen next.',
              feedback:
                'Sharing what you know helps with many everyday questions. Eviction rules differ from place to place, and acting on a guess could cost him his home. That is legal advice, which is outside the peer role; help him reach legal aid.',
              safety: 'unsafe',
              instead: 'Tell him honestly that you are not a lawyer, and help him reach legal aid or a tenant lawyer today.',
              next: 'wrong-advice',
            },
            {
              id: 'holding-up',
              text: 'Ask him how he is holding up, and what he would most like your support with first today.',
              feedback:
                'An open question about what someone wants is a good start when the need is not clear. Yancy already told you: he asked a direct question and has only days. Connect him to legal aid now, then ask how he is doing (facilitates change).',
            },
            {
              id: 'questions-for-lawyer',
              text: 'Help him write down his questions for a lawyer, then look up legal aid’s hours together.',
              feedback:
                'Preparing questions is a good step when there is time before an appointment. With only a few days, reaching legal aid today matters more, and the questions can come during or after the call. Call together now (facilitates change).',
            },
          ],
        },
        {
          id: 'legal-aid',
          lead: 'Yancy nods. You call the legal aid intake line together on speaker. A message says to leave a number and someone will call back within two days. Yancy’s phone is almost out of minutes. The center lets people use its phone line for callbacks.',
          prompt: 'What is your next step?',
          options: [
            {
              id: 'center-phone',
              text: 'Ask if he’d like legal aid to call him on the center’s phone, and meet again tomorrow.',
              feedback:
                'His phone is the barrier, and the center offers a number he can use. That solves it while he stays in charge of his own case, and a check-in tomorrow keeps the link warm. Note the plan as your agency asks (facilitates change).',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'questions-papers',
              text: 'Offer to help him plan his questions and gather his papers for when legal aid calls back.',
              feedback:
                'Preparing questions and papers is a strong step once the callback can reach him. With his phone nearly out of minutes, legal aid may not get through. Solve the phone first, then prepare together (facilitates change).',
            },
            {
              id: 'call-again-tomorrow',
              text: 'Ask him to come back tomorrow morning, and call the line again together then.',
              feedback:
                'Calling again together is right when a line offers no callback. This one does, and waiting a day uses up time he does not have. Give legal aid a number that will reach him (facilitates change).',
            },
            {
              id: 'take-the-callback',
              text: 'Offer to take the callback on your work cell and pass on whatever legal aid says.',
              feedback:
                'Taking a message can help with a simple appointment. Here it puts his private legal matter on your phone and makes you the go-between with his lawyer. Let him use a number he controls, like the center’s phone.',
            },
          ],
        },
        {
          id: 'wrong-advice',
          lead: 'Yancy looks relieved. "So I can just stay put." As he folds up the notice, you realize you are not sure the rule you described applies in your state.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'correct-it',
              text: 'Tell him you spoke too soon, and offer to call legal aid with him now to check.',
              feedback:
                'Owning your mistake right away protects him from acting on a guess. Sending the legal question to legal aid, and calling together, keeps you in your role while still helping. Mention it to your supervisor afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'ask-supervisor-rules',
              text: 'Ask your supervisor how the rule works in your state, then come back and tell him.',
              feedback:
                'Checking is better than guessing, and your supervisor is the right person for questions about your own role. But your supervisor is not his lawyer, and passing on the rules is still legal advice. Correct your mistake and connect him to legal aid.',
            },
            {
              id: 'let-it-stand',
              text: 'Let it stand for today, and bring up legal aid with him the next time he comes in.',
              feedback:
                'Waiting for a calmer moment fits a small point that can keep. His relief rests on a guess that could cost him his home, so leaving it is not safe or honest. Correct it now and help him reach legal aid.',
              safety: 'unsafe',
              instead: 'Tell him now that you are not sure of the rule, and help him reach legal aid today.',
            },
          ],
        },
      ],
    },
    {
      id: 'rev-res-vet-clinic-goal',
      kind: 'multi',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'residential',
      title: 'Working with animals',
      situation:
        'Zinnia, 24, leaves residential treatment in three weeks. In your session she says, "I want to be a vet assistant. The job coach here went over the training program with me yesterday, and I have the application. I want to do this myself, but I keep putting it off." She has volunteered at an animal shelter for years and knows the work. She adds, "I don’t want this to end like my last two jobs. I quit both in the first month."',
      prompt: 'Which responses fit here? Choose all that apply.',
      options: [
        {
          id: 'draws-her-to-animals',
          text: 'Ask what draws her to animals, and what she pictures doing day to day at a clinic.',
          feedback:
            'Exploring the why behind a goal fits when the goal is still vague. Zinnia has volunteered with animals for years, named a clear goal and has the application in hand; what she is stuck on is starting. Help her take a first step she picks (facilitates change).',
          correct: false,
        },
        {
          id: 'one-part-of-form',
          text: 'Ask her to pick one small step for this week, such as one part of the form.',
          feedback:
            'Correct. She has the goal and the form, and she keeps putting it off. A small step she picks herself makes the form less heavy and builds momentum. If it still feels big, make it smaller together.',
          correct: true,
        },
        {
          id: 'left-two-jobs',
          text: 'Ask what was going on when she left her last two jobs, and what might help now.',
          feedback:
            'Correct. She raised her last two jobs herself and said she does not want this to end the same way. Looking at what happened, without blame, works with her own worry and helps her plan for the hard first weeks. Planning around barriers is part of facilitating change.',
          correct: true,
        },
        {
          id: 'job-coach-again',
          text: 'Offer to set up a time with the program’s job coach before her discharge date.',
          feedback:
            'A warm link to a job coach fits someone who does not know where to start. Zinnia met the job coach yesterday and has what she needs, so another meeting keeps her planning instead of doing. Help her take the first step herself (facilitates change).',
          correct: false,
        },
        {
          id: 'first-job-story',
          text: 'Share briefly how you found your first steady job after you left treatment.',
          feedback:
            'A short share can help someone who asks how you did it, or who doubts it can be done. Zinnia did not ask, and she already knows the path; your story turns the talk to you while she is stuck on her own first step. Keep the focus on her next move (facilitates change).',
          correct: false,
        },
      ],
    },
    {
      id: 'rev-er-not-a-counselor',
      kind: 'single',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'er',
      safety: ['medication-diagnosis'],
      title: '"You’re the counselor, right?"',
      situation:
        'In the emergency department, Wanda, 62, is being treated after a fall. Her tests showed a high alcohol level, and her doctor has already asked the hospital’s addiction counselor to see her; the counselor is on her way up now. When you sit down, Wanda says, "You’re the counselor, right? Just tell me straight. Am I an alcoholic?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'ask-your-doctor',
          text: '"I’m a peer worker, not a counselor, so I can’t say. Your doctor can. Want help asking?"',
          feedback:
            'Pointing her to her doctor is right when no one else is lined up. Her doctor has already talked with her and asked the addiction counselor to see her, and that counselor is on her way up. Correct your title and tell her who is coming (honest and direct).',
        },
        {
          id: 'peer-your-call',
          text: '"I’m a peer worker, so that’s your call, not mine. What do you think about your drinking?"',
          feedback:
            'Handing a label back fits when someone asks what she should call herself, and you did correct your title. But she asked for a clinical answer, and someone who can give one is minutes away. Tell her so, and stay with her until the counselor comes (honest and direct).',
        },
        {
          id: 'my-own-drinking',
          text: '"I’m a peer worker, so I can’t diagnose, but I can tell you what my own drinking was like."',
          feedback:
            'Offering your story can help someone who wants to know she is not alone. Here she asked for a diagnosis, and your story may sound like one. Tell her the counselor her doctor asked for is on her way, and stay with her (honest and direct).',
        },
        {
          id: 'counselor-on-way',
          text: '"I’m a peer worker, not the counselor, and she’s on her way up. Want me to wait with you?"',
          feedback:
            'She thinks you are the counselor and wants a diagnosis. Correcting your title, saying plainly who can answer, and staying with her until the counselor her doctor asked for arrives is honest and direct about your role. Let the counselor know what Wanda asked you.',
          best: true,
          safety: 'escalates',
        },
      ],
    },
    {
      id: 'rev-drop-you-tell-us',
      kind: 'single',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'drop-in',
      title: '"You’re the professional"',
      situation:
        'You lead a weekly group at the recovery community center. Tonight a newcomer asks how to get through the holidays with family who drink, and for twenty minutes members share what has worked for them, Zara, 58, among them. Then Zara turns to you: "You’ve heard all of ours. You’re the professional. So what got you through your first holidays?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'ask-room-first',
          text: 'Say you have ideas, and ask the group first what has helped them at the holidays.',
          feedback:
            'Asking the group first is a strong move when no one has spoken yet. They have just shared for twenty minutes, and Zara asked about you; turning it back again keeps you outside the circle after they all took a risk. Share yours briefly (mutual and reciprocal).',
        },
        {
          id: 'back-to-zara',
          text: 'Turn it back to Zara, and ask what got her through her own first holidays.',
          feedback:
            'Inviting an experienced member in works when she has not had her turn. Zara has shared and is now asking you, so handing her question back sidesteps the give-and-take she asked for. Share yours briefly (mutual and reciprocal).',
        },
        {
          id: 'give-ideas',
          text: 'Give the newcomer two or three ideas that have helped people you have worked with.',
          feedback:
            'Offering ideas fits when a group asks what you have seen work. Zara asked what got you through, and answering with other people’s stories keeps you in the expert seat she is teasing you about. Share your own, briefly (mutual and reciprocal).',
        },
        {
          id: 'ask-newcomer',
          text: 'Ask the newcomer what she is feeling about the holidays, and what worries her most.',
          feedback:
            'Asking what worries someone is a good move when the need is unclear. The newcomer has heard twenty minutes of answers, and Zara just asked you a direct question. Answer it with a brief share (mutual and reciprocal).',
        },
        {
          id: 'my-first-holidays',
          text: 'Share briefly how you got through your own first holiday season in recovery.',
          feedback:
            'The group has shared for twenty minutes, and Zara asked about your own first holidays. A brief, honest share puts you in the circle as a peer, not above it, and gives back what the group gave. Then turn back to the newcomer. That is mutual and reciprocal.',
          best: true,
        },
      ],
    },
    {
      id: 'rev-er-mother-answers',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'er',
      title: 'His mother answers',
      situation:
        'In the emergency department, Zaid, 22, is stable after drinking heavily at a party. His mother answers every question you ask him and says he will go to a residential program she found, 300 miles away. Zaid looks at the floor. The nurse tells you that earlier, alone with her, Zaid said he wants something closer so he can keep his job.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'time-alone',
          text: 'Say you’d like a few minutes alone with Zaid, and ask his mother to step out.',
          feedback:
            'Zaid said what he wants only when his mother was out of the room, and he goes quiet when she is there. Asking for a few minutes alone, kindly and without blame, gives him room to speak for himself without setting him against her. He is the adult deciding his own care: equally shared power.',
          best: true,
        },
        {
          id: 'say-more-job',
          text: 'Turn to Zaid, and ask him to say a bit more about wanting a program near his job.',
          feedback:
            'Inviting someone to say more is right when he has spoken up in front of everyone. Zaid told the nurse in private; raising it in front of his mother shares it for him and may put him on the spot. Make room for him to speak on his own first (equally shared power).',
        },
        {
          id: 'mother-worry',
          text: 'Ask his mother what worries her most about him going to a program close to home.',
          feedback:
            'A family member’s fear is worth hearing, and you may ask later. Right now his mother is doing all the talking, and turning to her gives her even more of the floor. Make room for Zaid’s voice first (equally shared power).',
        },
        {
          id: 'lay-out-programs',
          text: 'Lay out the programs near and far, and let the two of them talk them over.',
          feedback:
            'Laying out options helps when no one knows what is out there. Here it leaves his mother, who holds more power in the room, to steer the talk while Zaid stays silent. Make room for Zaid’s voice first, then lay out options with him.',
        },
      ],
    },
    {
      id: 'rev-er-pushed-at-home',
      kind: 'branch',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'er',
      safety: ['partner-violence'],
      title: '"Please don’t call the police"',
      situation:
        'In the emergency department, Yesenia, 34, is getting her wrist wrapped. She told the nurse she fell. When you are alone with her, she says her boyfriend pushed her during an argument, and it has happened before. She adds, "Please don’t call the police. My sister is picking me up, and I’m staying with her this week. He doesn’t know where she lives, so I’ll be safe there." Your hospital asks peer workers to check with their supervisor before passing on anything a patient shares.',
      prompt: 'What do you say first?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'safe-week-ahead',
              text: 'Thank her for telling you, and ask whether she feels safe about the week ahead.',
              feedback:
                'Asking about safety is the right first move when someone is headed back to the person who hurt her, or has not said. Yesenia has just told you her plan and that she will be safe at her sister’s, where he cannot find her. Asking again can sound as if you did not hear her. Ask what she wants from here (equally shared power).',
            },
            {
              id: 'how-long',
              text: 'Thank her for telling you, and ask how long this has been happening at home.',
              feedback:
                'Asking about the history helps when you are gauging risk for a safety plan. Yesenia has just told you the hardest part and asked you not to escalate, and more questions about the abuse can feel like an interview. Ask what she wants first (equally shared power).',
              next: 'pushback',
            },
            {
              id: 'must-tell-nurse',
              text: 'Thank her for telling you, and let her know you will need to tell the nurse what she said.',
              feedback:
                'Being open about a step you must take is right once you know your policy requires it. Your hospital asks you to check with your supervisor before passing anything on, you have not checked yet, and reporting rules for adults vary by state. Ask what she wants, then consult your supervisor before you say what happens next.',
            },
            {
              id: 'hotline-now',
              text: 'Thank her for telling you, and ask if she’d like to call the domestic violence hotline together.',
              feedback:
                'Offering the hotline is a good move once you know what she wants. She has a safe place for the week and asked you not to involve the police, so ask what she would like first; that shapes which options fit (equally shared power).',
            },
            {
              id: 'what-she-wants',
              text: 'Thank her for telling you, and ask her what she would like to happen from here.',
              feedback:
                'She has a safe place for the week and asked you not to call the police. An adult who discloses partner violence decides what happens next, so start with what she wants. Tell her honestly about any step you must take once you have checked your policy with your supervisor (equally shared power).',
              best: true,
              safety: 'escalates',
              next: 'options',
            },
          ],
        },
        {
          id: 'options',
          lead: 'Yesenia says she wants him to get help, not get arrested, and she would like to hear what is out there for her. The hospital has an advocate on call who can come now, and her sister will not arrive for an hour.',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'advocate-now',
              text: 'Offer to bring the hospital’s advocate to her now, and consult your supervisor as well.',
              feedback:
                'She is open to hearing options, and an advocate is on call. A warm connection now, while the choice stays hers, beats a number she may not use. Consulting your supervisor checks what your policy and state law require; tell her about any step you must take, and document it as your agency asks.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'hotline-call-now',
              text: 'Offer to call the domestic violence hotline with her now, and consult your supervisor too.',
              feedback:
                'Calling a hotline together is a strong warm connection when no advocate is on site. Here an advocate can sit with her in person now, and her sister will not come for an hour. Offer the advocate and let her choose (equally shared power).',
            },
            {
              id: 'plan-yourself',
              text: 'Go over a safety plan with her yourself now, and consult your supervisor as well.',
              feedback:
                'Some agencies train peers in safety planning, and it fits when no one else is there. With an advocate on call, who does this work every day and knows the local options, a plan made on your own is second best. Offer the advocate and let Yesenia choose.',
            },
            {
              id: 'tell-nurse-truth',
              text: 'Encourage her to tell her nurse what really happened to her wrist before she leaves tonight.',
              feedback:
                'An accurate chart can matter later, and she may choose that. But pushing her to tell the nurse puts your plan ahead of her choice, and she has not asked for it. Offer the advocate and let her decide what she shares (equally shared power).',
            },
          ],
        },
        {
          id: 'pushback',
          lead: 'Yesenia pulls her arm back. "I knew I shouldn’t have said anything." She reaches for her coat.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'repair',
              text: 'Say sorry for pushing, say it’s her call, and ask if you can share one option.',
              feedback:
                'Your question felt like an interview. Owning the misstep quickly can keep the door open. Handing the choice back, and asking before you offer the advocate, puts her safety and her voice back at the center. Tell her what any next step would be, consult your supervisor, and document it as your agency asks.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'card-at-door',
              text: 'Say sorry for pushing, and hand her the hotline card as she heads out the door.',
              feedback:
                'A card at the door fits someone who has firmly said no to talking more. Yesenia is upset with your question, not done with help. Ask if she will hear one option before she goes (equally shared power).',
            },
            {
              id: 'stay-longer',
              text: 'Tell her you feel worried about her, and ask her to sit with you a little longer.',
              feedback:
                'Naming worry can help when trust is steady. Right after she felt pushed, it adds pressure, and she may stop talking to anyone. Apologize and hand the choice back (equally shared power).',
            },
          ],
        },
      ],
    },
    {
      id: 'rev-rural-piano',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'rural-telehealth',
      title: 'The long evenings',
      situation:
        'Xenia, 64, meets you by video from her farmhouse. She stopped drinking four months ago, and last week the two of you found that the urges hit hardest right after supper, every evening alike. She has tried online meetings and says they are not for her. Today she brings up the piano she played at her church for thirty years, until arthritis made her stop: "I miss that more than I miss drinking." She wants a plan for her evenings.',
      prompt: 'What is the most helpful next step?',
      options: [
        {
          id: 'easier-evening',
          text: 'Ask what was different on any easier evening, and whether that could happen again.',
          feedback:
            'Looking for an exception is a strong strengths move when some evenings go better than others. Xenia found last week that every evening is alike, and today she brought up something she loves. Follow her lead to the music (strengths-focused).',
        },
        {
          id: 'music-in-evenings',
          text: 'Ask what playing at church gave her, and whether music could fit her evenings.',
          feedback:
            'Xenia raised the piano herself and said she misses it more than drinking. Thirty years of music is a deep strength, and asking what it gave her can point to new forms it could take now, such as listening, singing or teaching. Building her plan on it keeps the choice with her. That is strengths-focused support.',
          best: true,
        },
        {
          id: 'hardest-evenings',
          text: 'Ask what usually happens on the hardest evenings, and when the urge is strongest.',
          feedback:
            'Mapping the hard moments has a place when planning for cravings. You two did that last week: right after supper, every evening. Going over it again keeps the plan about what to avoid. Build on the strength she just named (strengths-focused).',
        },
        {
          id: 'meetings-list',
          text: 'Offer a list of online evening meetings, and ask which one she would like to try.',
          feedback:
            'A list of meetings fits someone looking for them. Xenia has tried them and said they are not for her, so this passes over what she told you. Build on the strength she just named (strengths-focused).',
        },
      ],
    },
    {
      id: 'rev-reentry-six-miles',
      kind: 'single',
      pool: 'check',
      value: 'strengths-focused',
      setting: 'reentry',
      title: 'Six miles each way',
      situation:
        'Wallace, 52, came home from prison two months ago. At the reentry center he tells you that since his bus pass ran out, he has walked six miles each way to his warehouse job for three weeks without missing a shift, and his boss noticed. His new pass starts Monday. Then he says, "Parole wrote that I’ve got a poor attitude. I see my officer Thursday. Can you help me figure out what to show her?"',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'how-kept-it-up',
          text: '"Six miles each way, three weeks, no missed shifts. How’d you keep that up?"',
          feedback:
            'Naming a specific strength and asking how he did it is a strong move when someone cannot see what he has done. Wallace already knows, and his boss noticed; what he asked for is help with Thursday. Help him put his strengths in front of his officer (strengths-focused).',
        },
        {
          id: 'ride-till-monday',
          text: '"Want some support finding a ride until your new pass starts on Monday?"',
          feedback:
            'Practical help is the right move when a barrier is still in the way. His pass starts Monday and he has managed fine, and what he asked about is Thursday. Help him get ready for that (strengths-focused).',
        },
        {
          id: 'note-stings',
          text: '"Being called a poor attitude after all that must sting. What was that like?"',
          feedback:
            'Reflecting the sting fits when someone is sitting with the hurt and wants to be heard. Wallace has already moved to a plan and asked for help with it. Help him gather what he has done for Thursday (strengths-focused).',
        },
        {
          id: 'list-for-thursday',
          text: '"Want to jot down what you’ve done these weeks, to bring to her Thursday?"',
          feedback:
            'He asked for help showing his officer who he is. Listing what he has actually done, with him and in his own words, turns a vague label into concrete strengths his officer can see, and what to bring stays his choice. That is strengths-focused.',
          best: true,
        },
      ],
    },
    {
      id: 'rev-yf-since-friday',
      kind: 'rank',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'youth-family',
      safety: ['abuse-neglect', 'minor-at-risk'],
      title: 'Since Friday',
      situation:
        'Zuri, 11, comes to your after-school youth peer group on Monday and eats three snacks fast. She says she and her brother, 6, who is in the first-grade room down the hall, have been on their own since Friday because their mom "went somewhere." There is no food at home. Then she stands by the door with her backpack on: "If you tell anyone, I’ll get my brother and we’ll go. They’ll split us up." Last month she ran from the school for a night after a teacher said she would call someone. Your supervisor is in the office next door and can be with you in a minute.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'supervisor-then-tell',
          text: 'Get both kids food, stay with Zuri, bring your supervisor in, and then tell her you can’t keep this secret.',
          feedback:
            'Most helpful here. Their basic needs come first, and you stay with her. Zuri has said she will leave with her brother if you tell, and last month she did run. Your supervisor is a minute away, so bring a second adult in first, then tell her honestly, and kindly, that you can’t keep this secret and what happens next. You are not hiding anything: if she asks before then, do not lie. Report as your organization’s policy and your state’s law require, and document what she said in her own words.',
          safety: 'escalates',
        },
        {
          id: 'tell-her-supervisor-now',
          text: 'Get both kids food, stay with Zuri, tell her you can’t keep this secret, and call your supervisor now.',
          feedback:
            'Second. Telling a child honestly that you cannot keep a secret like this is usually the first thing to do, and it protects her trust; it would be first if no one could join you soon. But Zuri has said she will take her 6-year-old brother and go if you tell, she ran last month, and your supervisor is only a minute away. Telling her alone first risks two young children out on their own. Bring your supervisor in, then tell her.',
          safety: 'unsafe',
          instead: 'Keep both children with you, bring your supervisor to you first, then tell Zuri honestly what happens next.',
        },
        {
          id: 'honest-ask-more',
          text: 'Get both kids food, stay with Zuri, say you can’t keep this secret, and ask her more questions to check first.',
          feedback:
            'Third, and unsafe. Honesty matters, and listening more fits a vague worry. But she has said she may run if you tell, you do not need proof to report, and probing questions are an investigator’s job. Two young children have been alone for days. Bring in your supervisor now.',
          safety: 'unsafe',
          instead: 'Do not investigate. Bring in your supervisor now and report as your policy and state law require.',
        },
        {
          id: 'honest-call-mom',
          text: 'Get both kids food, stay with Zuri, say you can’t keep this secret, and call her mom to find out where she is.',
          feedback:
            'Least helpful, and unsafe. Honesty matters, and calling a parent fits when a child is simply late to be picked up. Here it delays help for two children alone for days, and contacting the household can alert the adult responsible and change what the children face. Report through your supervisor.',
          safety: 'unsafe',
          instead: 'Do not contact the household first. Bring in your supervisor and report as your policy and state law require.',
        },
      ],
    },
    {
      id: 'rev-rural-slumps-on-video',
      kind: 'single',
      pool: 'check',
      value: 'facilitates-change',
      setting: 'rural-telehealth',
      safety: ['overdose-medical', 'remote-risk'],
      title: 'She slumps on the screen',
      situation:
        'You meet Wren, 39, by video each week. At the start of today’s call you confirmed her address and a callback number, as always. Twenty minutes in, her speech slurs, her head drops and she does not answer when you say her name. The picture is still moving. Her husband is in the next room; you can hear his TV through the wall.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'stay-and-911',
          text: 'Stay on the line, call 911 with her address, and shout for her husband to go to her.',
          feedback:
            'Slurred speech, then no answer, on a live picture is an emergency. You stay on the line, send help to the address you confirmed, and get the person who can reach her; have him check her breathing and give naloxone if they have it. If the video drops, use the callback number. Tell your supervisor and document it once help arrives.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'husband-cell-first',
          text: 'Stay on the line, call her husband’s cell to send him in, then call 911 with her address.',
          feedback:
            'Calling his cell is right when he is out of earshot, say out in the barn. He is in the next room, close enough to hear a shout, and 911 should not wait until he picks up. Shout for him and call 911 now.',
          safety: 'unsafe',
          instead: 'Shout for her husband and call 911 with her confirmed address now, staying on the line.',
        },
        {
          id: 'three-way-988',
          text: 'Stay on the line, and three-way call 988 with her address so a crisis team can reach her.',
          feedback:
            'A three-way call to 988 fits someone on video who says she is thinking of suicide and is still talking with you. Wren stopped answering after her speech slurred: that is a medical emergency, and 911 sends medical help fastest. Call 911 and shout for her husband.',
          safety: 'unsafe',
          instead: 'Call 911 with her confirmed address, shout for her husband, and stay on the line.',
        },
        {
          id: 'ask-what-she-took',
          text: 'Stay on the line, ask what she took, and call 911 with her address if she can’t answer.',
          feedback:
            'Asking what someone took helps when she is drowsy but still answering, and it helps the 911 dispatcher. Wren has already stopped answering, so asking loses time. Call 911 now and shout for her husband; he can tell responders what he finds.',
          safety: 'unsafe',
          instead: 'Call 911 with her confirmed address now, shout for her husband, and stay on the line.',
        },
      ],
    },
    {
      id: 'rev-warm-afraid-of-988',
      kind: 'single',
      pool: 'check',
      value: 'equally-shared-power',
      setting: 'warmline',
      safety: ['suicide-risk', 'remote-risk'],
      title: 'Afraid to call 988',
      situation:
        'Yetta, 59, calls the warmline late at night. She says she keeps thinking she would be better off not waking up. She has no plan, she says, but the thoughts scare her. She called the warmline instead of 988 because she is afraid 988 "just sends the police." Your warmline has a crisis counselor on call tonight, and your protocol is to connect callers with thoughts of suicide to that counselor.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'three-way-to-988',
          text: 'Ask her directly about suicide, and offer a three-way call to 988 as you stay on the line.',
          feedback:
            'A three-way call to 988 is the usual move, and most 988 calls are handled by phone. Tonight your protocol sends these calls to your on-call crisis counselor, and Yetta is afraid of 988. Offer to bring your own counselor on, and stay on the line.',
        },
        {
          id: 'safety-plan-alone',
          text: 'Ask her directly about suicide, and help her make a safety plan for tonight as you stay on the line.',
          feedback:
            'Making a safety plan together fits a caller whose thoughts have eased and who is already linked to crisis support. Your protocol sends callers with thoughts of suicide to the on-call crisis counselor, and planning alone is outside a warmline role. Bring the counselor on and stay on the line.',
          safety: 'unsafe',
          instead: 'Bring your on-call crisis counselor onto the call and stay on the line.',
        },
        {
          id: 'on-call-counselor',
          text: 'Ask her directly about suicide, and offer to bring your on-call crisis counselor onto the call.',
          feedback:
            'You ask directly and calmly. Your protocol connects callers with thoughts of suicide to your on-call crisis counselor, and a three-way call where you stay on the line means she is never handed off alone, and without the police she fears. Tell her what you are doing, ask how she wants to start, and document the call afterward.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'send-help-home',
          text: 'Ask her directly about suicide, and stay on the line while your supervisor sends help to her home.',
          feedback:
            'Sending emergency help is right when danger is imminent, and then you tell her. Yetta has no plan and is talking with you, so sending help now confirms her worst fear and may not fit the risk. Follow your protocol: bring in the on-call crisis counselor and stay on the line.',
          safety: 'unsafe',
          instead:
            'Ask her directly about suicide, tell her honestly what you are doing, and bring your on-call crisis counselor onto the call.',
        },
      ],
    },
    {
      id: 'rev-yf-different-now',
      kind: 'multi',
      pool: 'check',
      value: 'mutual-and-reciprocal',
      setting: 'youth-family',
      title: '"It’s different now"',
      situation:
        'You lead a youth peer group. Your own recovery began twenty years ago. When you mention what helped you as a teen, Yara, 17, rolls her eyes: "No offense, but it’s different now. Vapes, group chats, all of it. You don’t get it." It is Yara’s first week, and at intake she asked not to be called on in group.',
      prompt: 'Which responses fit here? Choose all that apply.',
      options: [
        {
          id: 'she-may-be-right',
          text: 'Say she may be right, and ask the group what is different for them now.',
          feedback:
            'Correct. Admitting what you do not know, and asking the whole group to teach you, shows that learning flows both ways without putting Yara on the spot. That is the heart of mutual support.',
          correct: true,
        },
        {
          id: 'part-that-fits',
          text: 'Ask if anyone wants to hear the part of your story you think still fits today.',
          feedback:
            'Correct. Your story is offered, not pushed, and the group decides whether it fits their world (mutual and reciprocal).',
          correct: true,
        },
        {
          id: 'same-feelings',
          text: 'Say the feelings are the same in any generation, and ask if that fits for them.',
          feedback:
            'Finding common ground can help a group that feels no one understands. Said right after Yara’s point, it answers her with "not really," and tells the group their world matters less. Get curious about what is different first (mutual and reciprocal).',
          correct: false,
        },
        {
          id: 'ask-yara-more',
          text: 'Ask Yara what is different for her now, and what adults like you tend to miss.',
          feedback:
            'Inviting the person who raised a point to say more is usually a strong move. Yara is in her first week and asked at intake not to be called on, so singling her out puts her on the spot. Ask the whole group; she can join in if she wants (mutual and reciprocal).',
          correct: false,
        },
        {
          id: 'go-on-anyway',
          text: 'Go on with what helped you as a teen, and let them decide what fits for them.',
          feedback:
            'Sharing what helped you fits when a group has asked for it. Yara just told you it does not land, and going on anyway puts your story at the center. Ask what is different for them (mutual and reciprocal).',
          correct: false,
        },
      ],
    },
    {
      id: 'rev-yf-i-never-yell',
      kind: 'single',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'youth-family',
      title: '"I never yell"',
      situation:
        'You support Warren, 46, in a family peer program. His daughter, 15, has stopped talking to him. He tells you, "I never yell at her. I don’t get it." Ten minutes ago, in the lobby, you heard him shout at her about her phone.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'notice-and-ask',
          text: '"I heard raised voices in the lobby. Could it have felt like yelling to her?"',
          feedback:
            'You saw something he may not see. Saying what you noticed, kindly, and asking for his view is honest and direct without shaming him. It may help him see what his daughter hears. That is sincere feedback offered as respect.',
          best: true,
        },
        {
          id: 'from-what-you-told-me',
          text: '"Can I be honest? From what you’ve told me, she may hear your tone as yelling."',
          feedback:
            'Honest feedback drawn from his own stories fits when that is all you have to go on. You heard him shout ten minutes ago, and speaking only from his stories steps around what you saw. Say what you noticed, kindly, and ask for his view (honest and direct).',
        },
        {
          id: 'believe-you',
          text: '"I believe you. What else has changed between you two in the last few months?"',
          feedback:
            'Taking someone at his word builds trust when you have no reason to doubt it. You heard him shout ten minutes ago, so going along with "I never yell" is not honest, and it leaves him stuck. Name what you noticed, kindly (honest and direct).',
        },
        {
          id: 'how-talks-sound',
          text: '"When you two don’t agree, what do those talks usually sound like at home?"',
          feedback:
            'An open question like this is a good way in when you have not seen the family together. You heard him shout ten minutes ago, and asking around it while holding that back is not direct. Say what you noticed, kindly, and ask for his view (honest and direct).',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
