import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'honest-and-direct',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'hon-yf-promise-wont-tell',
      kind: 'branch',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'youth-family',
      title: 'Promise you won’t tell',
      situation:
        'You are a youth peer mentor in an after-school program, and you know your program’s privacy rules well. Nia, 15, has seemed on edge all week. As your session ends in the busy common room, with other teens packing up a few feet away, she says quietly, "I need to tell you something. But first promise you won’t tell anyone. Not my mom, not anybody." The program counselor has gone home for the day, and the small office next door is empty.',
      prompt: 'What do you do before she tells you?',
      safety: ['abuse-neglect', 'minor-at-risk'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you do before she tells you?',
          options: [
            {
              id: 'step-into-office',
              text: 'Ask her to step into the office next door, and tell her there what you would have to pass on.',
              feedback:
                'This fits both facts in front of you. Other teens are a few feet away, so you first find a place where no one else can hear. Then, before she speaks, you answer her request for a promise honestly: what stays private and what you would have to pass on. The choice of what to say is then truly hers.',
              best: true,
              safety: 'escalates',
              next: 'after-honest',
            },
            {
              id: 'limits-right-here',
              text: 'Tell her what stays between the two of you and what you would have to pass on, then let her choose.',
              feedback:
                'Naming the limits of privacy before she speaks is the honest answer to a request for a promise, and it is the whole move when you are already somewhere private. Here other teens are a few feet away and an empty office is next door. Move first, so what she tells you, and the limits themselves, stay between you.',
              next: 'after-overheard',
            },
            {
              id: 'counselor-too',
              text: 'Tell her what you would have to pass on, and ask if she would like the program counselor with her too.',
              feedback:
                'Offering a counselor is a good move when one is on site and a young person wants more support for something hard. The counselor has gone home for the day, so this offer cannot be kept, and it leaves her in a crowded room. Move to the empty office, then tell her the limits there.',
            },
            {
              id: 'safe-going-home',
              text: 'Tell her what you would have to pass on, and ask her first whether she feels safe going home today.',
              feedback:
                'Asking about safety at home is right once a young person has said something about home, or shows signs of danger there. Nia has not said what this is about, and asking in a busy room, with other teens close by, can shut her down. Find a private place, then tell her the limits there.',
            },
          ],
        },
        {
          id: 'after-honest',
          lead: 'In the office, Nia is quiet for a moment. Then she tells you her mom’s boyfriend, who lives with them, hits her when he drinks, and it happened again last night. She asks, "So what happens now? Are you going to call my mom?"',
          prompt: 'What do you do?',
          options: [
            {
              id: 'report-with-her',
              text: 'Tell her you won’t call home. Say you’ll bring in your supervisor today to report it, and ask if she’s safe tonight.',
              feedback:
                'This is safe and honest. You report suspected abuse as your organization’s policy and your state’s law require, you answer her question plainly, and you do not alert the household where the person harming her lives. Document what she said in her own words; if she is not safe tonight, bring in crisis help or 911 with your supervisor.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'tell-mom-too',
              text: 'Tell her you’ll bring in your supervisor today to report it, and that you’ll let her mom know about it too.',
              feedback:
                'Reporting is right, and telling a parent can help when the harm comes from outside the home. Here the boyfriend lives with them, so a call home could reach him and put Nia in more danger. Who in the family is told, and when, follows the report process and your program’s youth policy.',
              safety: 'unsafe',
              instead:
                'Do not call home. Bring in your supervisor today, report as policy and state law require, and tell Nia what you are doing.',
            },
            {
              id: 'call-911-now',
              text: 'Tell her you’ll call 911 now to send officers to the house tonight, then bring in your supervisor to report it.',
              feedback:
                'Calling 911 is right when danger is immediate, such as a threat happening now or her saying she cannot safely go home. You do not know that yet, and police at the house before a report is made can raise the risk at home. Ask about tonight, and report through your supervisor.',
            },
            {
              id: 'ask-details',
              text: 'Ask her how often it happens and whether anyone else knows, and then bring in your supervisor today to report it.',
              feedback:
                'These questions fit safety planning with an adult, but with a child they turn you into an investigator. You do not need proof to report a suspicion, and probing can upset her and get in the way of the people whose job it is to look into it. Listen to what she offers, then report.',
              safety: 'unsafe',
              instead: 'Listen to what she chooses to tell you, then bring in your supervisor and report without investigating.',
            },
          ],
        },
        {
          id: 'after-overheard',
          lead: 'You go over the limits right there. Nia glances at the teens by the door, then says it fast and low: her mom’s boyfriend, who lives with them, hits her when he drinks, and it happened again last night. One of the teens looks over. Nia grabs her bag. "Forget it. I have to go."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'office-then-report',
              text: 'Ask her into the office. There, tell her you’ll bring in your supervisor to report it, and ask about tonight.',
              feedback:
                'This repairs the first step. You get her out of earshot, you tell her honestly what you must do, and you check whether she is safe tonight before she leaves. Report as your organization’s policy and your state’s law require, and document what she said in her own words.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'tell-her-there',
              text: 'Tell her right there that you’ll bring in your supervisor today to report it, and ask if she’s safe tonight.',
              feedback:
                'Telling her what you must do and asking about tonight are both right. Saying it in front of the teens by the door is not: she is already embarrassed, and now others may hear that something is being reported. Step into the office first, then say the same thing there.',
            },
            {
              id: 'report-once-gone',
              text: 'Let her go for now, and bring in your supervisor to report it once she has left the building for the day.',
              feedback:
                'The report gets made, and acting first is sometimes right when telling someone could raise the danger. Here it means acting behind her back, and no one checks whether she is safe going home tonight. Tell her what you are doing, and ask about tonight before she leaves.',
              safety: 'unsafe',
              instead:
                'Before she leaves, tell her in private that you are bringing in your supervisor to report, and ask whether she feels safe going home.',
            },
            {
              id: 'pick-up-tomorrow',
              text: 'Tell her it’s okay, and that the two of you can pick this up in private at tomorrow’s session together.',
              feedback:
                'Giving a teen space can be kind when nothing urgent is at stake. She has just told you an adult at home hits her, so the report cannot wait a day, and no one checks on tonight. Move somewhere private now, tell her what you must do, and ask whether she is safe.',
              safety: 'unsafe',
              instead: 'Move somewhere private now, tell her you are bringing in your supervisor to report, and ask about tonight.',
            },
          ],
        },
      ],
    },
    {
      id: 'hon-drop-front-desk-feedback',
      kind: 'branch',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'drop-in',
      title: 'Short answers at the front desk',
      situation:
        'Nico, 31, volunteers at the front desk of your recovery community center, and he is proud of the role. The coordinator tells you two newcomers said he snapped at them when they asked where groups meet, and one left without going in. You did not see it yourself. When you started mentoring Nico, he told you, "If I mess up, tell me straight. Don’t hint." The coordinator asks you to talk with him.',
      prompt: 'How do you open the conversation?',
      steps: [
        {
          id: 'start',
          prompt: 'How do you open the conversation?',
          options: [
            {
              id: 'coordinator-heard',
              text: 'Tell him the coordinator heard that two newcomers got short answers, and one left. Ask his side.',
              feedback:
                'This is honest and direct. You say plainly what was reported and where it came from, since you did not see it yourself, and you ask for his side before anyone decides what happened. It is the straight talk he asked for.',
              best: true,
              next: 'after-open',
            },
            {
              id: 'saw-it-myself',
              text: 'Tell him you saw two newcomers get short answers at the desk, and one left. Ask what was going on.',
              feedback:
                'Speaking from what you saw is the strongest opener when you did see it. You did not: the coordinator told you. Claiming it as your own is not honest, and if he asks when you saw it, trust breaks. Say where the concern came from.',
              next: 'after-open',
            },
            {
              id: 'ask-how-its-going',
              text: 'Ask him how the desk has been going for him lately, and see whether he brings up the newcomers himself.',
              feedback:
                'An open question is a good start when you are not sure there is a problem, or when a person needs room to name it first. But Nico asked you not to hint. Being direct here means saying what was reported, with care.',
              next: 'after-vague',
            },
            {
              id: 'suggest-walking',
              text: 'Suggest he walk newcomers to their group room, and ask if he’d be willing to try that this week.',
              feedback:
                'A concrete idea helps once someone knows the problem and wants to fix it. Offered first, it skips the honest part: Nico does not know anyone left upset, so the idea sounds random. Name the concern, then plan together.',
              next: 'after-vague',
            },
          ],
        },
        {
          id: 'after-open',
          lead: 'Nico’s face falls. "Yeah. That was me. My mom’s been in the hospital all week, and I’ve barely slept. I didn’t think it showed."',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'hear-his-week',
              text: 'Tell him that sounds like a brutal week, and ask what would help right now, at the desk or outside it.',
              feedback:
                'The honest part is done: he has heard the concern and owned it. What he just shared is the bigger news, so you respond to it and let him say what would help. Directness lands best when the person also feels heard.',
              best: true,
            },
            {
              id: 'restate-concern',
              text: 'Tell him you’re sorry about his mom, and that newcomers still need a kind welcome. Ask what his plan is.',
              feedback:
                'Keeping a concern on the table is right when someone brushes it off. Nico did not: he owned it and told you why. Saying it again now skips past what he just shared. Respond to his week first; the plan can follow.',
            },
            {
              id: 'take-days-off',
              text: 'Suggest he take a few days off the desk until his mom is home, and offer to let the coordinator know.',
              feedback:
                'Time off may well be the answer, and offering to help is kind. But deciding it for him, a minute after he told you, takes the choice out of his hands. Ask what would help, and let him choose.',
            },
            {
              id: 'own-story',
              text: 'Tell him about a time you got short with people during a family crisis, and what helped you then.',
              feedback:
                'A short piece of your story can help later, once he has had his say. Right now it moves the focus to you, just after he opened up. Stay with his week first.',
            },
          ],
        },
        {
          id: 'after-vague',
          lead: 'Nico shrugs. "Sure. Newcomers are just touchy sometimes." He does not seem to see that the concern is about him, and the coordinator wants an update tomorrow.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'say-it-plainly',
              text: 'Tell him you meant him, then say what the coordinator heard from newcomers and ask his side.',
              feedback:
                'This repairs the first try honestly. You own being unclear, name the specific problem and where it came from, and give him a real chance to respond. Direct feedback given with care is a form of respect.',
              best: true,
            },
            {
              id: 'newcomers-upset',
              text: 'Tell him some newcomers seem to leave the desk upset lately, and ask what he thinks is going on.',
              feedback:
                'Naming what you notice and asking his view is a good pattern. But he has already missed one hint, and "some newcomers" still does not say it is about him. Be plain: tell him you mean him, and what was reported.',
            },
            {
              id: 'report-and-watch',
              text: 'Tell the coordinator you raised it with him, and ask her to keep an eye on the desk this week.',
              feedback:
                'Updating the coordinator is right after a clear talk. This talk was not clear, so she would think it is handled while Nico still does not know there is a problem. Tell Nico plainly first, then tell her what was actually said.',
            },
            {
              id: 'hand-to-coordinator',
              text: 'Ask the coordinator to raise it with him herself at his next volunteer check-in this week.',
              feedback:
                'Handing it up makes sense when a problem is a rule or role matter beyond mentoring. Nico asked you to tell him straight, and she asked you to talk with him. Being honest and direct means you say it yourself, now.',
            },
          ],
        },
      ],
    },
    {
      id: 'hon-rural-med-poisoning',
      kind: 'multi',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'rural-telehealth',
      title: 'Is my medicine poisoning me?',
      situation:
        'Norma, 63, meets with you by video from her farmhouse on a Saturday afternoon. Her doctor started her on a new medicine for her mood three weeks ago. She says she feels foggy and shaky and thinks the pills are "poisoning" her, though she is up and about. Her prescriber’s office is closed until Monday; the pharmacy in town that filled the pills is open until six. "Should I just stop them today? You’d tell me the truth, wouldn’t you?"',
      prompt: 'Which responses fit this moment? Choose all that apply.',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'choice-for-prescriber',
          text: 'Tell her the fog sounds hard, and that stopping is a choice for her and her prescriber, not you.',
          feedback:
            'Correct. Being honest includes being clear about the limits of your role. You take her worry seriously without giving medical advice either way, which is the truth she asked for.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'call-pharmacy',
          text: 'Offer to call the pharmacy that filled her pills together now, while you stay on the video.',
          feedback:
            'Correct. Her prescriber’s office is closed until Monday, and the pharmacist who filled the pills is open today and can answer questions about side effects, including whether she needs her prescriber’s after-hours line. You stay in role and get her an answer today.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'when-to-call-911',
          text: 'Tell her that if she gets much worse, such as confused or faint, she should call 911 right away.',
          feedback:
            'Correct. This is safety information, not medical advice: you are not judging her medicine, you are making sure she knows when it becomes an emergency.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'call-prescriber-office',
          text: 'Offer to call her prescriber’s office together now, while you stay on the video with her.',
          feedback:
            'Not correct here. On a weekday this would be the first call to make. It is Saturday and the office is closed until Monday, so the call reaches a recording while she decides about today. The pharmacy is open now; start there.',
          correct: false,
        },
        {
          id: 'write-questions',
          text: 'Offer to help her write down her symptoms and questions to bring to her next prescriber visit.',
          feedback:
            'Not correct here. A written list is a strong peer move for a worry that can wait for the next visit. Norma is thinking of stopping today, so she needs a qualified answer today, from the pharmacist, not at her next visit.',
          correct: false,
        },
      ],
    },
    {
      id: 'hon-warm-is-this-private',
      kind: 'rank',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: 'Is this call private?',
      situation:
        'Mina, 29, is calling the warmline for the first time. At the start of the call you told her, as you tell every caller, what the line writes down and when you would bring in more help. Before she says why she called, she asks, "I heard all that. But is it really private? The last time I called a line, my boss found out."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'ask-worry-then-answer',
          text: 'Ask what worries her most about privacy, then tell her plainly what the line does and doesn’t pass on.',
          feedback:
            'This belongs first. She has already heard the usual limits; what she needs is an honest answer to her real worry, a boss finding out. Asking what worries her most lets her say that, and then you answer it truthfully and directly, instead of repeating words she has heard.',
        },
        {
          id: 'explain-limits',
          text: 'Tell her what the line writes down and when you would bring in more help, then ask what’s on her mind.',
          feedback:
            'This belongs second. Naming the limits before someone shares is the honest move when they have not heard them. Mina has, and she told you exactly what scares her. Repeating the script is true, but it answers a question she did not ask.',
        },
        {
          id: 'mostly-private',
          text: 'Tell her the call is mostly private, and that you’ll let her know if anything she says comes near a limit.',
          feedback:
            'This belongs third. Flagging a limit in the moment is good practice later in a call. As her only answer, it is vague, and it does not touch the worry she named about her boss.',
        },
        {
          id: 'confidential-invite',
          text: 'Tell her calls here are confidential, and invite her to share whatever brought her to call tonight.',
          feedback:
            'This belongs last. Inviting her to talk is warm, but "confidential" with no limits sounds like total privacy, and it brushes past what happened to her last time. Finding out later that there are limits would hurt her trust far more than the truth now.',
        },
      ],
    },
    {
      id: 'hon-res-story-polish',
      kind: 'value',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'The polished story',
      situation:
        'Mabel, 50, a peer worker, has been asked to share her recovery story at a graduation at a residential program. She plans to leave out the two times she returned to use, so she will seem like a stronger role model. Several residents in the audience have returned to use this year.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Yes. Several state peer codes ask you to represent your story accurately. A polished version hides the setbacks these residents most need to hear about, and it could leave those who returned to use feeling they have failed.',
          best: true,
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope is what Mabel wants to give, so it is relevant. But the choice in front of her is whether to tell the truth about her path, and honest hope already includes the hard parts.',
        },
        {
          id: 'mutual',
          value: 'mutual-and-reciprocal',
          feedback:
            'Sharing a story is part of mutual support, so it is relevant. But nothing here is about who gives and who learns; the question is whether her story is accurate.',
        },
        {
          id: 'strengths',
          value: 'strengths-focused',
          feedback:
            'Her strengths are part of any good story, so this is relevant. But keeping going after setbacks is itself a strength, and hiding the setbacks is a question of honesty first.',
        },
      ],
    },
    {
      id: 'hon-warm-not-about-drinking',
      kind: 'value',
      pool: 'practice',
      value: 'voluntary',
      setting: 'warmline',
      title: 'Not about my drinking',
      situation:
        'Nell, 52, calls the warmline most Sundays to talk about her week. Last month a volunteer told her once, kindly, that he worries about her drinking; she thanked him and said she does not want to talk about it on these calls. Tonight he tells you he will start every call with her drinking until she agrees to get help, "or she can call some other line."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Yes. Support is offered, never forced, and Nell has said what support she wants from these calls. Making the calls depend on talking about her drinking turns an offer into pressure, and it may end the calls altogether.',
          best: true,
        },
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'Honesty is relevant, but it has already been served: he named his worry once, kindly, and she heard it. Saying it again on every call adds no truth she lacks; what is at stake now is whether support stays hers to accept or turn down.',
        },
        {
          id: 'change',
          value: 'facilitates-change',
          feedback:
            'He wants to help her change, so this is relevant. But change work starts with goals she chooses, and the first question is whether she wants this kind of support at all.',
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Listening to her week is empathetic, so this is relevant. But the core problem is not whether he understands her feelings; it is that he plans to push support she has turned down, or stop the calls.',
        },
      ],
    },
    {
      id: 'hon-yf-will-mom-know',
      kind: 'single',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'youth-family',
      title: 'Does my mom get to read this?',
      situation:
        'You are filling in today at a youth peer mentoring site you do not usually work at, and you do not know its rules on what parents can see. Maya, 14, is meeting you for the first time; her mom signed the forms and is waiting in the lobby. The site supervisor is in the next room. Before you start, Maya asks, "Does my mom get to read what I tell you?"',
      prompt: 'What do you tell her?',
      options: [
        {
          id: 'check-first',
          text: 'Tell her you’ll ask the site supervisor what parents can see, and let her know before you go further.',
          feedback:
            'This is honest and direct. You do not know this site’s rules, so you say so and find out now, before she shares anything. What parents can see depends on the program’s policy and your state’s law, and a wrong guess could mislead her either way.',
          best: true,
        },
        {
          id: 'policy-and-limits',
          text: 'Tell her what her mom can and can’t see under the program’s rules, and what you would have to pass on.',
          feedback:
            'Explaining the rules plainly is the best answer when you know them. Today you do not, so you would be guessing, and she might share something based on a rule that is not true here. Say you will check, then explain.',
        },
        {
          id: 'ask-whats-behind',
          text: 'Ask what she is hoping her mom won’t see, and answer the part that matters most to her first.',
          feedback:
            'Asking about the worry behind a question can help later. Asked first, it invites her to share the very thing she is unsure about before she knows the rules. Get her a straight answer first.',
        },
        {
          id: 'family-agreement',
          text: 'Suggest you bring her mom in from the lobby now, and the three of you agree on what gets shared.',
          feedback:
            'A family talk about sharing can be a good step once a teen wants it. Maya asked you, privately, before you started, and the answer depends on rules you have not checked. Find out the rules first; a family talk can come later if she wants one.',
        },
      ],
    },
    {
      id: 'hon-res-own-return-to-use',
      kind: 'single',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'After the wedding',
      situation:
        'You have worked as a peer at a residential program for two years, and you have six years in recovery. Tonight, Saturday, at a family wedding, you drank. You are not on shift again until Wednesday, and you have supervision that morning before your shift. Your supervisor has asked staff not to call on weekends unless something at work cannot wait; the program’s on-call line is for resident emergencies. Your sponsor has told you to call any hour.',
      prompt: 'What do you do first?',
      safety: ['own-distress'],
      options: [
        {
          id: 'sponsor-then-supervision',
          text: 'Call your sponsor tonight, and tell your supervisor at your supervision meeting on Wednesday.',
          feedback:
            'This keeps your own recovery first and is honest with the person responsible for the program before you work again. Some state peer codes, such as Illinois’s, ask peers to tell their supervisor about a recurrence, and many agency policies do too. Nothing at work hangs on tonight, so your support comes first and the talk with your supervisor happens face to face.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'sponsor-and-supervisor-tonight',
          text: 'Call your sponsor tonight, and then call your supervisor at home tonight to tell her what happened.',
          feedback:
            'Calling both at once would be right if you were due at work tomorrow and a shift needed covering. You are not on until Wednesday, and she asked for no weekend calls unless work cannot wait. Lean on your sponsor tonight, and tell her at supervision before your shift.',
        },
        {
          id: 'on-call-line',
          text: 'Call your sponsor tonight, and leave a message on the program’s on-call line about what happened.',
          feedback:
            'The on-call line is the right call when something at the program cannot wait, such as a resident in crisis or a shift you cannot work. This is neither, and news this personal deserves a direct talk with your own supervisor, not a message passed along. Tell her yourself at supervision.',
        },
        {
          id: 'meeting-and-email',
          text: 'Go to a meeting tomorrow morning, and send your supervisor an email tonight telling her what happened.',
          feedback:
            'A meeting and a written note can both be good steps, and an email respects her no-calls rule. But it leaves you with no one tonight, the hardest hours, while your sponsor said to call any hour. Call your sponsor now, and tell your supervisor in person Wednesday.',
        },
      ],
    },
    {
      id: 'hon-reentry-take-the-deal',
      kind: 'single',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'reentry',
      title: 'Would you take the deal?',
      situation:
        'Moses, 45, came home from prison eight months ago and meets with you weekly. An old charge has come back to court, and his public defender says a plea deal would keep him out of jail. She has not returned his calls in two weeks, and he says she seems too busy to care. The offer is open until the end of the month. He asks you, "You’ve been through the system. Be straight with me: would you take the deal?"',
      prompt: 'What do you say?',
      safety: ['legal'],
      options: [
        {
          id: 'second-opinion',
          text: 'Say that’s a lawyer’s question, and offer to help him find legal aid for a second opinion.',
          feedback:
            'This is honest about your role without leaving him alone with the choice. You do not pretend your past makes you a legal expert, and since his own lawyer has gone quiet, you help him reach one who will answer. Your supervisor can help you find legal aid in your area.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'questions-for-lawyer',
          text: 'Tell him that’s a lawyer’s question, and offer to help him list questions for his public defender.',
          feedback:
            'Preparing questions is the best help when someone can reach a lawyer they trust. Moses cannot reach his, and he does not trust her to answer. A list alone leaves him stuck; help him get a second opinion, and keep trying her office too.',
        },
        {
          id: 'my-own-plea',
          text: 'Tell him what happened when you took a deal, and suggest he ask a lawyer how his case compares.',
          feedback:
            'Your story can help later, to show how you asked hard questions. Given as an answer to "would you take it?", it becomes legal advice, and his case is not your case. A plea can affect his freedom; keep the question with a lawyer.',
          safety: 'unsafe',
          instead: 'Keep your own plea out of it, and help him reach a legal aid lawyer or his public defender.',
        },
        {
          id: 'ask-worries',
          text: 'Ask what worries him most about the deal, and listen for a while before you get to his question.',
          feedback:
            'Listening first helps when someone is overwhelmed and not yet asking anything. Moses asked you a direct question, and the clock is running. Say honestly that this is a lawyer’s call, then help him reach one.',
        },
      ],
    },
    {
      id: 'hon-er-threat-after-fight',
      kind: 'single',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'er',
      title: 'He won’t walk away this time',
      situation:
        'You are a peer bridger in an emergency department. Nolan, 28, is waiting for an X-ray on his hand after a fight, pacing the small exam room. Earlier, when a nurse said security might check on him, he punched the wall and shouted at her. Now he tells you, "When they let me out, I’m going to finish it. He won’t walk away this time."',
      prompt: 'What do you do?',
      safety: ['violence'],
      options: [
        {
          id: 'alert-then-tell',
          text: 'Step out calmly, alert security and the charge nurse now, and tell Nolan what you did once they are with you.',
          feedback:
            'This makes you and others safe first. He lashed out the last time security came up, so telling him alone in a small room could set him off; you tell him honestly once it is safe. Then follow the hospital’s duty-to-warn or protect policy, which varies by state, tell your supervisor and document what he said.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'tell-then-alert',
          text: 'Keep the doorway clear, tell him you can’t keep a threat private, and then alert security and the charge nurse.',
          feedback:
            'Telling someone first is the honest move when he is calm and the news will not put anyone at risk. Nolan punched a wall the last time security was mentioned, and you are alone with him. Get safe and bring in the team first; tell him once they are there.',
          safety: 'unsafe',
          instead: 'Step out calmly, alert security and the charge nurse, and tell him what you did once it is safe.',
        },
        {
          id: 'end-of-shift',
          text: 'Tell him you can hear how angry he is, stay to help him calm down, and brief your supervisor at the end of your shift.',
          feedback:
            'Naming his anger and staying calm are both good, but the end of your shift is too late: he could be discharged first. A threat to hurt someone needs security and the care team now.',
          safety: 'unsafe',
          instead: 'Alert security and the charge nurse now, per protocol, and document it after.',
        },
        {
          id: 'warn-police',
          text: 'Step out, call the police yourself to warn the other man, and then come back and tell Nolan what you did.',
          feedback:
            'Taking the threat seriously is right, but acting alone skips the hospital’s protocol and its security team. Whether and how to warn someone is decided with the team, under your hospital’s policy and your state’s law.',
        },
      ],
    },
    {
      id: 'hon-er-bed-tonight',
      kind: 'single',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'er',
      title: 'Can you get me a bed?',
      situation:
        'Makayla, 38, has been in the emergency department since morning, waiting to hear whether a detox program has a bed for her tonight. The program told you they have a waitlist and will call by six. Your shift ends at four, and you cannot stay later. She is tired and wants to leave. She grabs your arm: "Will I get a bed tonight? Yes or no."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'ask-easier',
          text: 'Tell her no one can say yet, and ask what would make the next few hours easier to get through.',
          feedback:
            'This is honest and still caring. You say plainly that no one knows yet, without a promise or a guess, and you turn to what would help her wait. Before four, introduce her to whoever is on next so she is not alone with it.',
          best: true,
        },
        {
          id: 'stay-till-six',
          text: 'Tell her no one will know until the program calls at six, and you’ll stay with her till then.',
          feedback:
            'Staying with someone through the wait is a good move when you can. Your shift ends at four and you cannot stay, so this is a promise you cannot keep, and she may stay on the strength of it. Say only what you can do.',
        },
        {
          id: 'beds-usually-open',
          text: 'Tell her beds often open up by evening, and that you’ll make sure she hears as soon as they call.',
          feedback:
            'If the program had told you that, it would be fair to say. They told you there is a waitlist, so this turns the truth into a guess. She may stay on the strength of it and feel misled if it falls through.',
        },
        {
          id: 'backup-plan',
          text: 'Offer to look into other programs with an open bed today, in case this one falls through tonight.',
          feedback:
            'A backup plan is a good move if six o’clock comes and goes with no bed. Right now she asked a direct question, and this does not answer it. Tell her honestly what is and is not known.',
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ──────────────────────────────
    {
      id: 'hon-rural-goodbye-calls',
      kind: 'branch',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'rural-telehealth',
      title: 'Just in case',
      situation:
        'You hold weekly video check-ins for a rural peer program. Neil, 57, lives alone on a ranch 40 miles from town; at the start of the call you confirmed where he was and his callback number. Halfway through, he says he gave his dog to a neighbor and called his brother "to say goodbye, just in case." He is calm and still talking with you. Then he adds, "Don’t make this a big thing, okay?"',
      prompt: 'What do you do first?',
      safety: ['suicide-risk', 'remote-risk'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'name-and-ask',
              text: 'Stay on the video, tell him what you just heard worries you, then ask him directly about suicide.',
              feedback:
                'This is honest and direct where it matters most. Giving things away and saying goodbye are warning signs, and asking plainly about suicide does not put the idea in his head. He is calm and talking, and you already have his location and number, so the question comes first; his answer tells you who to bring in.',
              best: true,
              safety: 'escalates',
              next: 'after-ask',
            },
            {
              id: 'three-way-first',
              text: 'Stay on the video, add the crisis line on a three-way call, then ask him directly about suicide.',
              feedback:
                'A three-way call with the crisis line while you stay on is the right step once you know risk is present. You do not know yet: he is calm and talking, and he asked you not to make this a big thing. Bringing in strangers before you ask can close him down. Ask him yourself first, then bring in the crisis line if he says yes.',
            },
            {
              id: 'call-911-first',
              text: 'Stay on the video, call 911 to the ranch from your other line, then ask him directly about suicide.',
              feedback:
                'Calling 911 while you stay on is right when danger is immediate, such as someone who has already acted or says he is about to. Neil is calm and still talking, and you have not asked the question that tells you how close the danger is. Ask him directly first; 911 may well follow.',
            },
            {
              id: 'confirm-location-first',
              text: 'Stay on the video, say you’re worried, confirm where he is right now, then ask him directly about suicide.',
              feedback:
                'Naming your worry is right, and on video, knowing where someone is comes first when you do not have it. You confirmed his location and number at the start of this call, and he is calm and talking. Checking again now delays the one question that matters and may sound like you are about to send someone. Ask him directly now; confirm he is still there if you need to send help.',
              next: 'after-ask',
            },
          ],
        },
        {
          id: 'after-ask',
          lead: 'Neil is quiet for a long moment. Then he says, "Yeah. I’ve thought about it all week. I think tonight’s the night. Everything’s ready." He asks you not to call anyone.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'call-911-stay',
              text: 'Tell him you can’t keep this private. Confirm he’s at the ranch, then call 911 while you stay on the video.',
              feedback:
                'This is the safe, honest response. A plan for tonight with everything ready means danger is immediate, so help must reach his door. You tell him what you are doing, confirm where he is, and call 911 while you stay on the line, per protocol; the crisis line can join on a three-way call. Afterward, tell your supervisor and document the call.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'three-way-and-stay',
              text: 'Tell him you can’t keep this private. Confirm he’s at the ranch, then add the crisis line on a three-way call.',
              feedback:
                'A warm, three-way transfer to 988 or your crisis line while you stay on is right when risk is present but not immediate. Neil has a plan for tonight and says everything is ready: that is an emergency, 40 miles from town. Call 911 while you stay on the line; the crisis line can join too.',
            },
            {
              id: 'hang-up-and-send',
              text: 'Tell him you can’t keep this private. Confirm his address, then end the video and call 988 and the sheriff.',
              feedback:
                'Confirming his location and sending help are right, but hanging up leaves him alone just after he told you he plans to act tonight. Never end a call with someone at risk. Call 911 while you stay on the line.',
              safety: 'unsafe',
              instead: 'Stay on the video and call 911 to his address while you stay on the line.',
            },
            {
              id: 'talk-then-email',
              text: 'Stay on the video and talk through his reasons for living, then email your supervisor once the call is over.',
              feedback:
                'Staying and talking about reasons to live are both good, but handling this alone and telling no one until later leaves him without emergency help tonight. A plan for tonight needs 911 and your supervisor now.',
              safety: 'unsafe',
              instead: 'Stay on the line, call 911 to his address, and tell your supervisor now.',
            },
          ],
        },
      ],
    },
    {
      id: 'hon-yf-mom-wants-notes',
      kind: 'multi',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'youth-family',
      title: 'Send me your notes',
      situation:
        'You mentor Nate, 16, in a youth peer program. His mother, Monique, calls you: "I’m his mother and I pay for his phone. I have a right to know what he tells you. Send me your notes." Nothing Nate has shared raises a safety concern, and you are not sure what your program and your state let parents see.',
      prompt: 'Which responses fit this call? Choose all that apply.',
      options: [
        {
          id: 'hear-worry',
          text: 'Ask what has her worried about Nate, and listen before you get into what you can share.',
          feedback:
            'Correct. Her demand likely comes from worry, and hearing it is part of honest, caring contact. You can respond to her concern without sharing what Nate said.',
          correct: true,
        },
        {
          id: 'check-rules',
          text: 'Tell her you’ll check with your supervisor on what parents can see, and call her back today.',
          feedback:
            'Correct. You are honest that you do not know the rule yet, and you do not guess. Parents’ rights to a teen’s records depend on your program’s policy and your state’s law.',
          correct: true,
        },
        {
          id: 'offer-joint-talk',
          text: 'Offer to set up a time for Nate and her to talk together with you, if Nate agrees.',
          feedback:
            'Correct. This opens an honest path for the family while leaving Nate in charge of what he shares. It respects both his privacy and her wish to be included.',
          correct: true,
        },
        {
          id: 'send-summary',
          text: 'Send her a short summary of what you and Nate have worked on so far, without the private details.',
          feedback:
            'Not correct. A summary can be fine where policy allows it and the teen has agreed. Here you do not know the rules and Nate has not been asked, so even a summary shares his sessions without his knowledge. Check the policy and talk to Nate first.',
          correct: false,
        },
        {
          id: 'stays-with-nate',
          text: 'Tell her what Nate says stays between you and him, and suggest she ask him herself.',
          feedback:
            'Not correct. In many programs this would be true, but you have not checked, so you would be stating a rule you are not sure of. Say honestly that you will find out, and keep the door open for her.',
          correct: false,
        },
      ],
    },
    {
      id: 'hon-reentry-house-manager',
      kind: 'multi',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'reentry',
      title: 'Just tell me who’s using',
      situation:
        'You lead a weekly peer group at a reentry house for eight men recently home from prison. The house manager, who knows each of them well, asks you to tell him what residents say about using. A man at another house died of an overdose last month, and he says he wants "to stay ahead of trouble." At the first group, members were told that what they say stays in the group, except for safety risks.',
      prompt: 'Which responses are honest and stay within your role? Choose all that apply.',
      safety: ['role-limits'],
      options: [
        {
          id: 'tell-manager-plainly',
          text: 'Tell the manager you can’t pass on what’s said in group beyond what the men were told.',
          feedback:
            'Correct. You are direct with a coworker instead of going along or dodging, and the group keeps the terms it agreed to.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'take-to-supervisor',
          text: 'Take the request to your supervisor, and let the program decide what, if anything, peers share.',
          feedback:
            'Correct. Role conflicts like this belong with your supervisor, not settled alone in a hallway. A clear answer from the program protects the residents and you.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'naloxone-for-house',
          text: 'Offer to set up a naloxone training for the whole house, and invite the manager to join it.',
          feedback:
            'Correct. His real worry is an overdose like the one last month. A house-wide naloxone training meets that worry openly, keeps everyone safer, and asks no one to give up what they said in group.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'themes-no-names',
          text: 'Clear it with your supervisor, then give the manager general themes from group, with no names.',
          feedback:
            'Not correct. Involving your supervisor is right, and sharing themes can be fine when a group has agreed to it. These men were told otherwise, and in a house of eight the manager can likely tell who is who. Keep to the terms, and tell the group before anything changes.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Keep to the terms the group was given, take the request to your supervisor, and tell the group before anything changes.',
        },
        {
          id: 'invite-manager',
          text: 'Invite the manager to sit in on next week’s group and hear for himself how the men are doing.',
          feedback:
            'Not correct. An open door can build trust when a group asks for it. Bringing in the man who runs their housing, without asking them, changes what is safe to say and makes you part of monitoring. Ask the group, and your supervisor, first.',
          correct: false,
        },
      ],
    },
    {
      id: 'hon-reentry-free-rent',
      kind: 'rank',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'reentry',
      title: 'Free rent',
      situation:
        'Naomi, 33, left prison six weeks ago and is staying at a shelter. Last week she told you she would move in with an old friend who still uses heavily, in the apartment where her last return to use began. You told her then, plainly and kindly, that it worried you, and she said she would think it over. Today she says, "I heard you, and I’m still going. Free rent means I can save for my own place. Will you help me figure out how to stay on track there?"',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'questions-plan',
          text: 'Ask her what a normal day living there would look like, and what might make staying on track harder.',
          feedback:
            'This belongs first. You were honest last week, she heard you and decided, and now she is asking for help with her plan. Questions like these help her build it from her own knowledge of that place.',
        },
        {
          id: 'back-her-choice',
          text: 'Tell her it’s her call and you’re behind her, and offer to help her pack up and move in next week.',
          feedback:
            'This belongs second. It respects her decision and offers real help, but not the help she asked for. Planning how to stay on track there matters more than boxes.',
        },
        {
          id: 'concern-again',
          text: 'Say free rent would help, but that apartment still worries you after what she’s told you. Ask her view.',
          feedback:
            'This belongs last. Naming a concern and asking her view is the right move the first time, and you already did it. Saying it again after she has heard you and decided turns honesty into pressure, and she may stop telling you her plans.',
        },
      ],
    },
    {
      id: 'hon-drop-advice-too-soon',
      kind: 'value',
      pool: 'check',
      value: 'empathetic',
      setting: 'drop-in',
      title: 'An apology, already?',
      situation:
        'Nasir, 44, sits down next to you at the drop-in center, his eyes red. "I don’t need advice," he says. "I just need someone to hear this." He starts to tell you that his son said last night he does not want him at his graduation. Before Nasir finishes, a new peer worker at the table cuts in: "Honestly? Sounds like you owe him an apology."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Yes. Nasir is in pain, said plainly that he needs to be heard, and has not even finished his story. Jumping to a verdict skips his feelings entirely; he needs someone to listen and understand first.',
          best: true,
        },
        {
          id: 'honest',
          value: 'honest-and-direct',
          feedback:
            'The new worker thinks he is being honest, so this is relevant, and his view might even be right. But Nasir asked to be heard, not advised, and nothing untrue was said; what failed is listening, not truth-telling.',
        },
        {
          id: 'change',
          value: 'facilitates-change',
          feedback:
            'Suggesting an apology is a step toward change, so this is relevant. But problem-solving only helps once the person feels heard and chooses a goal, and Nasir said he does not want advice now.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Nasir may be losing hope about his son, so this is relevant. But what went wrong at the table is that no one listened to his hurt before giving advice.',
        },
      ],
    },
    {
      id: 'hon-er-mother-waiting-room',
      kind: 'single',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'er',
      title: 'Is he using again?',
      situation:
        'You are a peer bridger in an emergency department. You spent the last hour with Marco, 24, who is now stable and resting. Before you stepped out, he said, "If my mom shows up, tell her I’m OK. Nothing else. I’m not up for seeing her tonight." In the waiting room, a woman stops you and says she is Marco’s mother: "The nurse said a peer person was with him. Is he using again?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'his-message',
          text: 'Tell her he asked you to let her know he’s OK, and that you can’t share anything more.',
          feedback:
            'This is honest and direct. You pass on exactly what Marco agreed to, and you say plainly that there is more you cannot share, without pretending or dodging. Her worried question about use stays his to answer.',
          best: true,
        },
        {
          id: 'ask-him-first',
          text: 'Tell her you can’t share anything without his OK, and offer to ask Marco if he wants a visit.',
          feedback:
            'Checking with the patient first is the right move when you do not know what he wants. Marco already told you: she may hear he is OK, and he does not want a visit tonight. Holding back his message, and asking again, leaves her more afraid for no reason.',
        },
        {
          id: 'sit-and-listen',
          text: 'Ask her what has her so worried, and sit with her for a few minutes while she waits for news.',
          feedback:
            'Listening to a frightened parent is kind, and you may do it after. But you are holding the news she is waiting for, and Marco asked you to pass it on. Give her his message first.',
        },
        {
          id: 'nurse-desk',
          text: 'Tell her the nurses can explain what family may know, and walk her over to the desk.',
          feedback:
            'Walking someone to the right person helps when the answer is theirs to give. Here Marco gave the message to you. Pass it on honestly, and be clear about what you cannot share.',
        },
      ],
    },
    {
      id: 'hon-res-good-word',
      kind: 'single',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'Put in a good word',
      situation:
        'Milo, 26, has been in a residential program for five weeks. He asks you to "put in a good word" with the team on Thursday so he can get his first weekend pass. This week he skipped three of his five groups and slept through most mornings. The team will ask for your view, and you plan to mention the missed groups.',
      prompt: 'What do you say to Milo?',
      options: [
        {
          id: 'say-what-youll-say',
          text: 'Tell him you’ll bring up the missed groups Thursday, and ask what’s been going on this week.',
          feedback:
            'This is honest and direct. He asked you to speak for him, and now he knows what you will actually say before you say it, so Thursday holds no surprises. You also ask about the cause, and trust survives because nothing is hidden.',
          best: true,
        },
        {
          id: 'name-worry',
          text: 'Tell him the missed groups worry you, and ask what’s been going on for him this week.',
          feedback:
            'Naming a concern and asking is a strong move, and often the best one. But he asked you to speak for him on Thursday, and this leaves him guessing what you will say. Tell him plainly what you will share with the team.',
        },
        {
          id: 'help-own-case',
          text: 'Offer to help him write his own request to the team, listing the progress he has made.',
          feedback:
            'Helping him speak for himself is a strong move when you can back what he says. Here he would walk into Thursday not knowing you plan to raise the missed groups. Tell him first; then help him make his case.',
        },
        {
          id: 'counselor-call',
          text: 'Tell him the pass is up to the team, and suggest he ask his counselor what they look for.',
          feedback:
            'This is true, and pointing him to his counselor fits when you have no part in the decision. But the team will ask you, and you know what you will say. Ducking his request means he will be surprised on Thursday.',
        },
      ],
    },
    {
      id: 'hon-warm-been-where-i-am',
      kind: 'single',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'warmline',
      title: 'Have you been where I am?',
      situation:
        'Mira, 35, calls the warmline a week after losing her nursing job, the career she worked ten years to build. She asks, "Have you ever been where I am? Be honest." You have lived experience of alcohol use, and nine years ago you lost a paramedic job you loved when your drinking came to light.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'yes-and-brief',
          text: 'Tell her yes, you once lost work you loved, and you know that grief. Ask what this week has been like.',
          feedback:
            'This is honest and brief. She asked a direct yes-or-no question, and your answer is yes: you lost a career you loved too. You say so in a sentence and turn the focus back to her. Several state peer codes ask you to tell your story accurately.',
          best: true,
        },
        {
          id: 'no-but-connect',
          text: 'Tell her no, not this exact loss, but you know the fear of starting over. Ask what it has been like for her.',
          feedback:
            'Saying "not this exact loss" is the honest answer when your story differs from the caller’s. Yours does not: you lost a job you loved too. Playing it down is not accurate, and it holds back the one thing she asked about. Say yes, briefly, then turn back to her.',
        },
        {
          id: 'name-the-loss',
          text: 'Name how big this loss sounds, and ask her what this past week has been like for her so far.',
          feedback:
            'Reflecting her loss is usually a fine way to keep the focus on the caller. But she asked you a direct, fair question, and skipping it feels evasive. A short, honest answer, then a question about her, builds more trust.',
        },
        {
          id: 'whole-story',
          text: 'Tell her about the year you lost your job, what it did to you, and what helped you get back up.',
          feedback:
            'The fuller story fits when a caller asks how you got through it. Mira asked whether you have been there, and a week into her loss a long story moves the focus to you. Answer yes in a sentence, then return to her; she can ask for more.',
        },
        {
          id: 'others-made-it',
          text: 'Tell her many callers have come through losing a job, and ask her what has been the hardest part.',
          feedback:
            'Hope from others’ stories fits when someone asks whether people get through this. Mira asked about you, so this sidesteps her question. Tell her honestly that you have been there, briefly.',
        },
      ],
    },
    {
      id: 'hon-drop-am-i-drinking-too-much',
      kind: 'single',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'drop-in',
      title: 'Be straight with me',
      situation:
        'Manny, 47, has come to the drop-in center most days for a month. Three times you have smelled alcohol on him in the afternoon. Today he pulls you aside: "Be straight with me. Do you think I’m an alcoholic?" He adds that he sees his family doctor on Thursday, the one person in health care he trusts; court-ordered classes years ago left him "done with counselors."',
      prompt: 'What do you say?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'raise-with-doctor',
          text: 'Say a label isn’t yours to give, share what you’ve seen, and ask if he’d raise it with his own doctor.',
          feedback:
            'This is honest, direct and in role. He asked for a label, so you say plainly that you cannot give one and share what you have actually seen. Then you point his question to someone qualified to answer it, the doctor he already trusts and will see on Thursday.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'book-counselor',
          text: 'Say a label isn’t yours to give, share what you’ve seen, and offer to book him with a substance use counselor.',
          feedback:
            'Linking someone with a counselor who can assess is often the right next step. Manny just told you he is done with counselors and trusts his doctor, whom he sees Thursday. Offering the route he has ruled out makes it less likely he gets an answer at all.',
        },
        {
          id: 'own-story',
          text: 'Say a label isn’t yours to give, share what you’ve seen, and tell him how you came to see your own drinking.',
          feedback:
            'Your story can help when someone asks how you knew. Manny asked what you think of him, and the question behind it needs someone who can assess. Share what you have seen, then point him to the doctor he trusts.',
        },
        {
          id: 'ask-his-view',
          text: 'Say a label isn’t yours to give, share what you’ve seen, and ask what he has noticed about his drinking.',
          feedback:
            'Asking his own view is a good step in many talks about drinking. But he asked a question only a qualified person can answer, and this leaves it with nowhere to go. Point him to his doctor on Thursday; his own view can be part of that talk.',
        },
        {
          id: 'name-the-disorder',
          text: 'Tell him from what you’ve seen it sounds like alcohol use disorder, and his doctor can confirm it.',
          feedback:
            'Suggesting his doctor is right, but naming a diagnosis is outside the peer role. Your label could shape how he sees himself before anyone has assessed him. Share what you noticed, not a diagnosis.',
          safety: 'unsafe',
          instead: 'Say you cannot diagnose, share what you have noticed, and encourage him to raise it with his doctor on Thursday.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
