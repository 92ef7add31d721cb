import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'voluntary',
  questions: [
    // ─────────────────────────── PRACTICE POOL (11) ───────────────────────────
    {
      id: 'vol-res-phase-group',
      kind: 'single',
      pool: 'practice',
      value: 'voluntary',
      setting: 'residential',
      title: 'Group or no phase-up',
      situation:
        'Attendance at your peer group in a residential program has been low. The clinical director asks you to announce at tonight’s house meeting that anyone who skips peer group will be held back from the next phase. She says the decision is final. Your supervisor is away at a training until Monday and can’t be reached. The director is in her office until the meeting starts.',
      prompt: 'What do you do before tonight’s meeting?',
      safety: ['role-limits'],
      options: [
        {
          id: 'director-yourself',
          text: 'Talk with the director yourself before the meeting, and fill your supervisor in on Monday.',
          feedback:
            'Your supervisor can’t be reached before tonight, and the director is down the hall, so this is the only way to raise the conflict before the rule goes out. Tell her calmly that making group a condition for moving forward turns a voluntary service into a requirement, and ask if it can wait until your supervisor is back. That protects the voluntary value and keeps you open with the team.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'supervisor-first',
          text: 'Ask your supervisor to join you in talking with the director before tonight’s meeting.',
          feedback:
            'Bringing your supervisor to a talk with the director is the best move when your supervisor is around: this is a role conflict, and two voices carry more weight. But your supervisor is away and can’t be reached before tonight, so this plan can’t happen in time and the rule goes out as it is. Talk with the director yourself now.',
        },
        {
          id: 'supervisor-raise',
          text: 'Hold off on the announcement, and ask your supervisor to raise it with the director Monday.',
          feedback:
            'Handing a role conflict to your supervisor to take up is right when there is time. Tonight there isn’t: your supervisor can’t be reached until Monday, and skipping the announcement without a word leaves the director expecting it and the conflict unspoken. Talk with her yourself before the meeting.',
        },
        {
          id: 'director-announce',
          text: 'Ask the director to make the announcement herself, and raise it with your supervisor Monday.',
          feedback:
            'Not being the one who enforces the rule is fair, and raising it with your supervisor is right. But the rule would still go out tonight, making a voluntary group a condition before anyone has questioned it, while the director is in her office now. Talk with her first; if she still goes ahead, asking her to announce it herself is a fair next step.',
        },
      ],
    },
    {
      id: 'vol-drop-reoffer',
      kind: 'rank',
      pool: 'practice',
      value: 'voluntary',
      setting: 'drop-in',
      title: 'After the first no',
      situation:
        'Bertram, 67, comes to the recovery community center most mornings for coffee and the newspaper. Last week you offered him peer support. He said, "Not this week, my grandson is visiting. Ask me again next week." Today his grandson has gone home, and Bertram waves you over to his table. "Sit down a minute," he says. "This crossword is beating me."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'crossword-then-ask',
          text: 'Sit down for the crossword, then ask about peer support before you go.',
          feedback:
            'Most helpful. He invited you to sit, and last week he asked you to ask him again this week. Doing both, in that order, follows his lead on today and on the offer. Whatever he says, his answer stands; that is the voluntary value.',
        },
        {
          id: 'crossword',
          text: 'Sit down, help with the crossword, and talk about whatever he brings up.',
          feedback:
            'Second. Following someone’s lead is often the best move after a no, and you accept his invitation. But Bertram did not say no; he asked you to ask again this week. Waiting for him to raise it leaves the next step with him when he gave it to you.',
        },
        {
          id: 'ask-first',
          text: 'Sit down, and ask about peer support first, then get to the crossword.',
          feedback:
            'Third. You do ask again, as he wanted. But he called you over for the crossword, and leading with your offer puts your agenda ahead of his invitation. Start with what he asked for, and bring up peer support before you go.',
        },
        {
          id: 'wave-back',
          text: 'Wave back, say good morning, and leave him to his coffee and his paper.',
          feedback:
            'Least helpful. Giving space is right when someone only waves hello. Bertram asked you to sit, and he asked you to ask again this week, so this turns down his invitation and skips the follow-up he chose.',
        },
      ],
    },
    {
      id: 'vol-warmline-consent',
      kind: 'multi',
      pool: 'practice',
      value: 'voluntary',
      setting: 'warmline',
      title: 'Is this confidential?',
      situation:
        'Adela, 52, is calling the peer warmline for the first time. Before saying anything else she asks, "Is this confidential? Are you going to write down my name or tell anyone?" She sounds nervous but calm. Your line lets callers stay anonymous and keeps no written record of calls. A call is shared only when someone is in danger.',
      prompt: 'Which of these belong in your answer? Choose all that apply.',
      options: [
        {
          id: 'name-optional',
          text: 'Tell her she can skip giving her name, or use a first name only.',
          feedback:
            'Correct. Your line lets callers stay anonymous, and her name is one of the things she asked about. Knowing she can keep it to herself lets her choose how much to share, which is informed, voluntary support.',
          correct: true,
        },
        {
          id: 'what-logged',
          text: 'Tell her you note the date and topic of each call, but no names.',
          feedback:
            'Not correct here. Many lines do log the date and topic of calls, and there this would be the honest answer. Your line keeps no written record, so this would tell her something untrue and could make her more guarded. Tell her plainly that nothing is written down.',
          correct: false,
        },
        {
          id: 'danger-limit',
          text: 'Tell her a call is shared only when someone is in danger.',
          feedback:
            'Correct. This is the limit of privacy on your line, said plainly. She can only make an informed choice about what to share if she knows the one time a call would leave the line.',
          correct: true,
        },
        {
          id: 'no-record',
          text: 'Tell her the line keeps no written record of any calls.',
          feedback:
            'Correct. She asked whether you will write anything down, and for your line this is the honest answer. Saying what is and is not recorded is part of informed consent, and it lets her decide what to share.',
          correct: true,
        },
        {
          id: 'callback',
          text: 'Ask for her first name and a number to call back if the line drops.',
          feedback:
            'Not correct here. A callback number is a key step on a telehealth call or when someone may be at risk. Adela is calm, your line is anonymous, and she just asked about her name, so asking for it now works against the choice she is trying to make. Answer her questions first.',
          correct: false,
        },
      ],
    },
    {
      id: 'vol-er-leaving-confused',
      kind: 'single',
      pool: 'practice',
      value: 'voluntary',
      setting: 'er',
      title: 'My choice to leave',
      situation:
        'Boyd, 61, came to the emergency department asking for help to stop drinking safely. An hour later you find him pulling on his coat near the exit. He is sweating, shaking so hard he holds the wall to stay upright, and keeps asking what city he is in. "It’s my choice to leave," he says. "You peer people are all about choice." His nurse is at the station about twenty feet away.',
      prompt: 'What do you do?',
      safety: ['overdose-medical'],
      options: [
        {
          id: 'stay-call-nurse',
          text: 'Stay beside him, tell him you’re worried, and call his nurse over to you right now.',
          feedback:
            'Confusion, sweating and hard shaking can be signs of dangerous alcohol withdrawal, a medical emergency. The voluntary value never outranks a risk to someone’s life, and a man who does not know what city he is in cannot make a safe choice right now. His nurse is twenty feet away, so staying put and calling her over gets emergency care to him fastest; document what happened as your site requires.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'walk-back',
          text: 'Walk him back to his bed, tell him you’re worried, and call his nurse over there.',
          feedback:
            'Getting someone back to care and calling the nurse is right when he is steady on his feet. Boyd is holding the wall to stay upright, so walking him across the unit risks a fall and slows help. Stay where he is, call his nurse to you, and document it afterward.',
          safety: 'unsafe',
          instead: 'Stay where he is and call his nurse over to you right away under your site’s emergency protocol.',
        },
        {
          id: 'call-911',
          text: 'Stay beside him, tell him you’re worried, and call 911 so an ambulance comes now.',
          feedback:
            'Staying and calling 911 is the right plan for a medical emergency in the community, like a drop-in center or a home visit. Boyd is inside an emergency department with his nurse twenty feet away, so an ambulance only adds delay. Call his nurse over now, and document it afterward.',
          safety: 'unsafe',
          instead: 'Stay with him and call his nurse over right away under your site’s emergency protocol.',
        },
        {
          id: 'nurse-talk',
          text: 'Stay beside him, tell him you’re worried, and ask his nurse to talk through the risks.',
          feedback:
            'When a clear-headed patient wants to leave against advice, asking the nurse to talk through the risks respects his choice. Boyd is confused and shaking, which points to an emergency, not a choice to weigh. He needs emergency care now; call his nurse over for that, and document it afterward.',
          safety: 'unsafe',
          instead: 'Stay with him and call his nurse over right away under your site’s emergency protocol.',
        },
      ],
    },
    {
      id: 'vol-rural-giving-away',
      kind: 'multi',
      pool: 'practice',
      value: 'voluntary',
      setting: 'rural-telehealth',
      title: 'Respect my choice',
      situation:
        'Beatriz, 45, has met with you by video for two months from the home she shares with her adult niece in a small farming town. Today she says she wants to stop your sessions. She adds that it "won’t matter soon anyway" and that she has been giving her things away to her nieces. "You always said this was my choice," she says, "so respect it." She is calm and talking clearly, and her niece is home in the next room.',
      prompt: 'Which of these should you do now? Choose all that apply.',
      safety: ['suicide-risk', 'remote-risk'],
      options: [
        {
          id: 'ask-directly',
          text: 'Stay on the call, tell her you’re worried, and ask directly if she is thinking about suicide.',
          feedback:
            'Correct. Her words and giving her things away are warning signs. Asking directly and calmly about suicide is safe, and it shows you take her seriously. Her wish to stop matters, but safety comes first.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'locate-three-way',
          text: 'Confirm where she is, and set up a three-way call with 988 while you stay on the video.',
          feedback:
            'Correct. On a video call, help can only reach her if you know where she is, so confirm her location and a callback number. Then tell her you are bringing in crisis help: a warm three-way connection keeps you with her while 988 joins, so she is not handed off cold. Afterward, document the call and debrief with your supervisor as your protocol requires.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'niece-sit',
          text: 'Ask if her niece can come and sit with her, and stay on the video while she does.',
          feedback:
            'Correct. Her niece is home in the next room, and having a trusted person beside her while crisis help joins makes her safer. Asking her first keeps her in the choice. If she lived alone, you would focus on the call and crisis help instead.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'call-911',
          text: 'Call 911 to send help to her home now, and stay on the video until they get there.',
          feedback:
            'Not correct here. Calling 911 while you stay on is right when someone has acted to harm herself or can’t stay safe while you connect her. Beatriz is calm and talking, and you have not yet asked her directly, so start there and bring in 988 on a three-way call; 911 stays ready if things change. Document whatever you do.',
          correct: false,
        },
        {
          id: 'supervisor-wait',
          text: 'Stay on the video, and bring in 988 and your supervisor before you ask about suicide.',
          feedback:
            'Not correct here. Bringing in 988 and your supervisor is part of the protocol, and after the call you document it with them. But asking about suicide should not wait for others to join: she has given clear warning signs and may end the call. Ask her directly now, then bring in crisis help while you stay on.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Ask her directly about suicide now, confirm her location, and set up a three-way call with 988 while you stay on the video.',
        },
      ],
    },
    {
      id: 'vol-reentry-court-order',
      kind: 'branch',
      pool: 'practice',
      value: 'voluntary',
      setting: 'reentry',
      title: 'What do you tell the court?',
      situation:
        'Bruno, 31, was released from jail last week. At your first meeting at the reentry center, he says, "The judge put peer support in my court order. So do I have to talk to you? And what do you tell the court?" Your program reports only his attendance to the court, never what he says. He has a public defender but hasn’t called her since his release.',
      prompt: 'What do you say?',
      safety: ['legal', 'role-limits'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'answer-plainly',
              text: 'Tell him the court hears only whether he came, and nothing that he says in your meetings.',
              feedback:
                'He asked what you tell the court, and you know the answer, so give it plainly. That is informed consent inside a court order: once Bruno knows what gets shared, he can choose what he talks about. Questions about what his order requires go to his public defender, and you can offer to help him call her.',
              best: true,
              safety: 'escalates',
              next: 'letter',
            },
            {
              id: 'lawyer-call',
              text: 'Tell him those are questions for his public defender, and offer to help him call her today.',
              feedback:
                'Sending questions about the order to his lawyer is right, and helping him call her is good support. But what your program tells the court is your question to answer, and you know the answer. Passing it to his lawyer sounds like a dodge, and his choice about what to share needs that fact now.',
              next: 'repair',
            },
            {
              id: 'ask-hopes',
              text: 'Ask what he has heard about peer support, and what he would want from it if he came.',
              feedback:
                'Asking what someone hopes for is a warm way to start when they have not asked anything yet. Bruno asked two direct questions, and moving past them leaves him guessing about what reaches the judge. Informed consent comes first: answer what you tell the court, then ask about his hopes.',
              next: 'repair',
            },
            {
              id: 'check-supervisor',
              text: 'Tell him you’ll check with your supervisor on what gets reported, and get back to him this week.',
              feedback:
                'Checking with your supervisor is the right move when you are not sure what your program reports. Here you do know, so waiting a week leaves Bruno unsure what reaches the judge while you meet. Give him the facts now, so his choice about what to share is informed.',
            },
          ],
        },
        {
          id: 'letter',
          lead: 'Bruno decides to keep meeting with you. A month later, he asks you to write his judge a letter saying he is "doing great" and doesn’t need the treatment program in his order. He has come to most of your meetings but missed two. Your program allows factual letters with the person’s consent and a supervisor’s okay.',
          prompt: 'What do you do?',
          options: [
            {
              id: 'factual-letter',
              text: 'Offer a factual letter, with his okay and your supervisor’s, and send the order question to his lawyer.',
              feedback:
                'This supports Bruno inside your role. A letter that states facts you know, sent with his consent and your supervisor’s approval, can help him, and he still decides whether it goes. Whether he needs the treatment program is a legal question for his lawyer, not a claim for you to make.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'own-words',
              text: 'Offer to help him write the letter in his own words, and ask what he most wants the judge to hear.',
              feedback:
                'Helping someone put their case in their own words is strong support for many letters, like one to a landlord. But a letter asking a judge to drop part of a court order is a legal matter, and coaching it drifts into legal advice. Offer a factual letter of your own, and send the order question to his lawyer.',
            },
            {
              id: 'lawyer-only',
              text: 'Tell him letters to the judge go through his lawyer, and offer to help him set up a call with her this week.',
              feedback:
                'Bringing in his lawyer is right for the treatment question, and in some programs letters do go only through lawyers. Yours allows factual letters with consent and approval, so a flat no takes away an option Bruno has. Offer the factual letter too.',
            },
            {
              id: 'as-asked',
              text: 'Write the letter as he asked, and have your supervisor read and sign off on it before it goes out.',
              feedback:
                'Supervisor approval is a good step, but it cannot fix the content: "doing great" and "doesn’t need treatment" are claims you cannot back up, and he missed two meetings. That steps outside the peer role and could hurt his case. Voluntary means his choices lead, not that you write whatever is asked.',
              safety: 'unsafe',
              instead:
                'Offer a letter that states only what you have seen, with his consent and your supervisor’s approval, and refer the treatment question to his lawyer.',
            },
          ],
        },
        {
          id: 'repair',
          lead: 'Bruno gives one-word answers for the rest of the meeting. At the door he says, "So you won’t even say what you tell the judge. Guess you basically work for him."',
          prompt: 'What do you say?',
          options: [
            {
              id: 'own-it',
              text: 'Say you should have answered straight, and tell him the court hears only whether he came.',
              feedback:
                'Owning the dodge and giving him the fact he asked for repairs trust and turns his choice back into an informed one. Then you can offer to help him call his public defender about the order itself. That keeps you in role and keeps peer support voluntary.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'fair-try',
              text: 'Tell him you’re on his side, and ask him to give next week’s meeting a fair try before he decides.',
              feedback:
                'Asking for a fair try can work when trust is fine and someone is just unsure. Bruno’s doubt comes from a question you did not answer, so reassurance without the fact leaves his choice resting on a guess. Answer what you tell the court first.',
            },
            {
              id: 'give-space',
              text: 'Tell him you hear him, and that you’ll see him next week after he’s had time to think.',
              feedback:
                'Giving space is respectful when someone needs time with a decision. Here he is leaving with the idea that you report to the judge, and that idea will shape whether he comes back. Correct it now, while he is still at the door; that is what keeps his choice voluntary.',
            },
            {
              id: 'supervisor-explains',
              text: 'Ask him to wait a minute while your supervisor comes to explain the program’s rules.',
              feedback:
                'Bringing in your supervisor helps when you do not know the rules, or when someone asks for a person in charge. You know the answer, and two staff at the door can feel like more pressure to a man who thinks you work for the judge. Give him the fact yourself.',
            },
          ],
        },
      ],
    },
    {
      id: 'vol-youth-parent-reports',
      kind: 'branch',
      pool: 'practice',
      value: 'voluntary',
      setting: 'youth-family',
      title: 'Just between us',
      situation:
        'You have met with Bryce, 15, for three weeks through a youth peer program. He chose to keep coming after his first visit. His mother calls you. "Just tell me if he mentions vaping or skipping school," she says. "He doesn’t need to know I asked." Your program shares attendance with parents, and shares more only with a teen’s okay or if their safety is at risk, following agency policy and state law.',
      prompt: 'What do you say to his mother?',
      safety: ['role-limits'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you say to his mother?',
          options: [
            {
              id: 'tell-rules',
              text: 'Tell her the program shares attendance with parents, and that Bryce will hear she called.',
              feedback:
                'You know the program’s rules, so you can answer her plainly: attendance, yes; what Bryce says, only with his okay or if his safety is at risk. Saying Bryce will hear about the call means you won’t report on him in secret, and his choice to keep coming rests on that trust. If she wants to talk it over further, your supervisor can meet with her.',
              best: true,
              safety: 'escalates',
              next: 'with-bryce',
            },
            {
              id: 'ask-supervisor',
              text: 'Say you’ll ask your supervisor what parents are told, and that Bryce will hear she called.',
              feedback:
                'Checking with your supervisor is the right step when you don’t know what a program shares with parents. Here you do know, so putting her off leaves a worried mother waiting for an answer you could give now. Tell her the rules plainly, and that Bryce will hear she called.',
            },
            {
              id: 'listen',
              text: 'Ask what she has noticed at home, and tell her you’ll keep her worries in mind with Bryce.',
              feedback:
                'Listening to a worried parent is often the right start. But after she asked for secret reports, "I’ll keep it in mind" sounds like a yes, and it sets her agenda for his sessions without his knowledge. That strains his voluntary, informed choice; tell her what the program shares, and be open with Bryce about the call.',
              next: 'after-promise',
            },
            {
              id: 'family-talk',
              text: 'Tell her you’ll let Bryce know she called, and offer a meeting where the three of you can talk.',
              feedback:
                'Saying Bryce will hear about the call is right, and a family meeting can help when the young person wants one. But Bryce has not been asked, and his mother still hasn’t heard what the program will and won’t tell her. Give her the rules plainly, then ask Bryce what he wants.',
            },
          ],
        },
        {
          id: 'with-bryce',
          lead: 'His mother says she understands, though she wishes it were different. You meet with Bryce next.',
          prompt: 'What do you tell Bryce?',
          options: [
            {
              id: 'tell-him',
              text: 'Tell him about his mom’s call and what parents hear, and ask how he wants to handle it.',
              feedback:
                'This is transparency that protects his choice. Bryce now knows exactly what reaches his mother and can decide what to share and whether to talk with her. Note the call and your talk as your program requires.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'rules-only',
              text: 'Explain what the program shares with parents and when, and ask what he would like to talk about today.',
              feedback:
                'Going over the sharing rules is right at any point, and letting him set the topic is good. But leaving out his mom’s call keeps a secret about him, and he may find out later. Informed consent means he hears about the call too.',
            },
            {
              id: 'ask-topics',
              text: 'Tell him his mom called worried about vaping and school, and ask how those have been going.',
              feedback:
                'Telling him about the call is honest. Then asking about vaping and school takes up her agenda, and the session turns into a check-up, which strains the voluntary value. If Bryce raised those topics himself, talking them through would be fine; let him decide what to talk about.',
            },
            {
              id: 'family-meeting',
              text: 'Tell him his mom called, and ask if he’d like to sit down with her and you later this week.',
              feedback:
                'Offering a family talk can be a good idea, and you do tell him about the call. But he hasn’t heard what she asked or what the program shares, so he can’t yet make an informed choice about meeting. Give him the facts first, then ask how he wants to handle it.',
            },
          ],
        },
        {
          id: 'after-promise',
          lead: 'After you hang up, you realize his mother now expects you to listen for vaping and school and report back, and Bryce doesn’t know she called. Your next meeting with him is tomorrow.',
          prompt: 'What do you do?',
          options: [
            {
              id: 'undo',
              text: 'Call his mother back to take back what you said, then plan with your supervisor how to tell Bryce.',
              feedback:
                'Fixing a mistake quickly is part of being trustworthy. Your supervisor can help you plan the repair and what to document, and Bryce deserves to hear about the call from you. This restores his voluntary, informed choice to keep coming.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'serious-only',
              text: 'Pass on only what seems truly serious, and check with your supervisor about what should count.',
              feedback:
                'Checking with your supervisor is wise, but narrowing the deal still leaves a secret arrangement in place. Real safety concerns follow your program’s policy and state law, not a private deal, and anything shared behind his back breaks his informed choice. Undo the arrangement with his mother first.',
              safety: 'unsafe',
              instead: 'Tell his mother you cannot report in secret, talk with your supervisor, and plan how to tell Bryce about her call.',
            },
            {
              id: 'tell-bryce',
              text: 'Tell Bryce at tomorrow’s meeting that his mom asked you to watch for vaping and skipping school.',
              feedback:
                'Telling Bryce is honest, and he needs to know. But his mother still thinks you agreed, and you haven’t talked the slip over with your supervisor. Correct it with her and plan with your supervisor first, so you can give Bryce the full picture.',
            },
            {
              id: 'new-mentor',
              text: 'Ask your supervisor to match Bryce with a new mentor who has no deal with his mother.',
              feedback:
                'A new match can help when a relationship truly can’t be repaired. Here it punishes Bryce for your mistake and ends a relationship he chose freely. Own the mistake, undo it, and keep working with him openly.',
            },
          ],
        },
      ],
    },
    {
      id: 'vol-youth-plan-meeting',
      kind: 'value',
      pool: 'practice',
      value: 'equally-shared-power',
      setting: 'youth-family',
      title: 'We’ve got this covered',
      situation:
        'Adrian, 17, asked to join your youth peer program himself, comes every week, and says he wants to keep coming. At his planning meeting, his mother and his caseworker choose his goals for the next three months. Adrian told you last week that his own goal is a part-time job, but no one asks him. When you ask what he thinks, the caseworker says, "We’ve got this covered."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Yes. Adrian is in the room and has a goal of his own, but others are making his decisions for him. Shared power means his voice shapes his own plan, and you can ask that he be heard before goals are set.',
          best: true,
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Choice runs through all peer support, so this is relevant. But Adrian chose to join, wants to keep coming, and no one is making him take part. The problem is who decides what goes in the plan he chose, which is shared power.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Talking over Adrian is disrespectful, so this matters. But the deeper issue is not manners; it is that his goals are being set without him. That is about who holds power in the decision.',
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Goal-setting is part of facilitating change, so this is close. But setting goals is not the problem here; who sets them is. A plan Adrian did not help shape is a shared-power problem first.',
        },
      ],
    },
    {
      id: 'vol-drop-straight-answer',
      kind: 'value',
      pool: 'practice',
      value: 'honest-and-direct',
      setting: 'drop-in',
      title: 'Tell me straight',
      situation:
        'Benji, 26, chose to work with you at the drop-in center and is four months into his recovery. He plans to move in with two friends who still use drugs, because the rent is cheap. He asks you, "Tell me straight. Do you think this is a bad idea?" You do have a worry about it.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Yes. Benji asked for your real view. Sharing your worry kindly and plainly, while the decision stays with him, is honest and direct feedback offered as respect.',
          best: true,
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'The decision is his, so choice matters here. But no one is pushing him, and he asked for your view. Holding back "because it’s his choice" would mistake voluntary for silence; the value most at stake is honesty.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'You should not decide for him, so power is part of this. But he has not handed you the decision; he asked what you think. Whether you answer truthfully is the heart of it.',
        },
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'Not judging his friends or his path matters. But you can be open-minded and still name a worry when asked. The question he put to you is about honesty.',
        },
      ],
    },
    {
      id: 'vol-reentry-not-now',
      kind: 'single',
      pool: 'practice',
      value: 'voluntary',
      setting: 'reentry',
      title: 'Enough programs',
      situation:
        'Arturo, 50, came home from prison yesterday after nine years. At the reentry center’s welcome meeting, you offer him peer support. He says, "Not now. I’ve had enough programs to last me a lifetime. Catch me after I see my parole officer next Tuesday. I’ll know where I stand then."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'after-tuesday',
          text: 'Say that’s fine, and agree on a day next week to check back in with him.',
          feedback:
            'He told you how he wants this to work: not now, and you catch him after Tuesday. Agreeing and setting a day follows the plan he made, so the next step happens on his terms. That is the voluntary value after a "not now."',
          best: true,
        },
        {
          id: 'where-to-find',
          text: 'Say that’s fine, and tell him the days and the place where he can find you.',
          feedback:
            'Telling someone where to find you is the right move when they say they will come to you. Arturo asked you to catch him after Tuesday, so leaving it to him to come find you drops the plan he gave you. Agree on a day to check back in.',
        },
        {
          id: 'first-week',
          text: 'Ask what he needs most this first week, and offer to help with one of those things.',
          feedback:
            'Practical help in the first days home can open a door when someone is open to it. Arturo has just said not now, and a second offer right after can feel like a program by another name. Follow his plan and check back after Tuesday.',
        },
        {
          id: 'peer-intro',
          text: 'Offer to introduce him to another peer who came home after a long sentence.',
          feedback:
            'Meeting someone who has walked the same road can be a strong offer for a person looking for connection. Right after Arturo said not now, it is another offer on top of the first, which can feel like pressure. Accept his answer and check back after Tuesday, as he asked.',
        },
      ],
    },
    {
      id: 'vol-youth-teen-consent',
      kind: 'single',
      pool: 'practice',
      value: 'voluntary',
      setting: 'youth-family',
      title: 'A waste of time',
      situation:
        'Brooke, 16, stops at your youth peer program’s table at her school’s health fair. She wants to sign up for peer mentoring, and she already knows the program needs a parent’s signature at her age, under agency policy and state law. "My dad would call it a waste of time," she says. "Could you call him and explain it? He listens to adults more than me."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'yes-plan-call',
          text: 'Say yes, and ask what she wants her dad to hear and when you should call.',
          feedback:
            'Brooke knows the rules and has chosen how she wants to handle them: she asked you to call. Saying yes and asking what she wants said keeps her in charge of her own sign-up, which is the voluntary value. If anything about consent is unclear, check with your supervisor on what your policy allows.',
          best: true,
        },
        {
          id: 'explain-rules',
          text: 'Tell her what consent she needs at her age, and ask how she’d like to handle it.',
          feedback:
            'Explaining the rules and asking how a teen wants to handle them is the right start when she hasn’t heard them. Brooke already knows she needs a signature, and she has told you how she wants to handle it. Answer the request she made: agree to call, and plan the call with her.',
        },
        {
          id: 'form-flyer',
          text: 'Give her the consent form and a flyer about the program to take home to her dad.',
          feedback:
            'Handing over the form is the right next step when a parent is likely on board. Brooke has told you her dad may object and asked you to call him, so paper alone leaves her alone with the hard part she asked for help with. Agree to call, and plan it with her.',
        },
        {
          id: 'hopes-first',
          text: 'Ask what she hopes to get from mentoring, and book her a first meeting this week.',
          feedback:
            'Asking about her hopes is a warm start, and booking a meeting right away fits programs where teens can consent on their own. Here a parent’s signature is needed first, so booking now sets her up for a letdown and skips the help she asked for. Agree to call her dad, and plan it with her.',
        },
      ],
    },

    // ──────────────────────────── CHECK POOL (9) ─────────────────────────────
    {
      id: 'vol-reentry-auto-caseload',
      kind: 'value',
      pool: 'check',
      value: 'voluntary',
      setting: 'reentry',
      title: 'Signed up without asking',
      situation:
        'At a reentry center, the program manager wants to add every new arrival to your peer caseload automatically. Anyone who skips peer meetings would have "refused services" written in a file that case managers and parole officers can read. Bashir, 38, who arrived yesterday, asks you if he has to meet with you.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Yes. Signing people up without asking, and marking a "refusal" that others can see, turns an offer into a requirement with a penalty. Bashir should hear that peer support is his choice, and you can raise the plan with your supervisor.',
          best: true,
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Close, since the manager is making decisions for people. But the core question is whether Bashir can freely say yes or no to peer support at all. Shared power matters most once he has chosen to take part.',
        },
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Bashir deserves a straight answer and a clear picture of what goes in his file, so honesty is relevant. But the honest answer serves a deeper point: he should not be made to take part. That is the voluntary value.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Treating Bashir as an adult who runs his own life matters here. But the specific harm is an offer turned into a requirement, with a penalty for saying no. That is the voluntary value.',
        },
      ],
    },
    {
      id: 'vol-er-openers',
      kind: 'multi',
      pool: 'check',
      value: 'voluntary',
      setting: 'er',
      title: 'Before his ride comes',
      situation:
        'Abel, 44, is in the emergency department after a minor car crash. Drinking was involved. He is medically cleared, and his brother will pick him up in about ten minutes. He told the nurse he feels ashamed and is not ready to hear about treatment. Then he asked if anyone here has "been through something like this" and could talk with him before his brother comes. You crashed a car after drinking yourself, years ago, and you share that story at work when it may help. The team asks you to go see him.',
      prompt: 'Which of these openers fit Abel right now? Choose all that apply.',
      options: [
        {
          id: 'short-talk',
          text: '"I’m a peer worker. Would it help to talk for a few minutes while you wait?"',
          feedback:
            'Correct. It fits the ten minutes he has and leaves the topic open. A question he can answer either way is an invitation, the heart of voluntary support.',
          correct: true,
        },
        {
          id: 'card-later',
          text: '"I’m a peer worker. Here’s my card, in case you want to talk another day."',
          feedback:
            'Not correct here. A card is the right opener when someone says "not now" or has no time to talk. Abel asked for someone to talk with before he leaves, and he has ten minutes, so a card for another day puts off the talk he chose. Talk with him now; you can still give him a card at the end.',
          correct: false,
        },
        {
          id: 'my-story',
          text: '"I’m a peer worker. I crashed after drinking too, years ago. Want to hear about it?"',
          feedback:
            'Correct. Abel asked whether anyone has been through something like this, and you have: a brief, purposeful piece of your story answers his own question. Asking before you tell it leaves the choice with him.',
          correct: true,
        },
        {
          id: 'treatment',
          text: '"I’m a peer worker. Would you like to go over some treatment options while you wait?"',
          feedback:
            'Not correct here. Offering treatment information is right when someone asks about it or is weighing options. Abel said he is not ready to hear about treatment, so this puts the team’s agenda ahead of his. Answer the question he did ask, in the time he has.',
          correct: false,
        },
        {
          id: 'brother-later',
          text: '"I’m a peer worker. Want me to call your brother and ask him to come a bit later?"',
          feedback:
            'Not correct here. Offering to make a call can be real help when someone asks for more time or can’t make the call himself. Abel asked to talk before he goes, not for more time, and moving his ride leans on him to stay longer than he chose. Use the ten minutes he has.',
          correct: false,
        },
      ],
    },
    {
      id: 'vol-res-stop-sessions',
      kind: 'rank',
      pool: 'check',
      value: 'voluntary',
      setting: 'residential',
      title: 'Enough on my plate',
      situation:
        'Amos, 40, is in week five of a residential program and has met with you weekly since he arrived. He just started a job class he is excited about. "I’ve thought about it," he says. "I’ve got enough on my plate, and I want to put my energy into the class. I’d like to stop our sessions for now."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'accept-open',
          text: 'Tell him you understand, and that he can restart the sessions any time.',
          feedback:
            'Most helpful. He thought it over and chose to stop so he can focus on the class. Accepting his no and leaving the door open honors that choice, which is the voluntary value, and it cheers on the goal he picked.',
        },
        {
          id: 'other-time',
          text: 'Ask him whether another day or time would work better for him this week.',
          feedback:
            'Second. Offering another time is the right move when someone wants to keep meeting and only the schedule is in the way. Amos did not name a schedule problem; he chose to stop. Offering a new time asks him to defend a choice he has made; accept it.',
        },
        {
          id: 'tell-counselor',
          text: 'Note that he is stopping, and let his counselor know he has put the class first.',
          feedback:
            'Third. Noting the change is part of the job, but passing his news to his counselor before he has said how he wants it shared skips his choice. Accept his decision with him first, and ask him what he would like the team to know.',
        },
        {
          id: 'move-class',
          text: 'Ask his counselor whether the job class could move to a different morning.',
          feedback:
            'Least helpful. Speaking up to the team can help when someone asks you to. Amos did not, and the class time is not his problem; he wants to focus on it. Working to keep your sessions going acts for him against the choice he just made.',
        },
      ],
    },
    {
      id: 'vol-warmline-no-transfer',
      kind: 'branch',
      pool: 'check',
      value: 'voluntary',
      setting: 'warmline',
      title: 'Don’t pass me off',
      situation:
        'Avery, 27, calls the peer warmline most weeks to talk about her job. Tonight she sounds flat. She says she is "tired of everything" and that her cat would be "better off with my sister." Early in the call she told you, "I just want to talk. Don’t pass me off to anyone."',
      prompt: 'What do you do first?',
      safety: ['suicide-risk', 'remote-risk'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'ask-directly',
              text: 'Tell her what she said worries you, and ask directly whether she is thinking about suicide.',
              feedback:
                'Being tired of everything and rehoming her cat are warning signs. Asking directly and calmly about suicide is safe, and it tells her you can hear the hard things. Asking first, and waiting for her answer, also keeps you talking with her, which honors her wish to be heard.',
              best: true,
              safety: 'escalates',
              next: 'says-yes',
            },
            {
              id: 'ask-and-transfer',
              text: 'Ask her directly about suicide, and start a three-way call with 988 while you stay on the line.',
              feedback:
                'Asking directly is right, and a three-way call with 988 while you stay on is the right move once you know she is thinking about suicide. Starting it before she answers, right after she asked not to be passed off, may lose her. Ask, listen to her answer, and then bring in 988 if needed.',
              safety: 'unsafe',
              instead:
                'Ask her directly about suicide, listen to her answer, and if needed set up a three-way call with 988 while you stay on the line.',
              next: 'after-transfer',
            },
            {
              id: 'ask-and-911',
              text: 'Ask her directly about suicide, and signal a coworker to call 911 while you stay on the line.',
              feedback:
                'Having a coworker call 911 while you stay on is right when a caller has acted to harm herself or can’t stay safe while you talk. Avery is talking, and you don’t know her answer yet, so sending emergency help first skips her voice and may end the call. Ask, listen, and bring in 988 if needed; document the call afterward.',
              safety: 'unsafe',
              instead:
                'Ask her directly about suicide, listen to her answer, and if needed set up a three-way call with 988 while you stay on the line.',
              next: 'after-transfer',
            },
            {
              id: 'supervisor-listen',
              text: 'Tell her you’ll stay on the line, and ask your supervisor to listen in before you go further.',
              feedback:
                'Getting your supervisor on a hard call is good practice, and staying on the line is right. But she asked not to be passed off, and the warning signs call for a direct question now, not after someone joins. Ask her directly about suicide yourself; your supervisor can help with next steps and with documenting the call.',
              safety: 'unsafe',
              instead:
                'Stay with her, ask her directly about suicide, and if needed set up a three-way call with 988 while you stay on the line.',
            },
          ],
        },
        {
          id: 'says-yes',
          lead: 'Avery says yes, she has had thoughts of suicide tonight. She is at home alone. "Please don’t send me to a hotline," she says. "You said this was voluntary."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'three-way',
              text: 'Tell her you’ll stay on the line but must bring in crisis help, and set up a three-way call with 988.',
              feedback:
                'Staying with her while crisis help joins is a warm handoff, not a pass-off. Being honest about what you are doing keeps her trust, and 988 brings skills a warmline does not have. Afterward, document the call and tell your supervisor, as your protocol requires.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'end-then-call',
              text: 'Tell her you understand, end the call gently, and then call 988 and your supervisor yourself right away.',
              feedback:
                'Calling for help is right, but hanging up leaves her alone at the worst moment, and help may not be able to reach her. Never end a call with someone at risk. Stay on the line and bring crisis help in with a three-way call.',
              safety: 'unsafe',
              instead: 'Stay on the line and set up a three-way call with 988, telling her what you are doing.',
            },
            {
              id: 'stay-only',
              text: 'Agree to keep it between you, talk with her as long as she needs, and document the call afterward.',
              feedback:
                'Staying on the line is right, and so is documenting. But a warmline is not a crisis line, and keeping this between the two of you means no crisis help reaches her. The voluntary value never outranks a risk to life; bring in 988 while you stay with her.',
              safety: 'unsafe',
              instead: 'Keep talking with her, tell her you need to bring in crisis help, and set up a three-way call with 988.',
            },
            {
              id: 'hold-find',
              text: 'Ask her to hold for a moment while you find your supervisor, so you can decide together what’s next.',
              feedback:
                'Bringing in your supervisor is part of the protocol, but putting her on hold leaves her alone, and she may hang up. Keeping her safe means staying connected. Keep talking with her, and get help without leaving the call.',
              safety: 'unsafe',
              instead:
                'Stay on the line and keep talking; signal for your supervisor or start a three-way call with 988 without putting her on hold.',
            },
          ],
        },
        {
          id: 'after-transfer',
          lead: 'Avery says, "Forget it, then. I knew I shouldn’t have called." She goes quiet, but the line is still open.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'stay-and-ask',
              text: 'Keep talking, say you moved too fast, and ask her directly whether she is thinking about suicide.',
              feedback:
                'Owning the rush and staying on the line keeps her connected, and asking directly shows you are listening. If she says yes, tell her you will stay while you bring in 988 on a three-way call, and document the call with your supervisor afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'let-her-go',
              text: 'Tell her that’s okay, that she can call back any time tonight, and let her end the call if she needs to.',
              feedback:
                'Letting a caller end the call is fine when there are no warning signs. Avery has given real ones, so this lets someone at risk hang up alone. Stay on the line and ask her directly about suicide.',
              safety: 'unsafe',
              instead: 'Stay on the line, say you moved too fast, and ask her directly and calmly about suicide.',
            },
            {
              id: 'push-transfer',
              text: 'Explain again why 988 is the right place for a night like this, and carry on with the three-way call.',
              feedback:
                'Crisis help may be needed, but pressing on right after she said no may end the call, and it leaves her no voice at all. Reconnect first: stay, listen and ask directly, then bring in 988 on a three-way call while you stay on the line.',
              safety: 'unsafe',
              instead:
                'Keep talking, ask her directly about suicide, and if needed bring in 988 on a three-way call while you stay on the line.',
            },
          ],
        },
      ],
    },
    {
      id: 'vol-er-first-words',
      kind: 'single',
      pool: 'check',
      value: 'voluntary',
      setting: 'er',
      title: 'Go talk to her',
      situation:
        'Bianca, 23, is in the emergency department with a hurt wrist after a party. Her blood alcohol level was high, but she is now awake and has just been discharged. The doctor asks you, the peer bridger, to "go talk to her about her drinking." When you walk in, Bianca is pulling on her jacket. "Did the doctor send you about my drinking?" she asks. "Because I’m not getting into that. My ride’s outside."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'yes-card',
          text: 'Say yes, the doctor sent you, and give her your card in case she wants to talk another day.',
          feedback:
            'She asked a direct question, so the honest answer comes first. Then she said no and that her ride is waiting, so a card leaves the door open without asking her to stay. Her no is respected and the next step is hers, which is the voluntary value.',
          best: true,
        },
        {
          id: 'yes-other-topic',
          text: 'Say yes, the doctor sent you, and ask if she’d talk for a few minutes about anything but drinking.',
          feedback:
            'Offering to talk about something else honors a closed topic when someone has time and seems open to company. Bianca is leaving and her ride is waiting, so asking her to stay for a talk presses past her no. Answer her, and leave her your card.',
        },
        {
          id: 'yes-what-want',
          text: 'Say yes, the doctor sent you, and ask what she would want from a talk, if anything at all.',
          feedback:
            'Asking what someone wants from a talk is a good opener when she has not yet decided. Bianca has decided: she said she isn’t getting into it and her ride is outside. Asking again reopens a choice she just made; answer her and leave her your card.',
        },
        {
          id: 'yes-own-night',
          text: 'Say yes, the doctor sent you, and tell her you’ve had a night like this yourself.',
          feedback:
            'A brief piece of your story can build a bridge when someone is open to talking. Bianca has closed the topic and is on her way out, so this steers back to the thing she said no to. Answer her honestly, and leave her your card.',
        },
      ],
    },
    {
      id: 'vol-rural-recording',
      kind: 'single',
      pool: 'check',
      value: 'voluntary',
      setting: 'rural-telehealth',
      title: 'Rolling the tape',
      situation:
        'Alton, 58, meets with you by video from his farm. Your agency records some telehealth sessions to help train new peer workers, and last week Alton agreed to have today’s session recorded. Today he joins the call in tears. His wife was rushed to the hospital last night, and he has barely slept. "Can we just talk today? I can’t think about anything else," he asks. Your agency lets you skip a planned recording at any time, with no form and no need to ask.',
      prompt: 'What do you do about the recording?',
      options: [
        {
          id: 'leave-off',
          text: 'Leave the recording off today, and tell your supervisor you’ll ask him another time.',
          feedback:
            'A man in tears who has barely slept is in no place to weigh a request, and people in distress often say yes to please. Your agency lets you skip it without asking, so leaving it off keeps today about him, and asking another time keeps recording his free choice. Voluntary consent needs room to say no.',
          best: true,
        },
        {
          id: 'ask-again',
          text: 'Before you start, remind him what the video is for, and ask if he still agrees.',
          feedback:
            'Checking consent again before recording is usually right, since consent is ongoing. But Alton just said he can’t think about anything else, and your agency lets you skip the recording without asking. Asking now puts a decision and a favor on a man in crisis, and a yes now may not be free. Leave the recording off and ask another time.',
        },
        {
          id: 'record-as-agreed',
          text: 'Start the recording as he agreed, and keep the session focused on his wife and his week.',
          feedback:
            'Going ahead on last week’s agreement is fine when nothing has changed. Today everything has, and he can’t weigh the request while in tears. Consent is ongoing; leave the recording off today.',
        },
        {
          id: 'reschedule',
          text: 'Ask if he’d rather reschedule for a calmer day, and offer to call him back this week.',
          feedback:
            'Offering to reschedule is kind when someone can’t talk right now. Alton asked to just talk today, so this turns him away when he came for support. Keep the session and leave the recording off.',
        },
      ],
    },
    {
      id: 'vol-res-med-choice',
      kind: 'single',
      pool: 'check',
      value: 'voluntary',
      setting: 'residential',
      title: 'Back me up',
      situation:
        'Bonnie, 27, is in residential treatment. Her psychiatrist started her on a new medication last week, and she says it makes her so sleepy that she misses morning group. She hasn’t told anyone on the team yet. "Peer support is all about choice, right?" she says. "So I can just stop taking it. Back me up at team meeting." Her psychiatrist visits once a month, next in three weeks, but the unit nurse can reach the psychiatrist any day.',
      prompt: 'What do you do?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'nurse-today',
          text: 'Tell her that’s a question for her prescriber, and offer to go with her to the nurse today.',
          feedback:
            'No one on the team knows about the side effect yet, and the nurse can reach her psychiatrist today. Going with her supports her voice without giving medical advice. Whether to stop a medication is a decision for her and her prescriber, not a peer worker.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'back-choice',
          text: 'Tell her it’s her choice, and offer to stand with her at team meeting when she says she’s stopping.',
          feedback:
            'Backing someone’s voice at team meeting is often good peer work. But this backs a plan to stop a medication, which uses the voluntary value where role limits should lead, and stopping some medications suddenly can be risky. Support her choice to be heard, and bring the medication question to her prescriber.',
          safety: 'unsafe',
          instead: 'Go with her to the nurse today so the question reaches her prescriber, rather than backing a plan to stop.',
        },
        {
          id: 'wait-psychiatrist',
          text: 'Offer to help her write down what’s happening, and go with her when her psychiatrist visits.',
          feedback:
            'Helping someone prepare for their prescriber and going along is strong support when the visit is soon. Her psychiatrist is three weeks away, and she is missing group now and talking about stopping on her own. The nurse can reach the psychiatrist today; go with her to the nurse.',
        },
        {
          id: 'explore',
          text: 'Ask how the sleepiness is affecting her days, and what she’d most like to change.',
          feedback:
            'Exploring what matters to her is a good start in many talks. But she plans to stop a medication and has asked you to back it, and this leaves that plan in place. Help her take the side effect to her prescriber.',
        },
      ],
    },
    {
      id: 'vol-warmline-ballgame',
      kind: 'single',
      pool: 'check',
      value: 'voluntary',
      setting: 'warmline',
      title: 'Just the ballgame',
      situation:
        'Archie, 70, calls the peer warmline most Sunday evenings. Last month he asked you to check in each week on his plan to cut back on drinking. Tonight he says, "I don’t want to get into the drinking stuff tonight. I just want to talk about the ballgame." He sounds relaxed and in good spirits.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'the-game',
          text: 'Ask him what he made of tonight’s game, and who he thinks will take the series.',
          feedback:
            'Warmline support follows the caller. Archie asked for check-ins last month, but tonight he chose something else, and his choice tonight is the one that counts. Honoring it keeps him calling, and he knows he can bring up drinking any time.',
          best: true,
        },
        {
          id: 'weekly-check',
          text: 'Check in on his plan to cut back first, as you agreed to do each Sunday.',
          feedback:
            'Keeping an agreement to check in is good practice while the person still wants it. Tonight Archie said he doesn’t want to get into drinking, and his new choice replaces the old one. Voluntary means he can change the plan; talk about the game.',
        },
        {
          id: 'whats-changed',
          text: 'Ask whether something happened this week that makes him want a break from it.',
          feedback:
            'Gently asking about a change can help when someone sounds low or shaken. Archie sounds relaxed and in good spirits, and he asked to leave drinking aside, so asking why turns his choice into a topic. Follow his lead to the game.',
        },
        {
          id: 'gone-well',
          text: 'Tell him that can wait for another night, and ask what has gone well for him this week.',
          feedback:
            'Asking what has gone well is a strengths-based move on many calls. But he asked for the ballgame, and an open "what went well this week" can lead right back to drinking. Give him the call he asked for.',
        },
      ],
    },
    {
      id: 'vol-drop-new-sharing',
      kind: 'single',
      pool: 'check',
      value: 'voluntary',
      setting: 'drop-in',
      title: 'She already signed the form',
      situation:
        'Amara, 29, agreed to peer support at the drop-in center six months ago to work on her job search. She has since started seeing a housing case manager at a partner agency. Last week the case manager asked for your notes; you asked Amara, and she said no: she wants her peer work and her housing case kept separate. Nothing has changed since. Today your coordinator suggests sending the same notes to the case manager anyway, "since she already signed the intake form." Amara is in the center’s computer lab right now.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'tell-coordinator',
          text: 'Tell your coordinator you won’t be sending the notes, and explain Amara’s wishes.',
          feedback:
            'You already asked Amara about this exact request last week, and she said no; nothing has changed since. An old intake form does not undo what she told you, and her no stands without being asked again. Telling the coordinator plainly what Amara wants keeps her information where she chose to keep it, which is the voluntary value.',
          best: true,
        },
        {
          id: 'ask-amara',
          text: 'Go find Amara in the computer lab, tell her the idea, and ask what she wants.',
          feedback:
            'Checking in again is the right move when a new kind of sharing comes up or something has changed. Here it is the same notes to the same case manager, and Amara said no to that last week. Asking again because a coordinator wants it puts her no up for debate; tell the coordinator you won’t send the notes.',
        },
        {
          id: 'release-covers',
          text: 'Check what the intake release covers, send only that, and tell Amara what went out.',
          feedback:
            'Staying inside a signed release and telling the person afterward is careful when the release covers the sharing and the person has not objected. Amara told you last week she wants the two kept separate, and a six-month-old form does not override that. Don’t send the notes.',
        },
        {
          id: 'ask-supervisor',
          text: 'Ask your supervisor whether a six-month-old form covers sharing with a new agency.',
          feedback:
            'Checking policy with your supervisor is wise when a rule is unclear, and privacy rules often require specific consent. But even if the form covers it, Amara has told you she wants the two kept separate, and that settles it. Tell the coordinator you won’t send the notes.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
