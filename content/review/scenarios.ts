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
      title: '"So I count"',
      situation:
        'Ximena, 44, calls the warmline. She has taken methadone for six years and has not used heroin in five. Last night someone at her twelve-step meeting told her she is "not really clean" and should not share. She asks you, "Should I just get off methadone so I count?"',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'counts-as-is',
          text: 'Say her recovery counts as it is today, and that any methadone change is hers to decide with her prescriber.',
          feedback:
            'This answers her real question without ranking her path below anyone else’s, which is the open-minded value. A change to her methadone is a medical decision for her and her prescriber, and you can offer to help her write down questions. Groups that welcome people on medication can come next.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'taper-ready',
          text: 'Say some people taper slowly with their prescriber’s help, and ask whether she feels ready to talk with hers.',
          feedback:
            'Naming the prescriber is right, but this nudges her toward stopping a medication that works, to meet someone else’s idea of recovery. It would fit only if she wanted to taper for her own reasons. Affirm her path and leave the decision to her and her prescriber (open-minded).',
          safety: 'unsafe',
          instead: 'Affirm that medication treatment is recovery, and leave any change to Ximena and her prescriber.',
        },
        {
          id: 'welcoming-groups',
          text: 'Ask what the meetings have meant to her, and offer to help her find groups that welcome people on medication.',
          feedback:
            'Finding a welcoming group is a good move when someone wants a place to belong, and you may get there. But she asked whether to stop her medication, and this skips that question. Answer it first: her recovery counts, and medication decisions are hers and her prescriber’s (open-minded).',
        },
        {
          id: 'practice-reply',
          text: 'Ask what she would like to say to that member next time, and offer to practice it with her on this call.',
          feedback:
            'Rehearsing a reply helps when someone wants to stand up for herself in a group. Here she is asking whether to change her treatment to fit in, and that question comes first. Affirm her recovery and point the medication question to her prescriber (open-minded).',
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
      title: 'Three hours in',
      situation:
        'You are three hours into a warmline shift. Two calls tonight were about the death of a parent, and your own father died last spring. On the last call you caught yourself snapping at a caller, and now you feel numb. Two hours of your shift remain.',
      prompt: 'Which steps fit here? Choose all that apply.',
      options: [
        {
          id: 'tell-supervisor-now',
          text: 'Tell your shift supervisor now that tonight’s calls have stirred up your own grief.',
          feedback:
            'Correct. Snapping at a caller and feeling numb are signs your own distress is reaching your work. Many state peer codes ask you to tell your supervisor when that happens; it protects you and the callers. Empathy lasts only when you care for yourself too.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'step-off-phones',
          text: 'Ask to step off the phones for a while before you pick up your next call.',
          feedback:
            'Correct. A break keeps your reaction off the line while you steady yourself. Your supervisor can cover the queue and help you decide whether to finish the shift.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'own-supports',
          text: 'After the shift, reach out to your own supports, like a sponsor, friend or counselor.',
          feedback:
            'Correct. Your own supports carry what supervision cannot. The IC&RC peer domains include self-care and leaning on your support network when personal issues touch your work.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'end-of-shift',
          text: 'Keep taking calls, and talk it through with your supervisor at the end of the shift.',
          feedback:
            'Talking it through at the end of a shift fits a small, passing reaction. Tonight you already snapped once and feel numb, with two hours to go, so callers would reach a worker who cannot be fully present. Tell your supervisor now and take a break (empathetic).',
          correct: false,
          safety: 'unsafe',
          instead: 'Tell your supervisor how you are doing now, and take a break before your next call.',
        },
        {
          id: 'ground-then-see',
          text: 'Do a short grounding exercise, and tell your supervisor if the numb feeling stays.',
          feedback:
            'Grounding, then checking in if the feeling lasts, fits a brief wave of feeling between calls. Tonight you have already snapped at a caller and feel numb, with two hours to go, so waiting to see puts the next callers at risk of the same. Tell your supervisor now and step off the phones (empathetic).',
          correct: false,
          safety: 'unsafe',
          instead: 'Step off the phones and tell your supervisor how you are doing before your next call.',
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
        'Last week you told Yusuf, 40, that you would find out on Monday why his state ID application was stuck, and call him. You forgot. Today he walks into the reentry center and asks, "So what did they say?" He has an hour before his next appointment.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'own-it',
          text: '"I didn’t make that call at all. I forgot, and I’m sorry. Can we call them right now?"',
          feedback:
            'You forgot, and saying so plainly, with a short apology, is honest and direct. Offering to call together now fixes the problem while he is here. Owning your own slips builds the trust he needs to be honest with you.',
          best: true,
        },
        {
          id: 'forgot-to-call-back',
          text: '"I called, but I forgot to call you back. I’m sorry. Want to call them again together?"',
          feedback:
            'Owning a slip like this is exactly right if you had called and only forgot to report back. You never called, so it is not true, and he may learn that later. Honest and direct applies to your own mistakes: say you forgot the call itself, then make it with him.',
        },
        {
          id: 'sorry-call-today',
          text: '"I’m sorry, I let you down on that. I’ll call them today and tell you what they say."',
          feedback:
            'Apologizing and following up fits when the person cannot stay. But it does not say what happened, and Yusuf is here with time, so you could call together. Say plainly that you forgot, then fix it with him (honest and direct).',
        },
        {
          id: 'check-the-form',
          text: '"Nothing yet. While you’re here, want to check what the form might still need?"',
          feedback:
            'Checking the form is a good step when an application is stuck on paperwork. Here "nothing yet" hides that you never called, and he will think someone has been working on it. Tell him the truth first (honest and direct).',
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
        'Zane, 38, came home from prison three weeks ago. Before his reentry planning meeting, the case manager hands you the goals form and says, "You know him best. Fill in his goals and we’ll have him sign." Zane is in the waiting room. He reads and writes well and has not asked you to write anything for him.',
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
              id: 'not-my-form',
              text: 'Tell the case manager that goal forms are not part of your role, and offer to sit in.',
              feedback:
                'Naming a role limit is right when a task belongs to someone else, and you are right not to write his goals. But stopping there leaves Zane out of his own form. Use your voice to get him into the room (equally shared power).',
            },
          ],
        },
        {
          id: 'in-the-room',
          lead: 'Zane joins. The case manager starts reading goals the team wants for him: an anger class and a job program. Zane says nothing. Yesterday he told you his first goal is to see his daughter; he did not say whether you could share that.',
          prompt: 'What do you do?',
          options: [
            {
              id: 'invite-his-goals',
              text: 'Ask Zane if there is a goal of his own he would like to add before the list is set.',
              feedback:
                'The list is being set while Zane sits silent. Asking him opens the door and lets him walk through it. If he looks to you, ask whether he wants you to share what he told you. His story stays his: that is equally shared power.',
              best: true,
            },
            {
              id: 'share-daughter',
              text: 'Tell the case manager that seeing his daughter is Zane’s first goal, and ask to add it.',
              feedback:
                'Speaking up for someone fits when he has asked you to. Zane has not, and this shares something he told you in private, in front of others. Give him the chance to say it himself (equally shared power).',
            },
            {
              id: 'review-after',
              text: 'Let the case manager finish the list, then go over it with Zane after the meeting.',
              feedback:
                'Going over a plan afterward helps when there was truly no room to speak. Here the goals are being set right now, without his voice. It belongs in this meeting (equally shared power).',
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
              id: 'sign-change-later',
              text: 'Let him sign, and tell him he can ask to change the goals at any time later on.',
              feedback:
                'Letting someone sign fits when he has read the plan and made it his own. A glance at your words is not that. Ask what he wants first (equally shared power).',
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
        'You are a youth peer mentor. In a group of teens, Zoey, 16, asks you quietly, "What’s the worst thing you ever did when you were using? My mom says using makes you do stuff you’d never do. Is that real?" A few of the teens are new to the group.',
      prompt: 'What is the best response?',
      options: [
        {
          id: 'short-true-piece',
          text: 'Share a short, true piece from that time, and leave out the hardest details.',
          feedback:
            'Zoey asked with a clear purpose: she wants to know whether what her mom says is real. A short, true piece without graphic details answers her honestly and keeps the room safe for new members. Then turn it back and ask how it lands. That is mutual support: your story used to help, not to entertain.',
          best: true,
        },
        {
          id: 'ask-purpose',
          text: 'Ask her what she hopes to learn from hearing about that part of your own life.',
          feedback:
            'Asking what someone hopes to learn is the right first move when the purpose is unclear. Zoey already told you: she wants to know if her mom is right. Asking again can feel like a dodge. Share a short, true piece with that purpose in mind (mutual and reciprocal).',
        },
        {
          id: 'not-for-group',
          text: 'Say that is not a question you will answer in group, and move to today’s topic.',
          feedback:
            'A clear no fits when a question is meant to embarrass someone or crosses into private ground. Zoey asked sincerely, and a flat no can shut her down in front of her peers. Answer briefly and with care (mutual and reciprocal).',
        },
        {
          id: 'ask-the-group',
          text: 'Ask the whole group what they have already heard about where using can lead.',
          feedback:
            'Drawing on the group is a good move in a planned talk about risks. Zoey asked you directly about your own life, and turning it to the group sidesteps her. Answer briefly, then open it up to the others (mutual and reciprocal).',
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
        'Winnie, 73, has called the warmline most nights for a year. You have helped her through a move and a hospital stay. Tonight she talks about her week, says goodbye and hangs up without a thank-you, as usual. You notice you feel annoyed, for the third night this week, and last night you cut her call short.',
      prompt: 'What is the best thing to do with that feeling?',
      options: [
        {
          id: 'to-supervision',
          text: 'Bring the feeling to supervision this week, and look at what you had been hoping for.',
          feedback:
            'A feeling that keeps coming back suggests you may be keeping score. Supervision is the place to look at it, so it does not leak into her calls. Support is not a trade, and Winnie owes you no thanks: that is the mutual and reciprocal value.',
          best: true,
        },
        {
          id: 'ask-what-helps',
          text: 'On her next call, ask her what the calls have been giving her lately, in her own words.',
          feedback:
            'Asking a caller what helps is a good habit when you are reviewing how support is going. Here you would be asking to meet your own need for thanks, and she may feel she owes you. Look at the feeling in supervision first (mutual and reciprocal).',
        },
        {
          id: 'move-her-calls',
          text: 'Ask your supervisor whether other volunteers could take some of her calls for a while.',
          feedback:
            'Sharing a caller among workers can be right when someone is burned out or there is a conflict. Here the issue is an unmet wish for thanks, and moving her calls punishes her for your feeling. Bring the feeling itself to supervision (mutual and reciprocal).',
        },
        {
          id: 'talk-to-sponsor',
          text: 'Talk it over with your sponsor or a friend tonight, and look at what you hoped for.',
          feedback:
            'Your own supports are right for what stirs you personally, and you may use them too. But the feeling is already changing how you treat a caller, so it belongs in supervision, where you can look at it as part of your work (mutual and reciprocal).',
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
        'Your drop-in center is starting morning outreach in the park next door. Several people who sleep there have told past outreach teams they want to be left alone. The center has coffee and showers until four, with no sign-up, but it has no shelter beds and cannot promise any. A new coworker asks which of her opening lines to use.',
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
            'Correct. Asking before explaining, and saying no is fine, leaves the choice with the person. Being around most mornings is a light re-offer, not a promise to keep after them.',
          correct: true,
        },
        {
          id: 'card-for-later',
          text: '"Here’s a card with our hours and address, if you’d like one for later."',
          feedback:
            'Correct. A card gives information without asking for anything now. People who want space can take it or leave it, which keeps the choice theirs (voluntary).',
          correct: true,
        },
        {
          id: 'bed-tonight',
          text: '"Come by the center today, and we can help you find a bed somewhere for tonight."',
          feedback:
            'Linking someone to a bed is a great offer where a center has beds to give. Yours has none and cannot promise any, so this draws people in with a promise you may not keep, which many peer ethics codes warn against. Say what the center really offers (voluntary).',
          correct: false,
        },
        {
          id: 'each-morning',
          text: '"I’ll stop by your spot here every morning to check on how you’re doing today."',
          feedback:
            'Regular check-ins can build trust with people who welcome them. Several people here have asked to be left alone, and a daily visit to their spot tells them their no is not heard. Offer, then step back (voluntary).',
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
        'Zachary, 29, came home from prison a month ago and meets you weekly at the reentry center. Today he says his job fell through and his mom is tired of him sleeping on her couch. Then he says quietly, "Everyone was better off when I was locked up. Maybe better off if I wasn’t around at all."',
      prompt: 'What do you say next?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'ask-directly',
              text: 'Stay with him, and ask him calmly and directly whether he is thinking about killing himself.',
              feedback:
                'Asking directly and calmly is the safe, caring move. It does not put the idea in his head; it tells him he can talk about it, and you need to know what you are dealing with. Hope starts with taking his pain seriously. Tell him why you ask: because you care.',
              best: true,
              safety: 'escalates',
              next: 'he-says-yes',
            },
            {
              id: 'what-he-means',
              text: 'Stay with him, and ask him what he means by being better off if he wasn’t around.',
              feedback:
                'An open question is a good move when someone says something vague, like "I’m done with all this." Words about not being around are a warning sign, and an indirect question makes it easy to brush off. Ask him directly about suicide.',
              safety: 'unsafe',
              instead: 'Stay with him and ask him directly and calmly whether he is thinking about suicide.',
              next: 'he-pulls-back',
            },
            {
              id: 'job-hurt',
              text: 'Say losing the job must really hurt, and ask him what happened with it this week.',
              feedback:
                'Naming the hurt and asking about the job is a good move when someone shares a setback. Here it steps past what he said about not being around. Goal work waits when risk comes up. Ask him directly about suicide first (hopeful).',
              safety: 'unsafe',
              instead: 'Set the job aside for now and ask him directly and calmly whether he is thinking about suicide.',
              next: 'he-pulls-back',
            },
            {
              id: 'supervisor-in',
              text: 'Stay with him, and tell him you would like to bring your supervisor in to talk with you both.',
              feedback:
                'Bringing in your supervisor is right once you know there is risk, and you stay with him. But you have not asked yet, and he may shut down when a new person walks in. Ask him directly first; then bring your supervisor in if he says yes.',
            },
          ],
        },
        {
          id: 'he-says-yes',
          lead: 'Zachary looks at the floor. "Yeah. Last night I thought about it a lot. I don’t know if I’d do anything." He has no plan he can name, and he is not trying to leave.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'supervisor-protocol',
              text: 'Thank him, stay with him, and bring your supervisor in right now to help the two of you.',
              feedback:
                'This keeps him safe and in the loop. You stay with him, tell him what you are doing, follow the crisis protocol with your supervisor, and can offer to call 988 together. Afterward, document what happened. If danger were imminent, you would call 911.',
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
              id: 'card-after',
              text: 'Thank him, give him the 988 number, and let your supervisor know once he has headed home.',
              feedback:
                'A card and a note to your supervisor fit after a talk where no risk came up. Here he has told you he thinks about suicide, and sending him home alone with a number is a cold handoff. Stay with him and bring your supervisor in now.',
              safety: 'unsafe',
              instead: 'Stay with him, bring in your supervisor under the crisis protocol, and offer to call 988 together now.',
            },
            {
              id: 'plan-alone',
              text: 'Thank him, stay with him, and write a safety plan with him yourself before he goes.',
              feedback:
                'Some agencies train peers to help with safety plans, as part of their protocol. Doing it on your own, without your supervisor or crisis staff, leaves you handling suicide risk alone. Bring your supervisor in under the protocol and stay with him.',
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
              id: 'door-open-flag',
              text: 'Let him go, say your door is open, and flag what he said to your supervisor today.',
              feedback:
                'Telling your supervisor and writing it up are good steps, but not instead of asking him now. His next visit may be too late. Ask him directly before he leaves, and bring your supervisor in while he is still here.',
              safety: 'unsafe',
              instead: 'Ask him directly about suicide before he leaves, and bring in your supervisor while he is still with you.',
            },
            {
              id: 'talk-good-things',
              text: 'Ask him to stay a few more minutes, and talk with him about what has gone well lately.',
              feedback:
                'Looking at what is going well helps when someone is low but safe. Here it keeps him in the room without touching what he said. Ask him directly about suicide first (hopeful).',
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
        'In a residential group, Xochitl, 31, starts her share with, "I’m an addict, and this week was hard." A new peer worker co-leading the group stops her: "We say person with a substance use disorder here." Xochitl goes quiet and crosses her arms.',
      prompt: 'What is the best thing to do?',
      options: [
        {
          id: 'own-words',
          text: 'Say lightly that people here can use their own words for themselves, and invite her to go on.',
          feedback:
            'Xochitl has gone quiet, so she needs her voice back now. A light word gives it back without shaming your co-leader, and a private talk with your co-leader can come later. People choose how they describe themselves; person-first words are for your own voice. That is open-minded.',
          best: true,
        },
        {
          id: 'check-in-after',
          text: 'Let the share go on, and check in with Xochitl after group about how that moment felt.',
          feedback:
            'A check-in later is the right call when a moment passed and the person kept going. Xochitl has stopped sharing, and the group has seen her words corrected. A short word now gives her voice back (open-minded).',
        },
        {
          id: 'ask-the-group',
          text: 'Pause and ask the group how each of them likes to talk about their own recovery here.',
          feedback:
            'Inviting the group to talk about words fits a session on group norms. Right now it turns Xochitl’s share into a topic and leaves her waiting. Let her go on in her own words (open-minded).',
        },
        {
          id: 'step-out',
          text: 'Ask your co-leader to step out with you for a minute and talk it over in private.',
          feedback:
            'A private talk with your co-leader is right, and you will have it. Leaving now stops the group and leaves Xochitl silenced in front of everyone. Give her voice back first, then talk with your co-leader after group (open-minded).',
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
        'You are the peer bridger in an emergency department. Zeke, 24, came in after a minor car crash and is waiting for test results. He says he has not slept in days. He whispers that the nurses are "running an experiment" on him, pulls at his IV and says he has to get out before they finish.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'calm-call-team',
          text: 'Stay with him, keep your voice calm, and call his nurse and the crisis team in.',
          feedback:
            'This is safe and empathetic. You stay with him and stay calm without arguing with his belief or agreeing with it, and you bring in clinical and crisis staff per protocol. Name his fear, tell him who is coming, and document what you saw afterward.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'explain-tests',
          text: 'Stay with him, and calmly explain what his tests and the IV are for, one step at a time.',
          feedback:
            'Explaining helps a worried patient who wants facts. Zeke believes he is part of an experiment, and facts that argue with that belief can raise his fear and cost his trust. He also needs clinical help. Call his nurse and the crisis team to you.',
          safety: 'unsafe',
          instead: 'Do not debate the belief. Stay with him, stay calm, and bring his nurse and the crisis team to the room.',
        },
        {
          id: 'what-feels-safer',
          text: 'Stay with him, say he sounds scared, and ask what would help him feel safer right now.',
          feedback:
            'Naming fear and asking what helps is a good move for someone upset but able to keep himself safe. Zeke has not slept in days, believes he is being experimented on and is pulling at his IV, which is beyond what you can handle alone. Keep the empathy and call in the crisis team.',
          safety: 'unsafe',
          instead: 'Stay with him, name his fear, and bring his nurse and the crisis team to the room per protocol.',
        },
        {
          id: 'get-from-desk',
          text: 'Tell him you’ll be right back, and bring his nurse and the crisis team from the desk.',
          feedback:
            'Fetching staff in person works when the person is calm and safe. Zeke is terrified and pulling at his IV; left alone, he could leave or get hurt. Stay with him and call staff to you.',
          safety: 'unsafe',
          instead: 'Stay with him and call his nurse and the crisis team to the room.',
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
        'Xavier, 61, meets you by video from his dairy farm. He has been in recovery from alcohol use for three years. This week he sold half his herd, which covered his debts. He says flatly, "My dad built that herd, and I lost half of it. I don’t want to talk about feelings today. I need to work out what comes next."',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'most-urgent',
          text: '"Okay. Of all that’s on your plate, what feels the most urgent to sort out?"',
          feedback:
            'Xavier told you what he needs today: to work out what comes next, not to talk about feelings. Following his lead is empathy: you meet him where he is, and he stays in charge of the conversation. The loss can come up later, if and when he wants it to.',
          best: true,
        },
        {
          id: 'reflect-meaning',
          text: '"Sounds like this is about more than cows. It’s your dad’s life’s work, too."',
          feedback:
            'Reflecting the meaning of a loss is a strong move when someone opens up about it. Xavier just asked not to talk about feelings today, so this goes where he said he does not want to go. Follow his lead (empathetic).',
        },
        {
          id: 'farm-aid',
          text: '"Would it help to talk with the farm aid group about how to handle your debt?"',
          feedback:
            'A resource is the right move when you know what someone needs. The sale covered his debts, and you do not yet know what he wants to work out. Ask him first (empathetic).',
        },
        {
          id: 'how-managed',
          text: '"You kept that farm going through three hard years. How did you manage it?"',
          feedback:
            'Naming a strength and asking how he did it is a good move when someone is ready to look back. Xavier wants to look ahead today, and this steers him away from what he asked for. Ask what he wants to work out first (empathetic).',
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
        'You are walking past the kitchen at the residential program where you work. Two residents are shouting over a missing phone charger. Zion, 30, shoves the other man into the counter and raises his fist. Three other residents stand nearby, watching. Your program has a security officer on site, reachable by radio.',
      prompt: 'What do you do first?',
      options: [
        {
          id: 'safe-first',
          text: 'Stay back, radio security, and ask the residents watching to leave the kitchen.',
          feedback:
            'A fight has started, and your program’s security officer is on the radio and trained for this. You keep your distance, get the fastest trained help on the way and move the bystanders out. Calm words from a safe spot can help. Afterward, tell your supervisor and document it as your program requires.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'stay-back-911',
          text: 'Stay back, call 911, and ask the residents watching to leave the kitchen.',
          feedback:
            'Calling 911 is right when there is no trained help on site, or when a weapon or serious injury is involved. Here a security officer is a radio call away and can reach the kitchen in moments. Radio security first; they can call 911 if it is needed (respectful of everyone’s safety).',
        },
        {
          id: 'radio-supervisor',
          text: 'Stay back, radio your supervisor, and ask the residents watching to leave the kitchen.',
          feedback:
            'Your supervisor is the right first call in many tense moments, and needs to hear about this. But a fight in progress needs the person trained to stop it, and your program has security on the radio. Call security first, then your supervisor.',
        },
        {
          id: 'step-in',
          text: 'Step in between them, and tell Zion calmly to take a breath and walk out with you.',
          feedback:
            'A trained worker stepping in calmly can settle a shouting match before anyone is touched. Once someone has been shoved and a fist is raised, stepping between them can get you or others hurt. Stay back and call security (respectful of everyone’s safety).',
          safety: 'unsafe',
          instead: 'Stay back, radio security, and move the other residents out of the room.',
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
        'Zinnia, 24, leaves residential treatment in three weeks. In your session she says, "When I get out I want to work with animals, maybe at a vet clinic. I want to figure it out myself, but I don’t know where to start." Her longest job so far lasted two months.',
      prompt: 'Which responses fit here? Choose all that apply.',
      options: [
        {
          id: 'what-draws-her',
          text: 'Ask what draws her to animals, and what she pictures doing at a clinic.',
          feedback: 'Correct. Exploring her goal in her own words keeps it hers, and what draws her to it shows what she can build on.',
          correct: true,
        },
        {
          id: 'small-step',
          text: 'Ask her to pick one small first step for this week, such as calling a clinic.',
          feedback:
            'Correct. A small, specific step that she chooses builds momentum. If she is not sure she can do it, you can make the step smaller together.',
          correct: true,
        },
        {
          id: 'work-history',
          text: 'Say honestly that her short work history may come up, and ask how she’d handle it.',
          feedback:
            'Correct. Naming a likely barrier, kindly and as one fact among others, helps her plan for it instead of being caught off guard. Planning around barriers is part of facilitating change.',
          correct: true,
        },
        {
          id: 'draft-job-plan',
          text: 'Ask if she would like you to draft a job plan she can look over at your next session.',
          feedback:
            'Offering a draft fits someone who asks you to put a plan on paper. Zinnia said she wants to figure it out herself, and people carry out plans they help make. Work out the steps with her (facilitates change).',
          correct: false,
        },
        {
          id: 'recovery-first',
          text: 'Suggest she give her first months after discharge to recovery, then look for work.',
          feedback:
            'Pacing makes sense when someone says she feels stretched thin and wants to go slowly. Zinnia named a goal she wants now, and making recovery a gate before it counts takes it out of her hands. Meaningful work can support recovery; help her plan toward it.',
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
        'In the emergency department, Wanda, 62, is being treated after a fall. Her tests showed a high alcohol level. When you sit down, she says, "You’re the counselor, right? Just tell me straight. Am I an alcoholic?" Her doctor will be back in a few minutes.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'role-and-doctor',
          text: '"I’m a peer worker, not a counselor, so I can’t say. Your doctor can. Want help with that?"',
          feedback:
            'She thinks you are a counselor and wants a diagnosis. Correcting your title, saying plainly that you cannot diagnose, and offering to help her ask her doctor is honest and direct about your role, and it gives her a real next step.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'your-call',
          text: '"That’s really your call to make, not mine. What do you think about your drinking?"',
          feedback:
            'Handing a label back fits when someone asks what she should call herself. Here she believes you are a counselor and asked for a clinical judgment, so this leaves the mix-up in place. Correct your role and point her to her doctor (honest and direct).',
        },
        {
          id: 'my-own-drinking',
          text: '"I can’t diagnose anyone, but I can tell you what my own drinking was like, if that would help."',
          feedback:
            'Offering your story can help someone who wants to know she is not alone. But Wanda still thinks you are a counselor, and your story may sound like the diagnosis she asked for. Correct your title first, then point her to her doctor (honest and direct).',
        },
        {
          id: 'find-a-counselor',
          text: '"I’m not the counselor, but I can find out whether one can see you before you go home."',
          feedback:
            'Correcting your title and offering a referral are both right, and a hospital counselor can be the best link when no doctor is around. Her doctor is coming back in minutes and can speak to what her tests show. Point her there, and offer to help her ask (honest and direct).',
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
        'You lead a weekly group at the recovery community center. Zara, 58, has twenty years in recovery and often helps newer members one-on-one after group, but she has told you she freezes up speaking in front of everyone. Tonight a newcomer asks how to get through the holidays with family who drink. Zara says, "You’re the professional. You tell us."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'ask-the-room',
          text: 'Say you have ideas, and ask the group first what has helped them at the holidays.',
          feedback:
            'Zara has handed the expert seat to you, and the room holds years of lived experience. Asking the group first shows that learning flows every way, without putting Zara on the spot when she has told you she freezes up speaking to everyone. You add your ideas after. That is mutual and reciprocal.',
          best: true,
        },
        {
          id: 'invite-zara',
          text: 'Say Zara has twenty years of holidays behind her, and ask if she’ll go first.',
          feedback:
            'Drawing on one member’s experience is a strong move when she is comfortable sharing in the group. Zara told you she freezes up speaking in front of everyone, so calling on her puts her on the spot. Ask the whole group; she can add what she likes, or talk with the newcomer after (mutual and reciprocal).',
        },
        {
          id: 'give-ideas',
          text: 'Give the newcomer two or three ideas that have helped people you have worked with.',
          feedback:
            'Offering ideas fits when a group asks and no one in the room has lived it. This room holds years of experience, and answering alone accepts that wisdom flows only from staff. Ask the group first, then add yours (mutual and reciprocal).',
        },
        {
          id: 'ask-newcomer',
          text: 'Ask the newcomer what she is feeling about the holidays, and what worries her most.',
          feedback:
            'Asking what worries someone is a good move when the need is unclear. The newcomer’s question is clear, and this passes over what Zara just said about who holds the answers. Bring the group’s experience in (mutual and reciprocal).',
        },
        {
          id: 'first-holidays',
          text: 'Share briefly how you got through your own first holiday season in recovery.',
          feedback:
            'A short share fits when someone asks about your own experience. Here it answers "you tell us" by making your path the model, when the room holds more. Ask the group first (mutual and reciprocal).',
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
        'In the emergency department, Yesenia, 34, is getting her wrist wrapped. She told the nurse she fell. When you are alone with her, she says her boyfriend pushed her during an argument, and it has happened before. She adds, "Please don’t call the police. I just need to get home."',
      prompt: 'What do you say first?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'safe-tonight',
              text: 'Thank her for telling you, and ask whether she feels safe going home tonight.',
              feedback:
                'She is about to go home to the person who hurt her. Starting with her safety tonight, and with her trust, comes before any plan of yours. An adult who discloses partner violence decides what happens next, and she needs to feel safe and know her options to decide well.',
              best: true,
              safety: 'escalates',
              next: 'options',
            },
            {
              id: 'stay-with-family',
              text: 'Thank her for telling you, and say you would feel better if she stayed with family tonight.',
              feedback:
                'Sharing your worry can help when someone asks what you think. Yesenia asked only to get home, and telling her where to stay takes the choice from her and can make it harder to reach out again. Ask about her safety instead (equally shared power).',
              next: 'pushback',
            },
            {
              id: 'must-tell-nurse',
              text: 'Thank her for telling you, and let her know you will need to tell the nurse what she said.',
              feedback:
                'Being open about a step you must take is right once you know your policy requires it. You have not checked yet, and reporting rules for adults vary by state. Ask about her safety, then consult your supervisor about what your policy requires before you say what happens next.',
            },
            {
              id: 'hotline-now',
              text: 'Thank her for telling you, and ask if she’d like to call the domestic violence hotline together.',
              feedback:
                'Offering the hotline is a good move once you know her situation. Before any referral, find out whether she is safe going home tonight, since that shapes which options fit. Ask about her safety first.',
            },
            {
              id: 'what-next',
              text: 'Thank her for telling you, and ask her what she would like to happen from here.',
              feedback:
                'Asking what she wants is right for an adult who discloses partner violence, and you will ask it. But she is about to go home to the person who hurt her, so her safety tonight comes first and shapes her options. Ask about that first (equally shared power).',
            },
          ],
        },
        {
          id: 'options',
          lead: 'Yesenia says she thinks tonight will be okay, because he "always feels bad after." She wants to go home, but she agrees to hear what is out there. The hospital has an advocate on call.',
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
              id: 'number-for-later',
              text: 'Give her the hotline number to call later, and check in with your supervisor once she leaves.',
              feedback:
                'A number for later fits someone who cannot talk now or says no to meeting anyone. Yesenia agreed to hear options, and an advocate is on call right now. Offer the warm connection first (equally shared power).',
            },
            {
              id: 'plan-yourself',
              text: 'Go over a safety plan with her yourself, and consult your supervisor afterward.',
              feedback:
                'Some agencies train peers in safety planning. With an advocate on call, who does this work every day and knows the local options, a plan made on your own is second best. Offer the advocate and let Yesenia choose.',
            },
            {
              id: 'tell-nurse-truth',
              text: 'Encourage her to tell her nurse what really happened to her wrist tonight.',
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
              text: 'Say sorry for pushing, that it’s her call, and ask if you can share one option first.',
              feedback:
                'Owning the misstep quickly can keep the door open. Handing the choice back, and asking before you offer the advocate, puts her safety and her voice back at the center. Tell her what any next step would be, consult your supervisor, and document it as your agency asks.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'card-at-door',
              text: 'Say sorry for pushing, and hand her the hotline card as she heads out the door.',
              feedback:
                'A card at the door fits someone who has firmly said no to talking more. Yesenia is upset with you, not done with help. Ask if she will hear one option before she goes (equally shared power).',
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
        'Xenia, 64, meets you by video from her farmhouse. She stopped drinking four months ago and says the long evenings are the hardest part. She has tried online meetings and says they are not for her. She played piano at her church for thirty years until arthritis ended it, and she would rather not talk about that. She says last Tuesday evening was easier, though she is not sure why. She wants a plan for her evenings.',
      prompt: 'What is the most helpful next step?',
      options: [
        {
          id: 'easier-tuesday',
          text: 'Ask what was different last Tuesday, and whether any of that could happen again.',
          feedback:
            'Last Tuesday was easier, which means something already worked, even if she cannot name it yet. Looking closely at that evening builds her plan on what she already does well, and keeps the choice with her. That is strengths-focused support.',
          best: true,
        },
        {
          id: 'build-on-music',
          text: 'Ask what playing at church gave her, and whether music could fit her evenings.',
          feedback:
            'Building on a long-held interest is a strong strengths move when the person welcomes it. Xenia asked not to talk about the piano, so this presses on a loss she set aside. Start from the easier evening she named (strengths-focused).',
        },
        {
          id: 'hardest-evenings',
          text: 'Ask what usually happens on the hardest evenings, and when the urge is strongest.',
          feedback:
            'Looking at hard moments has a place when planning for cravings. But a plan made only of what to avoid misses what already works. Start from the easier evening she named, and plan for the hard moments alongside it (strengths-focused).',
        },
        {
          id: 'meetings-list',
          text: 'Offer a list of online evening meetings, and ask which one she would like to try.',
          feedback:
            'A list of meetings fits someone looking for them. Xenia has tried them and said they are not for her, so this ignores what she told you. Start from what already works for her (strengths-focused).',
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
        'Wallace, 52, came home from prison two months ago. At the reentry center he tells you that since his bus pass ran out, he has walked six miles each way to his warehouse job for three weeks, and has not missed a shift. His new pass starts Monday. Then he shrugs: "Parole says I’ve got a poor attitude, so whatever."',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'name-it',
          text: '"Six miles each way, three weeks, no missed shifts. How’d you keep that up?"',
          feedback:
            'He is starting to wear the label in his file. Naming the specific strength he showed, and asking how he did it, helps him see it and use it again, and it paints a truer picture than "poor attitude." That is strengths-focused.',
          best: true,
        },
        {
          id: 'ride-till-monday',
          text: '"Want some support finding a ride until your new pass starts on Monday?"',
          feedback:
            'Practical help is the right move when a barrier is still in the way. His pass starts Monday, and he has managed fine, while the label is weighing on him now. Name the strength first (strengths-focused).',
        },
        {
          id: 'real-grit',
          text: '"You’ve got real grit, Wallace. That note doesn’t fit the man I see at all."',
          feedback:
            'Warm praise can lift someone who is down on himself. But general praise and your opinion of him are easy to shrug off, the way he shrugged off the label. Name the specific thing he did, and ask how he did it, so he can see it himself (strengths-focused).',
        },
        {
          id: 'parole-note',
          text: '"Want to talk about that note, and what you’d like your parole officer to see?"',
          feedback:
            'Working on how others see him can come later, if he wants it. Going straight to the note lets a vague label lead the talk. Start with what he actually did (strengths-focused).',
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
        'Zuri, 11, comes to your after-school youth peer group on Monday and eats three snacks fast. She says she and her brother, 6, who is in the first-grade room down the hall, have been on their own since Friday because their mom "went somewhere." There is no food at home. She adds, "Don’t tell anyone. They’ll split us up."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'tell-her-supervisor-now',
          text: 'Get both kids food, stay with Zuri, tell her you can’t keep this secret, and call your supervisor now.',
          feedback:
            'Most helpful. Their basic needs come first, and you stay with her. Suspected neglect is reported as your organization’s policy and your state’s law require, with your supervisor involved right away. Telling her honestly, and kindly, what happens next protects her trust. Document what she said in her own words.',
          safety: 'escalates',
        },
        {
          id: 'report-tell-later',
          text: 'Get both kids food, stay with Zuri, and have your supervisor report it now, telling her only after.',
          feedback:
            'Second. The report gets made and both children are cared for. Waiting to tell her can be right if telling her first might make her run. Zuri is calm and eating, so keeping her in the dark is not honest, and she may feel betrayed later. Tell her what you are doing.',
        },
        {
          id: 'honest-ask-more',
          text: 'Get both kids food, stay with Zuri, say you can’t keep this secret, and ask her more questions to check first.',
          feedback:
            'Third, and unsafe. Being honest with her is right, and listening more fits a vague worry. But you do not need proof to report, and probing questions are an investigator’s job. Two young children have been alone for days. Bring in your supervisor now.',
          safety: 'unsafe',
          instead: 'Do not investigate. Bring in your supervisor now and report as your policy and state law require.',
        },
        {
          id: 'honest-call-mom',
          text: 'Get both kids food, stay with Zuri, say you can’t keep this secret, and call her mom to find out where she is.',
          feedback:
            'Least helpful, and unsafe. Being honest with her is right, and calling a parent fits when a child is simply late to be picked up. Here it delays help for two children alone for days, and contacting the household can alert the adult responsible and change what the children face. Report through your supervisor.',
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
        'You meet Wren, 39, by video each week. At the start of today’s call you confirmed her address and a callback number, as always. Twenty minutes in, her speech slurs, her head drops and she does not answer when you say her name. The picture is still moving. Her husband is in the next room.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'stay-and-911',
          text: 'Stay on the line, call 911 with her confirmed address, and shout for her husband.',
          feedback:
            'Slurred speech, then no answer, on a live picture is an emergency. You stay on the line, send help to the address you confirmed, and get the person who can reach her; have him check her breathing and give naloxone if they have it. If the video drops, use the callback number. Tell your supervisor and document it once help arrives.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'end-then-911',
          text: 'End the video to free up your line, call 911 with her address, then ring her callback number.',
          feedback:
            'Calling 911 is right, and freeing a line makes sense if you have only one. Ending the video cuts you off from her and from her husband, who could help her now. Stay on the line while you get help to her.',
          safety: 'unsafe',
          instead: 'Keep the video open, call her husband to her, and call 911 with the address you confirmed.',
        },
        {
          id: 'wait-a-minute',
          text: 'Stay on the line, call her name loudly, and call 911 if she doesn’t answer within a minute.',
          feedback:
            'Waiting a moment fits a frozen picture on a weak rural line. Here the picture is moving and her speech slurred before she went still, and minutes matter in an overdose. Call 911 now and get her husband to her.',
          safety: 'unsafe',
          instead: 'Treat it as an emergency now: call 911 with her address and call her husband to her.',
        },
        {
          id: 'ask-supervisor-first',
          text: 'Stay on the line, and message your supervisor to ask whether you should call 911.',
          feedback:
            'Checking with your supervisor fits a worry that can wait a few minutes. Waiting for a reply before calling 911 loses time she may not have. Call 911 first, get her husband to her, and update your supervisor after.',
          safety: 'unsafe',
          instead: 'Call 911 with her address first and get her husband to her; update your supervisor afterward.',
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
        'Yetta, 59, calls the warmline late at night. She says she keeps thinking she would be better off not waking up. She has no plan, she says, but the thoughts scare her. She called the warmline instead of 988 because she is afraid 988 "just sends the police."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'ask-then-three-way',
          text: 'Ask her directly about suicide, and offer a three-way call to 988 as you stay on the line.',
          feedback:
            'You ask directly and calmly, and answer her fear honestly: most 988 calls are handled by phone. A three-way call keeps her connected, so she is never handed off alone, and you can ask how she wants to start it. Tell her what you are doing, follow your warmline protocol and document it afterward.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'give-988-number',
          text: 'Ask her directly about suicide, explain how 988 works, and give her the 988 number for later.',
          feedback:
            'Asking directly and explaining 988 are right. But a number for later is a cold handoff that leaves her alone, and she already told you she is afraid to call. Stay on the line and make a three-way call.',
          safety: 'unsafe',
          instead: 'Stay on the line and connect her to 988 with a three-way call.',
        },
        {
          id: 'stay-on-warmline',
          text: 'Ask her directly about suicide, and stay with her on the warmline for as long as she needs.',
          feedback:
            'Staying with a caller fits when no risk has come up. A warmline is not a crisis line, and handling thoughts of suicide alone is outside your role. Her fear deserves an honest answer, not avoidance. Offer a three-way call to 988 and stay on the line.',
          safety: 'unsafe',
          instead: 'Answer her fear honestly and offer a three-way call to 988 while you stay on the line.',
        },
        {
          id: 'send-help-home',
          text: 'Ask her directly about suicide, and have your supervisor send emergency help to her home.',
          feedback:
            'Sending emergency help is right when danger is imminent, and then you tell her. Yetta has no plan and is talking with you, so sending police now confirms her worst fear and may not fit the risk. Offer a three-way call to 988 and stay on the line.',
          safety: 'unsafe',
          instead: 'Ask her directly about suicide, tell her honestly what you are doing, and connect her to 988 with a three-way call.',
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
        'You lead a youth peer group. Your own recovery began twenty years ago. When you mention what helped you as a teen, Yara, 17, rolls her eyes: "No offense, but it’s different now. Vapes, group chats, all of it. You don’t get it."',
      prompt: 'Which responses fit here? Choose all that apply.',
      options: [
        {
          id: 'she-may-be-right',
          text: 'Say she may be right, and ask the group what is different for them now.',
          feedback:
            'Correct. Admitting what you do not know, and asking them to teach you, shows that learning flows both ways. That is the heart of mutual support.',
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
          id: 'recent-training',
          text: 'Mention your recent training on vaping, and what you learned there about it.',
          feedback:
            'Your training may help when someone asks what you know about vaping. Used to win the point, it keeps you in the expert seat while Yara is telling you about her life. Ask about it (mutual and reciprocal).',
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
          id: 'reflect-pain',
          text: '"That sounds painful. What has it been like since she stopped talking to you?"',
          feedback:
            'Reflecting pain and asking more is a good move when you have nothing else to go on. Here you heard him shout ten minutes ago, and going along with "I never yell" leaves him stuck. Name what you noticed, kindly (honest and direct).',
        },
        {
          id: 'meet-daughter',
          text: '"Would it help if I met with your daughter, too, to hear her side of things?"',
          feedback:
            'Hearing a teen’s side can help when a family asks for it. Here it avoids the honest talk with Warren, who asked you, and it puts you in the middle. Share what you noticed with him first (honest and direct).',
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
