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
        'Attendance at your peer group in a residential program has been low. The clinical director asks you to announce at tonight’s house meeting that anyone who skips peer group will be held back from the next phase. She says the decision is final. Several residents have told you they feel the program already controls every minute of their day.',
      prompt: 'What do you do before tonight’s meeting?',
      safety: ['role-limits'],
      options: [
        {
          id: 'supervisor-first',
          text: 'Ask your supervisor to join you in talking with the director before tonight’s meeting.',
          feedback:
            'The rule would turn a voluntary group into a condition for moving forward, and the director says it is final, so this is a role conflict to raise before anything is announced. Your supervisor can help you take it back to the director and look for other ways to raise attendance. This protects the voluntary value without going around the team.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'present-well',
          text: 'Ask your supervisor before tonight how best to present the new rule to residents.',
          feedback:
            'Getting your supervisor’s help before the meeting is a good step, and for a fair house rule, like new quiet hours, asking how to present it well would be right. This rule makes peer group a condition for moving forward, and presenting it well still makes you its enforcer, which strains the voluntary value. Use that time with your supervisor to take the conflict back to the director.',
        },
        {
          id: 'ask-residents',
          text: 'Use tonight’s meeting to ask residents what would make peer group worth their time again.',
          feedback:
            'Asking residents what they want is a great way to raise attendance when the director asks you for ideas. Here it skips the real problem: a rule that makes group a requirement is still waiting to be announced. Raise that with your supervisor first; residents’ ideas can come next.',
        },
        {
          id: 'ask-input',
          text: 'Ask the director if residents can give their input on the new rule before it starts.',
          feedback:
            'Giving residents a voice is a good instinct when a rule is still open. But the director says the decision is final, and input on a rule that makes peer support a condition does not make it voluntary. This is a role conflict for your supervisor; talk it through before tonight.',
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
        'Bertram, 67, comes to the recovery community center most mornings for coffee and the newspaper. Last week you offered him peer support. He said, "No thanks, not for me. If that changes, I’ll tell you." Today he waves you over to his table. "Sit down a minute," he says. "This crossword is beating me."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'crossword',
          text: 'Sit down, help with the crossword, and talk about whatever he brings up.',
          feedback:
            'Most helpful. He invited you to sit, and he told you he would raise peer support himself if he wanted it. Following his lead honors both, which is the voluntary value, and the friendship keeps the door open without a word about it.',
        },
        {
          id: 'reoffer',
          text: 'Sit down for the crossword, and mention before you leave that the offer still stands.',
          feedback:
            'Second. A light re-offer is often a good move after a first no, and you do accept his invitation. But he already said he would tell you if things change, so repeating the offer suggests you did not quite hear him. Here, let him bring it up.',
        },
        {
          id: 'wave-back',
          text: 'Wave back, say good morning, and leave him to his coffee and his paper.',
          feedback:
            'Third. When someone only waves hello after saying no, giving them space is right. But Bertram asked you to sit down, so this turns down the connection he offered. It does not press on his choice, but it misses him.',
        },
        {
          id: 'ask-why',
          text: 'Sit down, and ask him what made peer support feel like it was not for him.',
          feedback:
            'Least helpful. Asking about someone’s doubts helps when they raise them and want to talk them over. Bertram invited you for the crossword and closed the topic himself, so asking him to explain his no puts his choice up for debate. That strains the voluntary value.',
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
        'Boyd, 61, came to the emergency department asking for help to stop drinking safely. An hour later you find him pulling on his coat near the exit. He is sweating, shaking hard, and keeps asking what city he is in. "It’s my choice to leave," he says. "You peer people are all about choice."',
      prompt: 'What do you do?',
      safety: ['overdose-medical'],
      options: [
        {
          id: 'stay-protocol',
          text: 'Stay beside him, tell him you’re worried, and call his nurse over using the emergency protocol.',
          feedback:
            'Confusion, sweating and hard shaking can be signs of dangerous alcohol withdrawal, which is a medical emergency. Choice matters, but the voluntary value never outranks a risk to someone’s life, and a man who does not know what city he is in cannot make a safe choice right now. Stay with him, be honest about why, get medical staff there fast, and document what happened as your site requires.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'ask-stay',
          text: 'Stay beside him, tell him you’re worried, and ask what would help him stay a little longer.',
          feedback:
            'Staying and asking what would help someone stay is a strong move when a person is clear-headed and thinking of leaving against advice. Boyd is confused and shaking, which points to a medical emergency, so talking it through costs time he may not have. Stay with him and bring medical staff to him now.',
          safety: 'unsafe',
          instead: 'Stay with him and call his nurse over right away using your site’s emergency protocol.',
        },
        {
          id: 'wait-door',
          text: 'Tell him you’re worried, ask him to wait by the door, and go find his nurse and your supervisor.',
          feedback:
            'You saw the danger and went for the right people, but you left a confused man alone at the exit, and he may be gone before you get back. Going to find help works when someone is safe where they are. Here, stay with him and bring medical staff to you.',
          safety: 'unsafe',
          instead: 'Stay with him and call his nurse or the emergency code to where you are, so he is never left alone.',
        },
        {
          id: 'his-choice',
          text: 'Tell him it’s his choice, give him your card and the 988 number, and let his nurse know he left.',
          feedback:
            'If Boyd were clear-headed and medically cleared, honoring his choice to leave with a card and a way to reach help would fit the voluntary value. But he is confused and shaking, and leaving could put his life at risk; the card and the note come too late. He needs medical staff now.',
          safety: 'unsafe',
          instead: 'Stay with him and get medical staff to him right away using your site’s emergency protocol.',
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
        'Beatriz, 45, has met with you by video for two months from her home in a small farming town. Today she says she wants to stop your sessions. She adds that it "won’t matter soon anyway" and that she has been giving her things away to her nieces. "You always said this was my choice," she says, "so respect it."',
      prompt: 'Which of these should you do? Choose all that apply.',
      safety: ['suicide-risk', 'remote-risk'],
      options: [
        {
          id: 'ask-directly',
          text: 'Stay on the call, tell her you’re worried, and ask her directly if she is thinking about suicide.',
          feedback:
            'Correct. Her words and giving her things away are warning signs. Asking directly and calmly about suicide is safe, and it shows you take her seriously. Her wish to stop matters, but safety comes first.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'confirm-location',
          text: 'Confirm where she is right now, and a number to call her back if the video drops.',
          feedback:
            'Correct. On a video call, help can only reach her if you know where she is. Ideally you confirm her location and a callback number at the start of every session, and again now.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'three-way',
          text: 'Tell her you’re bringing in crisis help, and set up a three-way call with 988 while you stay on.',
          feedback:
            'Correct. You do not handle this alone, and you do not hand her off cold. A warm three-way connection keeps you with her while crisis help joins. Afterward, document the call and debrief with your supervisor as your protocol requires.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'end-then-call',
          text: 'End the session as she asked, then call 988 and your supervisor, and document the call.',
          feedback:
            'Not correct, and unsafe. Calling for help and documenting are good steps, but ending the call first leaves her alone at a moment of real danger. The voluntary value never outranks a risk to someone’s life; stay on the line while help joins.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Stay on the call, ask her directly about suicide, confirm her location, and set up a three-way call with 988 or crisis staff.',
        },
        {
          id: 'nieces',
          text: 'Ask if one of her nieces could stay with her tonight, and plan to check in by phone tomorrow.',
          feedback:
            'Not correct, and unsafe here. Family support and a next-day check-in can be part of a plan once someone is safe and crisis help has been involved. Tonight Beatriz has given real warning signs, and this leaves her without crisis help or a direct question about suicide. Stay on the call, ask directly, and bring in 988 while you stay on the line.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Stay on the call, ask her directly about suicide, confirm her location, and set up a three-way call with 988 or crisis staff.',
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
        'Arturo, 50, came home from prison yesterday after nine years. At the reentry center’s welcome meeting, you offer him peer support. He says, "Not now. I’ve had enough programs to last me a lifetime. If I want something, I’ll come find you."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'where-to-find',
          text: 'Say that’s fine, and tell him the days and the place where he can find you.',
          feedback:
            'He told you how he wants this to work: he will come to you. Agreeing and making sure he knows where to look honors his no and leaves the door in his hands. That is the voluntary value after a "not now."',
          best: true,
        },
        {
          id: 'check-in-once',
          text: 'Say that’s fine, and ask if it’s all right to check in with him once next week.',
          feedback:
            'Asking permission for one check-in is a good move when someone says "maybe later" and leaves it open. Arturo said he will come find you, so asking to check in pushes past the plan he just gave you. Tell him where to find you and let him come.',
        },
        {
          id: 'first-week',
          text: 'Ask what he needs most this first week, and offer to help with one of those things.',
          feedback:
            'Practical help in the first days home can open a door when someone is open to it. Arturo has just said no to more programs, and a second offer right after his no can feel like a program by another name. Respect his no, and tell him where to find you.',
        },
        {
          id: 'peer-intro',
          text: 'Offer to introduce him to another peer who came home after a long sentence.',
          feedback:
            'Meeting someone who has walked the same road can be a strong offer for a person looking for connection. Right after Arturo said no, it is another offer on top of the first, which can feel like pressure. Accept his answer and tell him where to find you.',
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
        'Abel, 44, is in the emergency department after a minor car crash. Drinking was involved. He is medically cleared, and his brother will pick him up in about ten minutes. He told the nurse he feels ashamed and is not ready to hear about treatment. Then he asked if anyone here has "been through something like this" and could talk with him before his brother comes. The team asks you to go see him.',
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
            'Correct. Abel asked whether anyone has been through something like this, so a brief, purposeful piece of your story answers his own question. Asking before you tell it leaves the choice with him.',
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
        'Amos, 40, is in week five of a residential program and has met with you weekly since he arrived. His new job class now meets Tuesday mornings, the same time as your one-on-one sessions. "I still want to meet with you," he says. "But I’ve got enough on my plate. I guess we have to stop."',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'other-time',
          text: 'Ask him whether another day or time would work better for him this week.',
          feedback:
            'Most helpful. He said he still wants to meet; only the time clashes. Asking what would work puts the choice in his hands and bends your schedule to his, which is voluntary support when the barrier is practical. If he still prefers to stop, accept it.',
        },
        {
          id: 'accept-open',
          text: 'Tell him you understand, and that he can restart the sessions any time.',
          feedback:
            'Second. Accepting a no and leaving the door open is exactly right when someone wants to stop. But Amos said he still wants to meet; he is stopping only because of the clash. Ask about another time before you accept an end he did not really choose.',
        },
        {
          id: 'tell-counselor',
          text: 'Note that he is stopping, and let his counselor know he has a schedule clash.',
          feedback:
            'Third. Keeping records and the team informed is part of the job, but this closes the sessions and passes on his news without asking him what he wants. Voluntary support starts with his choice; ask him about another time first.',
        },
        {
          id: 'move-class',
          text: 'Ask his counselor to move his job class to a different morning.',
          feedback:
            'Least helpful. Speaking up to the team can help when someone asks you to. Amos did not, and moving his class to save your sessions puts your schedule ahead of his goal and acts for him without asking. Ask him what would work.',
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
              text: 'Tell her what she said worries you, and ask her directly whether she is thinking about suicide.',
              feedback:
                'Being tired of everything and rehoming her cat are warning signs. Asking directly and calmly about suicide is safe, and it tells her you can hear the hard things. Asking first also keeps you talking with her, which honors her wish to be heard.',
              best: true,
              safety: 'escalates',
              next: 'says-yes',
            },
            {
              id: 'three-way-now',
              text: 'Tell her what she said worries you, and start a three-way call with 988 while you stay on the line.',
              feedback:
                'A three-way call with 988 while you stay on is the right move once you know she is thinking about suicide. You don’t know yet, she asked not to be passed off, and starting before you ask may lose her. Ask her directly first; if she says yes, bring in 988 while you stay on the line.',
              safety: 'unsafe',
              instead:
                'Stay with her, ask her directly about suicide, and if needed set up a three-way call with 988 while you stay on the line.',
              next: 'after-transfer',
            },
            {
              id: 'open-question',
              text: 'Tell her you’re glad she called, and ask what has made everything feel so tiring lately.',
              feedback:
                'An open question is a good warmline move when someone is low but shows no warning signs. Avery said she is tired of everything and talked about rehoming her cat, and those are warning signs. Her safety comes before a comfortable call; ask her directly about suicide now.',
              safety: 'unsafe',
              instead:
                'Stay with her, ask her directly about suicide, and if needed set up a three-way call with 988 while you stay on the line.',
            },
            {
              id: 'ask-vaguely',
              text: 'Ask her gently whether she might hurt herself, and if she says no, go back to her job.',
              feedback:
                'You noticed the warning signs and asked, which is good. But a vague question makes it easy to say no, and going back to work talk drops the signs she gave; her safety comes before a comfortable call. Use the word suicide, ask directly and calmly, and keep following up.',
              safety: 'unsafe',
              instead:
                'Ask her directly and calmly whether she is thinking about suicide, and stay with the warning signs whatever she answers.',
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
        'Bianca, 23, is in the emergency department with a hurt wrist after a party. Her blood alcohol level was high, but she is now awake and waiting to be discharged. The doctor asks you, the peer bridger, to "go talk to her about her drinking." When you walk in, Bianca looks up and asks, "Did the doctor send you about my drinking?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'yes-her-call',
          text: 'Say yes, the doctor asked you to stop by, and that talking at all is up to her.',
          feedback:
            'She asked a direct question, so the honest answer comes first. Saying yes, and that talking is her call, lets her choose with the facts in hand, which is the voluntary value. If she wants to talk, she can set the topic.',
          best: true,
        },
        {
          id: 'intro-offer',
          text: 'Say who you are and what a peer worker does, and ask if she’d like to talk for a bit.',
          feedback:
            'This is a fine opener when someone hasn’t asked why you came. Bianca asked whether the doctor sent you about her drinking, and skipping past that can feel like a dodge. A choice is only informed if she knows why you are there; answer her question first.',
        },
        {
          id: 'own-night',
          text: 'Tell her you’ve had a rough night like this yourself, and ask how she’s holding up.',
          feedback:
            'A brief piece of your story can build a bridge once someone has chosen to talk. Bianca asked a direct question, and this answers a different one. Answer her honestly first, and let her decide whether to talk.',
        },
        {
          id: 'card',
          text: 'Give her your card, and tell her she can call you if she ever wants to talk.',
          feedback:
            'A card is a good way to leave a door open when someone says no or is on her way out. Bianca is still here and has asked you a direct question, so this skips her question and her chance to choose now. Answer her honestly, and let her decide.',
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
        'Alton, 58, meets with you by video from his farm. Your agency records some telehealth sessions to help train new peer workers, and last week Alton agreed to have today’s session recorded. Today he joins the call in tears. His wife was rushed to the hospital last night, and he has barely slept. "Can we just talk today?" he asks.',
      prompt: 'What do you do about the recording?',
      options: [
        {
          id: 'leave-off',
          text: 'Leave the recording off today, and tell your supervisor you’ll ask him another time.',
          feedback:
            'A man in tears who has barely slept is in no place to weigh a request, and people in distress often say yes to please. Leaving it off keeps today about him, and asking another time keeps recording his free choice. Voluntary consent needs room to say no.',
          best: true,
        },
        {
          id: 'ask-again',
          text: 'Before you start, remind him what the video is for, and ask if he still agrees.',
          feedback:
            'Checking consent again before recording is usually right, since consent is ongoing. Today it puts a favor on a man in crisis, and a yes now may not be free. Leave the recording off and ask another time.',
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
        'Amara, 29, agreed to peer support at the drop-in center six months ago to work on her job search. She has since started seeing a housing case manager at a partner agency, who has not asked you for anything. Your coordinator suggests sending your peer notes about Amara to the case manager, "since she already signed the intake form." Amara is in the center’s computer lab right now.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'ask-amara',
          text: 'Go find Amara in the computer lab, tell her the idea, and ask what she wants.',
          feedback:
            'Amara is right here, and the case manager has not asked for anything, so nothing needs to happen without her. A new agency and a new purpose call for a new choice, not a six-month-old signature. Asking her keeps her in charge of her own information, which is the voluntary value.',
          best: true,
        },
        {
          id: 'release-covers',
          text: 'Check what the intake release covers, send only that, and tell Amara what went out.',
          feedback:
            'Staying inside a signed release and telling the person afterward is careful when the release clearly covers the sharing. A form signed six months ago for a job search was not a choice about a new agency, and telling her afterward is not asking. She is in the building; ask her first.',
        },
        {
          id: 'ask-case-manager',
          text: 'Ask the case manager what she needs, and then ask Amara if it’s okay to send that.',
          feedback:
            'Finding out what another agency needs before you ask the person can help when that agency has asked for information. This case manager hasn’t asked, and Amara is in the building now, so this starts a conversation about her without her. Bring the question to her first.',
        },
        {
          id: 'ask-supervisor',
          text: 'Ask your supervisor whether a six-month-old form covers sharing with a new agency.',
          feedback:
            'Checking policy with your supervisor is wise when a rule is unclear, and privacy rules often require specific consent. But even if the form covers it, the choice is Amara’s, and she is right here. Ask her first.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
