import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'respectful',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'res-rural-softball-game',
      kind: 'single',
      pool: 'practice',
      value: 'respectful',
      setting: 'rural-telehealth',
      title: 'At the softball game',
      situation:
        'You support Ivan, 47, by video from the county clinic in a town of about two thousand people. He also coaches your daughter\'s softball team. Last month the two of you agreed that if anyone in town asks how you know each other, Ivan will answer for himself. After Saturday\'s game he comes over to say hi, and another parent asks you, "How do you two know each other?"',
      prompt: 'What do you do in the moment?',
      options: [
        {
          id: 'let-ivan-answer',
          text: 'Smile, turn to Ivan, and wait for him to answer in his own words.',
          feedback:
            'Best here. You and Ivan already agreed that he would answer questions like this, so following his plan lets him tell his own story, or not. Respect means his privacy stays in his hands.',
          best: true,
        },
        {
          id: 'from-around-town',
          text: 'Say, "Oh, from around town," and ask how her daughter played.',
          feedback:
            'A neutral answer like this is a good move when you have no plan and the person looks caught off guard. Here Ivan has said he wants to answer for himself, so speaking first takes that from him. Respect the plan you made and let him lead.',
        },
        {
          id: 'wave-then-supervision',
          text: 'Say hi warmly, head to your car, and bring the overlap to supervision.',
          feedback:
            'Taking a dual role to supervision is wise, and it fits later. But walking off after a direct question can look odd and leaves Ivan to handle it alone. Stay, let him answer as you agreed, and mention the overlap to your supervisor on Monday.',
        },
        {
          id: 'aside-with-ivan',
          text: 'Step aside with Ivan for a moment and ask what he would like you to say.',
          feedback:
            'Checking with the person in private is right when you have no plan yet. Here you already made one, and pulling him aside in front of the parent draws more notice to the question. Respect means trusting the plan you made together.',
        },
      ],
    },
    {
      id: 'res-reentry-bus-pass',
      kind: 'branch',
      pool: 'practice',
      value: 'respectful',
      setting: 'reentry',
      title: 'The friend request and the bus pass',
      situation:
        "Isaiah, 31, came home from prison three weeks ago, and you meet with him weekly at the reentry center. Last night he sent a friend request to your personal social media account. Today he asks to borrow $40 for a bus pass, because he has job interviews lined up all month. The county's reduced-fare pass costs a few dollars a month, and the transit office a block away issues it the same day.",
      safety: ['role-limits'],
      prompt: 'Work through this conversation with Isaiah.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do?',
          options: [
            {
              id: 'reduced-fare',
              text: "Say you can't lend money, and help him apply for the county's reduced-fare pass.",
              feedback:
                'This meets his real need, a month of rides to interviews, and stays inside your role. A loan would make you his lender, a dual relationship peer codes steer away from, and the reduced-fare pass solves the same problem without that. Doing it with him keeps him in charge, and you can take any gray area to your supervisor.',
              best: true,
              safety: 'escalates',
              next: 'friend-request',
            },
            {
              id: 'tokens-now',
              text: "Say you can't lend money, and walk him to your supervisor for bus tokens now.",
              feedback:
                "Holding the money limit is right, and the center's tokens are the right fix for a single trip, such as one interview tomorrow. Isaiah needs rides all month, and tokens run out. The reduced-fare pass, issued today, meets the whole need.",
              next: 'after-blurred',
            },
            {
              id: 'ask-getting-around',
              text: 'Ask how he has been getting to appointments so far, and what he has tried.',
              feedback:
                'Open questions help when you do not yet know the need. Isaiah has told you: bus fare for a month of interviews. Asking more while he waits for an answer can feel like a dodge. Answer him, then sort out the reduced-fare pass together.',
              next: 'after-blurred',
            },
            {
              id: 'check-and-call',
              text: "Say you'll ask your supervisor what the center can do, and call him this afternoon.",
              feedback:
                'Checking with your supervisor is a good habit. But doing it without him, later in the day, leaves Isaiah hoping for a loan and unsure what comes next. The reduced-fare pass is a block away, so work on it with him now.',
              next: 'after-blurred',
            },
          ],
        },
        {
          id: 'friend-request',
          lead: 'With the pass in his pocket, Isaiah grins. "So are you going to accept my friend request?"',
          prompt: 'What do you say?',
          options: [
            {
              id: 'no-personal-accounts',
              text: "Tell him kindly that you don't connect with people you support online.",
              feedback:
                'He asked a direct question, and a kind, plain answer treats him as an adult. Keeping contact in work channels protects you both. If he pushes back, talk it through, and take any gray area to your supervisor.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'think-about-it',
              text: "Smile, say you'll think about it, and wish him luck at his interviews.",
              feedback:
                'Wishing him well is warm, but "I\'ll think about it" leaves a personal door half open and him guessing. A soft maybe fits only when you truly have not decided. Here the answer is clear, so say it kindly now.',
            },
            {
              id: 'ask-what-hoping',
              text: 'Ask him what he was hoping a connection on social media would give him.',
              feedback:
                'Asking about the need behind a request can be useful, and you may come back to it. But he asked a yes-or-no question, and a question in reply can feel like a dodge. Answer first, kindly, then ask.',
            },
            {
              id: 'check-request',
              text: "Tell him you'll check with your supervisor about the request and let him know.",
              feedback:
                'Supervision is for unclear cases, and this one is clear. Saying you will check leaves him waiting on an answer you already know, which is not respectful. Tell him kindly now.',
            },
          ],
        },
        {
          id: 'after-blurred',
          lead: 'Two nights later, at 11 pm, Isaiah messages your personal account asking for $60. "You\'re the only one who gets it," he writes.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'reset-with-supervisor',
              text: 'Wait until morning, tell your supervisor, then talk with him at the center.',
              feedback:
                'This moves contact back into the role without leaving him hanging for long. Your supervisor can help you plan the talk and document the contact as your agency asks. In person you can own your part, reset the limits, and look for fare help together, which respects him.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'reply-and-plan',
              text: "Reply tonight that you can't send money, and ask him to come by the center tomorrow.",
              feedback:
                'A clear no and a next step are both good. But answering at 11 pm from your personal account teaches him this channel works. Wait for work hours, then reach him through the center.',
            },
            {
              id: 'block-and-report',
              text: 'Remove him from your account tonight, and tell your supervisor first thing tomorrow.',
              feedback:
                "Closing the personal channel and telling your supervisor are both right. But removing him with no word can feel like rejection, and he may stop coming. Explain the change to him in person, with your supervisor's help.",
            },
            {
              id: 'send-fare-link',
              text: "Reply with a link to the county's reduced-fare program and the center's hours.",
              feedback:
                'A resource is helpful, but sending it from your personal account at night keeps that channel open. Share it at the center, where the talk about limits can happen too.',
            },
          ],
        },
      ],
    },
    {
      id: 'res-residential-hug-ask',
      kind: 'single',
      pool: 'practice',
      value: 'respectful',
      setting: 'residential',
      title: 'A hug, or not',
      situation:
        'Juanita, 50, lives at the residential program where you work. After a hard phone call with her daughter, she comes to your office in tears. She stops in the doorway, opens her arms and asks, "Can I have a hug?" Your program allows a brief hug when a resident asks for one, and you are at ease with hugs.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'brief-hug',
          text: 'Give her a brief hug, then sit down with her and let her talk it out.',
          feedback:
            'She asked clearly, your program allows it, and you are at ease with it. Saying yes honors her request and her choice about her own body. Keep it brief, then follow her lead.',
          best: true,
        },
        {
          id: 'ask-what-helps',
          text: 'Ask whether a hug or some quiet company would help more right now.',
          feedback:
            'Asking before touch is the right move when you are unsure what someone wants. Juanita has already told you, so asking again can sound like you did not hear her, or like a polite no. Respect means taking her at her word.',
        },
        {
          id: 'tissues-and-chair',
          text: 'Hand her the tissues, and pull your chair a little closer to hers.',
          feedback:
            'Tissues and closeness fit when someone has not asked for touch. Here she asked for a hug, and passing over her request can sting at a raw moment. Honor what she asked for.',
        },
        {
          id: 'offer-sit-instead',
          text: "Tell her you'd rather not hug, and offer to sit with her instead.",
          feedback:
            'You may turn down touch you are not comfortable with; your limits count too. But you are at ease with hugs and the program allows them, so a no adds a second hurt to her day. Say yes, briefly.',
        },
      ],
    },
    {
      id: 'res-warmline-personal-number',
      kind: 'rank',
      pool: 'practice',
      value: 'respectful',
      setting: 'warmline',
      title: 'After the line closes',
      situation:
        'Ingrid, 67, calls the warmline most evenings. Tonight she says the nights feel long and lonely after the line closes at 10 pm, and asks for your personal cell number so she can call you "just to chat." Then she adds, "I know, I know, you can\'t. But is there anything at all for someone like me after ten?" Your county runs a friendly-caller program that phones older adults in the late evening.',
      safety: ['role-limits'],
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'friendly-caller',
          text: "Tell her about the county's friendly-caller program for the late evening.",
          feedback:
            'This belongs first. Ingrid has already answered her own request and asked you a direct question: is there anything after ten? Naming a real evening support answers it and keeps her calls to you within the warmline. Your supervisor can help you find more options if this one is not a fit.',
          safety: 'escalates',
        },
        {
          id: 'confirm-and-ask',
          text: "Say she's right that you can't, then ask what her nights after ten are like now.",
          feedback:
            'This belongs second. Asking about her nights is caring, and it is the right start when someone has not said what they need. But she asked you a direct question, and meeting it with another question leaves her waiting. Answer her, then explore.',
        },
        {
          id: 'explain-number-rule',
          text: "Explain the warmline's rule about personal numbers, and why the rule is there.",
          feedback:
            "This belongs third. Explaining a limit helps when someone pushes back or asks why. Ingrid already said she knows you can't, so a talk about the rule answers a question she set aside and skips the one she asked.",
        },
        {
          id: 'ask-and-tell-tomorrow',
          text: "Say you'll ask your supervisor about it, and let her know tomorrow night.",
          feedback:
            'This belongs last. It sounds careful, but it suggests your number might be on offer, and she may spend tomorrow hoping. Checking with a supervisor fits a real gray area; this one is clear, and a vague answer is not respectful.',
        },
      ],
    },
    {
      id: 'res-drop-in-don-isidro',
      kind: 'value',
      pool: 'practice',
      value: 'respectful',
      setting: 'drop-in',
      title: 'Not "buddy"',
      situation:
        'Isidro, 66, started coming to the drop-in center last month. He asked to be called Don Isidro, a term of respect where he grew up. A young volunteer calls him "buddy" and hugs him at the door each time. Lately he sits near the exit and leaves early.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Yes. Using the name a person asks for, and asking before touching, are core parts of respect. Honoring his dignity, culture and limits is what this moment needs, and a quiet word with the volunteer can help.',
          best: true,
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Noticing that he pulls away is a good start, so empathy is relevant. But the problem is not that anyone misreads his feelings. His chosen name and personal space are being ignored, and that is about respect.',
        },
        {
          id: 'open-minded',
          value: 'open-minded',
          feedback:
            'Open-mindedness is relevant, since the volunteer may assume everyone likes hugs and nicknames. But Don Isidro has already said how he wants to be treated. Ignoring that is a matter of respect.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Power plays a part, because the volunteer sets the tone at the door. But the clearest issue is dignity: his name, his body and how he wants to be greeted. Respect is most at stake.',
        },
      ],
    },
    {
      id: 'res-residential-role-reversal',
      kind: 'value',
      pool: 'practice',
      value: 'mutual-and-reciprocal',
      setting: 'residential',
      title: 'Who is helping whom',
      situation:
        'A new peer worker on your team is going through a divorce and has started talking about it in her one-to-ones with Jolene, 44, a resident. Now Jolene opens each session by asking how the worker is holding up and spends most of the hour comforting her. Jolene\'s own job search rarely comes up. Nothing happens outside the sessions: no calls, gifts or favors. The worker tells you, "That\'s what peer work is. We both share, and we both learn."',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'mutual-and-reciprocal',
          value: 'mutual-and-reciprocal',
          feedback:
            'Yes. The worker calls it mutual, but the support has flipped: Jolene now cares for the worker while her own goals drop away. Mutual learning is not role reversal, where the worker leans on the person for her own support. The worker needs her own supports and supervision, and the sessions need to come back to Jolene.',
          best: true,
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Boundaries are part of respect, and sharing a divorce at length with a resident strains one. But nothing has crossed into calls, gifts, money or touch, and the worker is defending this as mutuality. The core problem is the direction of support: Jolene has become the helper, which is the role reversal Mutual and reciprocal warns against.',
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Jolene is showing real empathy, and the worker may feel seen. But empathy is not what is missing. The relationship has turned around, which makes this a mutuality problem.',
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            "Jolene's job search has stalled, so change is affected. But it stalled because the worker's needs took over the time. Fixing the role reversal comes first, and that is about mutuality.",
        },
      ],
    },
    {
      id: 'res-warmline-pronoun-slip',
      kind: 'single',
      pool: 'practice',
      value: 'respectful',
      setting: 'warmline',
      title: 'The wrong pronoun',
      situation:
        'Jules, 27, has called the warmline a few times and uses they/them pronouns. Tonight you have already said "she" twice, and Jules corrected you both times. While summing up what Jules said, you say "she" again. Jules goes quiet, then says flatly, "It\'s they. Again."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'own-the-pattern',
          text: "Say you're sorry you keep getting it wrong, and ask if they want to go on.",
          feedback:
            'After a third slip, a quick thanks is not enough: Jules is hurt and may be deciding whether this line is safe for them. Owning the pattern briefly, with no excuses, and asking whether they want to go on respects both their identity and their choice.',
          best: true,
        },
        {
          id: 'thanks-and-pick-up',
          text: 'Say "Thanks, they," and ask if they\'d like to pick up where they left off.',
          feedback:
            'Thanking, correcting and moving on is the right move after a single slip. After the third time tonight, moving straight on can sound like the mistake does not matter to you. Own the pattern briefly, then let Jules choose whether to go on.',
        },
        {
          id: 'explain-learning',
          text: "Say sorry, and explain that you're still getting used to they/them on calls.",
          feedback:
            'Your intent matters less than the effect on Jules, and talking about your learning curve puts the focus on you. An explanation might help only if Jules asked why it keeps happening. Own it briefly instead; that is respect.',
        },
        {
          id: 'name-only',
          text: 'Say sorry, then use their name in place of pronouns for the rest of the call.',
          feedback:
            'Using only a name fits when someone asks you to avoid pronouns. Jules asked for "they", and steering around it can sound stiff and uneasy. Use their pronoun, and own the repeated slips.',
        },
      ],
    },
    {
      id: 'res-reentry-car-repair',
      kind: 'single',
      pool: 'practice',
      value: 'respectful',
      setting: 'reentry',
      title: 'Free brake job',
      situation:
        'Javier, 40, got a job at an auto shop two months after coming home from prison. You helped him get ready for the interview. In the reentry center\'s lot he hears your car making a grinding noise and offers to fix the brakes for free on Saturday. "I owe you," he says. "Let me pay you back." Your own mechanic is a few blocks from your home.',
      safety: ['role-limits'],
      prompt: 'How do you respond?',
      options: [
        {
          id: 'owe-nothing',
          text: "Tell him he doesn't owe you a thing, and that you can't take favors in this role.",
          feedback:
            'He said "I owe you", and this answers that first: he owes you nothing, since the help was his by right. Saying plainly that you can\'t take favors in this role keeps you out of a trade of favors, which peer codes steer away from. If he seems hurt, talk it over, and take any gray area to your supervisor.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'paying-customer',
          text: 'Thank him, and ask your supervisor if you can bring the car in as a paying customer.',
          feedback:
            'In a small town where his shop is the only one, this would be a fair question for your supervisor. Here your own mechanic is close by, so becoming his customer adds a business tie for no need. It also skips his feeling that he owes you.',
        },
        {
          id: 'ask-about-job',
          text: 'Congratulate him on the job, and ask what he likes most about the work so far.',
          feedback:
            'Showing interest in his new work honors his growth, and it fits most visits. But he has made an offer and is waiting for an answer. Answer him first, kindly, then celebrate the job with him.',
        },
        {
          id: 'explain-code',
          text: 'Thank him, and explain that your agency bars favors from the people you serve.',
          feedback:
            'The limit is right, and explaining it helps when someone asks why. But leading with the rule skips what he said: that he owes you. Respect means answering the person first, then the policy.',
        },
      ],
    },
    {
      id: 'res-youth-family-handshake',
      kind: 'multi',
      pool: 'practice',
      value: 'respectful',
      setting: 'youth-family',
      title: 'Hand to the heart',
      situation:
        "You are a youth peer mentor on a first home visit with Jibril, 15, and his father, Idris, 45. You reach out to shake Idris's hand. He smiles, places his hand on his chest instead, and welcomes you in. Shoes are lined up inside the door, and both of them are in socks. Jibril looks a little embarrassed.",
      prompt: 'Which responses show respect here? Choose all that apply.',
      options: [
        {
          id: 'hand-to-chest',
          text: 'Put your hand to your own chest, smile, and step inside.',
          feedback:
            'Following his lead turns a small moment into a welcome. People skip handshakes for many reasons, such as faith, custom or health. Meeting him in his own way is respect.',
          correct: true,
        },
        {
          id: 'ask-about-shoes',
          text: 'Ask Idris whether he would like you to take off your shoes at the door.',
          feedback:
            'The row of shoes and the family in socks tell you something about their home. Asking, rather than ignoring it or guessing, honors their custom. It is cultural humility in a small act.',
          correct: true,
        },
        {
          id: 'apologize-for-reaching',
          text: "Tell Idris you're sorry for reaching out, and that you meant no offense.",
          feedback:
            'An apology fits when someone looks hurt. Idris smiled and welcomed you in; he was not offended, he greeted you his way. Making a fuss keeps the spotlight on an awkward moment and on you.',
          correct: false,
        },
        {
          id: 'joke-with-jibril',
          text: 'Make a light joke to Jibril about how awkward first visits can be.',
          feedback:
            "Light humor can ease a teen's embarrassment in some moments. Here, a joke about awkwardness can sound like poking fun at his father's greeting. Follow Idris's lead and let the moment pass warmly.",
          correct: false,
        },
        {
          id: 'ask-greeting-meaning',
          text: 'Ask Idris what the hand-on-chest greeting means in his culture.',
          feedback:
            "Curiosity about culture is good, and later, once you know the family, they may be glad to tell you. At the door, a question about his greeting puts him on the spot and adds to Jibril's embarrassment. Follow his lead now.",
          correct: false,
        },
      ],
    },
    {
      id: 'res-er-selfie',
      kind: 'single',
      pool: 'practice',
      value: 'respectful',
      setting: 'er',
      title: 'The selfie',
      situation:
        'Jacinta, 26, spent the night in the emergency department. She is stable now. You sat with her, and this morning she chose to start treatment. Before her ride comes, she holds up her phone: "Can we take a selfie? I want to post it. Today\'s the day I started over."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'offer-photo-of-her',
          text: 'Say you stay out of posts with people you support, and offer to take a photo of her.',
          feedback:
            'You keep your social media boundary and still meet her wish: a picture of the day she started over. Her story stays hers to tell, in her own post. Respect here means a clear limit plus a real yes to what matters to her.',
          best: true,
        },
        {
          id: 'credit-is-hers',
          text: 'Say you stay out of posts, and remind her that choosing treatment was all her doing.',
          feedback:
            'Handing credit back is right when someone says you saved them. Jacinta did not; she wants a photo of her fresh start, and this leaves her with nothing for it. Offer to take a picture of her instead.',
        },
        {
          id: 'wait-to-post',
          text: "Suggest she wait to post until she's further along, in case she wants it private later.",
          feedback:
            'Gently raising timing can help when someone seems unsure or is not yet steady. Jacinta is stable and clear, and this decides for her when her story can be told. Respect means trusting her with that choice.',
        },
        {
          id: 'ask-hopes-for-post',
          text: 'Ask her what she hopes her friends will take away when they see the post.',
          feedback:
            'Open questions help when you do not yet know what someone wants. She has told you: a picture of the day she started over. Answer her request first, kindly, and keep yourself out of the frame.',
        },
      ],
    },
    {
      id: 'res-drop-in-photo-post',
      kind: 'branch',
      pool: 'practice',
      value: 'respectful',
      setting: 'drop-in',
      title: 'Photos from the cookout',
      situation:
        'Your recovery center held a summer cookout. The next day, a staff member posts photos on the center\'s public social media page, and Jorge, 50, a member, is in two of them. He finds you, upset: his boss follows the page and does not know he is in recovery. "I need those down before he sees them," he says. "Can you help me?"',
      prompt: 'Work through what happens next.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'go-with-him-now',
              text: "Go with him to your supervisor's office now to ask for the photos to come down.",
              feedback:
                'Jorge has said what he wants and why it is urgent. Acting on it right away, with him and through the right person, takes his privacy seriously and keeps him in charge of the fix. That is respect.',
              best: true,
              next: 'photos-down',
            },
            {
              id: 'sorry-and-ask',
              text: "Say you're sorry this happened, and ask what he would like done about it.",
              feedback:
                'Asking what someone wants is the right start when they have not said. Jorge just told you: the photos down, before his boss sees them. Asking again costs time he does not have. Act on his request, with him.',
              next: 'still-up',
            },
            {
              id: 'explore-worry',
              text: 'Say his worry makes sense, and ask how his boss might react if he saw them.',
              feedback:
                'Exploring a worry helps when someone is unsure whether to act. Jorge is sure, and the risk grows every hour the photos stay up. Take his worry seriously by acting on it now.',
              next: 'still-up',
            },
            {
              id: 'raise-it-today',
              text: "Tell him you'll raise it with your supervisor today and let him know how it goes.",
              feedback:
                'Going to your supervisor is right, but doing it for him, later, leaves Jorge with no say and no idea when it will be fixed. That fits when someone asks you to handle it for them. Here, take him along now.',
              next: 'still-up',
            },
          ],
        },
        {
          id: 'photos-down',
          lead: 'The photos come down within the hour. Your supervisor asks you to help think about what should change for future events.',
          prompt: 'What do you suggest?',
          options: [
            {
              id: 'ask-members',
              text: "Suggest asking each member's okay before posting a photo of them.",
              feedback:
                'This puts members in charge of their own images. Some are proud to be seen in recovery; others, like Jorge, cannot be. Asking each person respects both choices.',
              best: true,
            },
            {
              id: 'no-photos',
              text: 'Suggest the center stop taking any photos at its events altogether.',
              feedback:
                'This would fit if members asked for it. Decided for them, it takes a choice away from members who are proud to be seen. Ask each member and get their okay instead.',
            },
            {
              id: 'blur-faces',
              text: 'Suggest staff blur every face in the photos they post from now on.',
              feedback:
                "Blurring helps, but people can still be known by their clothes or tattoos, and it still skips asking. Each person's okay is the respectful rule.",
            },
          ],
        },
        {
          id: 'still-up',
          lead: 'By evening the photos are still up. Jorge texts the center\'s phone: "My boss liked one of them. Forget it."',
          prompt: 'What now?',
          options: [
            {
              id: 'repair-and-reach',
              text: 'Ask your supervisor to pull the photos now, then call Jorge and apologize.',
              feedback:
                'This stops the harm from spreading and starts to repair the relationship. Owning the delay shows Jorge his privacy matters. Then ask what he needs now, such as help with what to say at work.',
              best: true,
            },
            {
              id: 'give-space',
              text: 'Give Jorge some space tonight, and check in when he next comes to the center.',
              feedback:
                'Space can be respectful once the harm is stopped. But the photos are still up, and silence can tell Jorge no one cares. Get them down tonight, then tell him.',
            },
            {
              id: 'text-feelings',
              text: 'Text Jorge back that you are so sorry, and ask how he is feeling about work.',
              feedback:
                'Caring about his feelings is right, but the photos are still up while you talk. Fix what you can first, then apologize and ask what he needs.',
            },
          ],
        },
      ],
    },

    // ────────────────────────────── CHECK POOL ───────────────────────────────
    {
      id: 'res-reentry-threat',
      kind: 'single',
      pool: 'check',
      value: 'respectful',
      setting: 'reentry',
      title: '"I\'m going to hurt him"',
      situation:
        'Jerome, 39, is on parole and meets with you weekly at the reentry center. Today he learned that the man he blames for his arrest lives in his old building. He clenches his fists and says, "When I see him, I\'m going to hurt him. I mean it." The two of you are alone in a small office with a desk phone.',
      safety: ['violence'],
      prompt: 'What do you do?',
      options: [
        {
          id: 'door-and-security',
          text: "Stay calm near the door, tell him you can't keep this private, and call security in.",
          feedback:
            "In a small room with a clear threat, safety comes first: you stay near the door and bring security in without leaving him alone. Being honest that you can't keep this private respects Jerome even now. Your supervisor then follows the agency's duty-to-warn or duty-to-protect policy, which varies by state, and you document what he said and did.",
          best: true,
          safety: 'escalates',
        },
        {
          id: 'talk-then-report',
          text: 'Stay calm, let him talk it through, and tell your supervisor as soon as he leaves.',
          feedback:
            'Letting someone vent helps when they are angry but not threatening anyone. Jerome named a person and said he means it, so waiting until he leaves could cost someone their safety. Bring security in now, while you stay calm with him.',
          safety: 'unsafe',
          instead: 'Stay calm near the door, tell Jerome you cannot keep a threat private, and call security in now.',
        },
        {
          id: 'step-out-for-supervisor',
          text: "Stay calm, tell him you can't keep this private, and step out to find your supervisor.",
          feedback:
            "Honesty and bringing in your supervisor are right. But leaving him alone means he could walk out and act, with no plan in place. Use the desk phone or your site's alert to call security in while you stay near the door.",
          safety: 'unsafe',
          instead: "Stay near the door with Jerome, tell him what you must do, and call security in by phone or your site's alert.",
        },
        {
          id: 'call-parole',
          text: "Stay calm, tell him you can't keep this private, and phone his parole officer now.",
          feedback:
            'His parole officer may well be part of what your agency decides. But that call belongs to your supervisor under agency policy, and it does nothing for safety in the room right now. Call security in first.',
          safety: 'unsafe',
          instead: 'Call security in first, and let your supervisor decide who else is told under the duty-to-warn policy.',
        },
      ],
    },
    {
      id: 'res-er-old-friend',
      kind: 'branch',
      pool: 'check',
      value: 'respectful',
      setting: 'er',
      title: 'Someone from the old days',
      situation:
        'You are the peer bridger on an evening shift, and another peer is also on shift. A nurse asks you to see Julian, 36, who came in after a fall while drinking; he is awake and stable. You knew Julian years ago, before your own recovery, when you both drank with the same crowd. The nurse adds that Julian asked for a peer "who doesn\'t know me from back then."',
      safety: ['role-limits'],
      prompt: 'Work through this visit.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do first?',
          options: [
            {
              id: 'tell-and-hand-off',
              text: 'Tell your supervisor about the old tie, and ask that the other peer see Julian.',
              feedback:
                'Julian has already said what he wants: a peer who did not know him back then. Naming the tie to your supervisor keeps things open, and sending the other peer honors his wish without putting him on the spot. That is respect for his choice and his privacy.',
              best: true,
              safety: 'escalates',
              next: 'hallway',
            },
            {
              id: 'go-in-and-offer',
              text: "Go in, tell Julian you knew each other back then, and ask if he'd like the other peer.",
              feedback:
                'Naming the tie and offering a choice are good moves when you do not know his wishes. He has already told the nurse, so walking in makes him face the very thing he asked to avoid. Send the other peer and tell your supervisor.',
              next: 'in-room',
            },
            {
              id: 'see-him-tell-after',
              text: "See Julian as planned, keep to tonight's needs, and tell your supervisor about the tie after.",
              feedback:
                "Keeping to the person's needs and telling your supervisor fit a slight past tie. This one is close, and Julian asked for someone who doesn't know him. Tell your supervisor first and send the other peer.",
              next: 'in-room',
            },
            {
              id: 'tell-then-ask-him',
              text: "Tell your supervisor about the old tie, then ask Julian whether he'd like you or the other peer.",
              feedback:
                'Telling your supervisor and letting the person choose is the right pair when you do not know what he wants. But Julian already chose, and asking again means he sees you anyway. Honor the choice he made.',
              next: 'in-room',
            },
          ],
        },
        {
          id: 'in-room',
          lead: 'Julian looks away when he sees you. "I told them I didn\'t want anyone from back then," he says.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'sorry-and-swap',
              text: "Say you're sorry, that you'll get the other peer, and tell your supervisor after.",
              feedback:
                'This owns the mistake and puts his wish back in charge. Telling your supervisor keeps the tie in the open and helps the team get it right next time.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'reassure-private',
              text: 'Tell him everything stays private with you, and ask him to give you a chance tonight.',
              feedback:
                'Privacy matters, but he did not ask for privacy; he asked for someone else. Asking him to give you a chance puts your wish ahead of his. Say sorry and bring in the other peer.',
            },
            {
              id: 'ask-what-worries',
              text: 'Ask him what worries him about seeing someone who knew him back then.',
              feedback:
                'Curiosity can help later, but he owes you no reasons. Asking now keeps him in the spot he wanted to avoid. Respect his wish first.',
            },
            {
              id: 'leave-without-word',
              text: 'Step out, and ask your supervisor to send the other peer in, with no more said.',
              feedback:
                'Bringing in your supervisor and the other peer is right. But leaving without a word can feel like rejection. A short, honest sorry as you go is more respectful.',
            },
          ],
        },
        {
          id: 'hallway',
          lead: 'The other peer sees Julian. Later, Julian spots you in the hallway and grins. "Hey, I know you! Give me your number. We should hang out like old times once I\'m out."',
          prompt: 'What do you say?',
          options: [
            {
              id: 'program-only',
              text: "Say it's good to see him, and that you stay in touch only through the program.",
              feedback:
                'This is warm and clear. A past friendship does not change the role you are in now, and the old crowd could pull at both of you. Afterward, check in with your supervisor about the contact.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'ask-plans',
              text: "Say it's good to see him, and ask what he would want to do once he's out.",
              feedback:
                'Interest in his plans is kind, but it skips his request and leaves the number question hanging. Answer him clearly and warmly first.',
            },
            {
              id: 'other-peer-number',
              text: "Give him the program's follow-up number, and say the other peer can help from here.",
              feedback:
                'The follow-up line is right. But it sidesteps what he asked of you, so he may ask again. Say plainly that your contact stays within the program.',
            },
            {
              id: 'maybe-once-settled',
              text: "Say you'd like that, once he's had some real time in recovery himself.",
              feedback:
                'This holds out a future friendship with someone from your drinking days who is a patient of your program. It is a dual relationship in waiting and a risk to both recoveries.',
              safety: 'unsafe',
              instead: 'Say warmly that your contact stays within the program, and talk the history over with your supervisor.',
            },
          ],
        },
      ],
    },
    {
      id: 'res-residential-graduation',
      kind: 'multi',
      pool: 'check',
      value: 'respectful',
      setting: 'residential',
      title: 'The graduation invitation',
      situation:
        "Imani, 29, is finishing the residential program where you have been her peer worker. Staff often go to graduations, and your supervisor has already said you may. Imani invites you to the ceremony and asks you to sit with her mother at the graduation lunch in the program's dining hall, where staff sit with families. She also sends a request to follow your personal social media.",
      safety: ['role-limits'],
      prompt: 'Which responses fit respectful boundaries here? Choose all that apply.',
      options: [
        {
          id: 'glad-to-come',
          text: 'Tell her you would be glad to come, and ask what time the ceremony starts.',
          feedback:
            'Going to a graduation is a helpful boundary crossing when it is open and approved, and your supervisor has approved it. Saying yes warmly shows Imani her milestone matters.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'sit-at-lunch',
          text: 'Say yes to sitting with her mother at the lunch in the dining hall.',
          feedback:
            "The lunch is a program event in the program's own space, in view of staff. Sitting with her family there is part of the same approved crossing, not a private tie.",
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'decline-follow-alumni',
          text: 'Decline the follow request kindly, and tell her about the alumni group.',
          feedback:
            'Personal social media mixes your private life with hers and blurs the role. Offering the alumni group gives her a way to stay connected within the program.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'skip-the-lunch',
          text: 'Go to the ceremony, and skip the lunch with her family afterward.',
          feedback:
            "Skipping a family meal makes sense when it is private, at someone's home. This lunch is a program event you are cleared for, and leaving can feel like rejection on her big day. The safest boundary is not always the most distant one.",
          correct: false,
        },
        {
          id: 'ask-about-follow',
          text: 'Say you will ask your supervisor whether you can accept the follow request.',
          feedback:
            'Checking fits a real gray area. Personal social media with someone you serve is not one, and saying you will ask leaves her hoping. Decline kindly now and point her to the alumni group.',
          correct: false,
        },
      ],
    },
    {
      id: 'res-rural-interpreter',
      kind: 'single',
      pool: 'check',
      value: 'respectful',
      setting: 'rural-telehealth',
      title: 'Who translates',
      situation:
        'Ignacio, 60, joins a short telehealth call from his farm to test his video and set a time for his first full session. Last week the clinic offered him a trained interpreter. He chose one for full sessions and asked that his granddaughter, 14, help on quick calls like this one. Today she sits beside him, and he answers in short English phrases, then in Spanish to her.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'granddaughter-helps',
          text: 'Go ahead with his granddaughter helping, and set a time for the full session.',
          feedback:
            'Ignacio already heard the options and chose: an interpreter for full sessions, his granddaughter for short calls. Today is about a time and the video, nothing private. Respect means honoring a choice he made with the facts.',
          best: true,
        },
        {
          id: 'offer-interpreter',
          text: "Ask which language he'd like, and offer a trained interpreter by phone.",
          feedback:
            'Offering an interpreter is the right move when you do not know his wishes, or when private topics are coming. He chose last week, and asking again can feel like you doubt his decision. Save it for the full session, as he planned.',
        },
        {
          id: 'simple-english',
          text: "Keep going in simple English, and check often that he's following.",
          feedback:
            'Slowing down helps, but he has already said how he wants to talk on these calls. Switching to English only guesses at what he follows. Go with the plan he chose.',
        },
        {
          id: 'step-out-interpreter',
          text: 'Ask his granddaughter to step out, and bring a phone interpreter on.',
          feedback:
            'This is the right step for a full session, where private things come up and he wants an interpreter. On a short call about scheduling, it overrides his choice and may feel like a rebuke to them both.',
        },
      ],
    },
    {
      id: 'res-youth-family-who-decides',
      kind: 'single',
      pool: 'check',
      value: 'respectful',
      setting: 'youth-family',
      title: 'Who decides at home',
      situation:
        'At your first meeting with Joaquin, 14, and his mother, Isabel, 37, you planned to set goals with the two of them. Joaquin\'s grandmother sits at the edge of the room. When you ask Isabel your first question, she says, "Ask my mother too. We decide things together."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'invite-grandmother',
          text: 'Turn to the grandmother and invite her into the goal-setting.',
          feedback:
            'Isabel has told you how her family works: she and her mother decide together. Acting on that, openly and warmly, is cultural humility in practice, and it includes everyone in the room.',
          best: true,
        },
        {
          id: 'ask-how-decide',
          text: "Ask the family how they'd like decisions to be made in these talks.",
          feedback:
            'Asking how a family makes decisions is the right move when you cannot tell. Isabel just told you, so asking again can sound like you did not hear her. Respect means acting on what she said.',
        },
        {
          id: 'keep-to-plan',
          text: 'Keep your questions to Isabel and Joaquin, as you had planned.',
          feedback:
            'Isabel is the guardian, but she asked you to include her mother. Sticking to your plan is policy-correct but person-absent. Invite the grandmother in.',
        },
        {
          id: 'ask-joaquin-goal',
          text: 'Ask Joaquin which goal he would most like to work on first.',
          feedback:
            "Starting with the young person's own goals is often good youth work. But Isabel just asked for something about how her family works, and skipping it can feel dismissive. Invite the grandmother in, then ask Joaquin.",
        },
      ],
    },
    {
      id: 'res-youth-family-last-visit-gifts',
      kind: 'multi',
      pool: 'check',
      value: 'respectful',
      setting: 'youth-family',
      title: 'Gifts at the last visit',
      situation:
        "Jaime, 16, finishes the youth peer program after six months. At your last home visit, his family gives you three things: a drawing from his little sister, a plate of homemade tamales, and two tickets to a pro basketball game. Your agency's policy allows small gifts of food or handmade items and asks staff to kindly decline anything else.",
      prompt: 'Which responses fit respectful boundaries? Choose all that apply.',
      options: [
        {
          id: 'accept-drawing',
          text: "Accept the drawing with thanks, and tell his sister where you'll hang it.",
          feedback:
            'A handmade gift from a child is what your policy allows. Receiving it warmly honors the family; refusing it would sting for no reason.',
          correct: true,
        },
        {
          id: 'share-tamales',
          text: "Accept the tamales with thanks, and say you'll share them with your team.",
          feedback: 'Food is often how families show thanks, and your policy allows it. Sharing it with the team keeps it open.',
          correct: true,
        },
        {
          id: 'decline-tickets-now',
          text: "Thank them warmly for the tickets, and explain that you can't accept them.",
          feedback:
            'Your policy is clear: gifts beyond food or handmade items are declined. Saying so kindly, with thanks, holds the boundary without shaming anyone. A gift of real value can make support feel like something paid for.',
          correct: true,
        },
        {
          id: 'tickets-check',
          text: "Thank them for the tickets, and say you'll check with your supervisor first.",
          feedback:
            'Checking fits when a policy is unclear. Yours is clear, so saying you will check leaves the family waiting on an answer you already know. Decline the tickets kindly now.',
          correct: false,
        },
        {
          id: 'accept-all-tell-after',
          text: 'Accept all three, and tell your supervisor about the tickets afterward.',
          feedback:
            'Telling your supervisor afterward does not undo taking a gift your policy says to decline. The tickets have real money value. Thank the family and decline them kindly now.',
          correct: false,
        },
      ],
    },
    {
      id: 'res-warmline-same-meeting',
      kind: 'single',
      pool: 'check',
      value: 'respectful',
      setting: 'warmline',
      title: 'The same meeting',
      situation:
        'Joel, 58, calls the warmline most weeks. Tonight he says he is going to start going to the Tuesday night recovery meeting at his town library. It is the meeting you go to for your own recovery, as you once mentioned to him. "It\'ll be nice to see a friendly face," he says. "Maybe we can sit together."',
      safety: ['role-limits'],
      prompt: 'What do you say?',
      options: [
        {
          id: 'both-members',
          text: "Say he's welcome, and that there you'll be two members like any others.",
          feedback:
            'The meeting is his to choose, and he is hoping for a personal tie there. Saying kindly how it will work keeps the roles clear and his calls private. Then talk the overlap through with your supervisor and your own supports.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'ask-hopes',
          text: "Ask what he's hoping a new meeting will give him at this point in his recovery.",
          feedback:
            'This is a good question about his recovery, and it fits when someone is weighing a change. But he has asked to sit with you, and leaving that open lets him expect a friendship there. Answer that kindly first.',
        },
        {
          id: 'name-other-meetings',
          text: "Tell him it's a good group, and name two other meetings in his town as well.",
          feedback:
            'Offering options fits when someone asks where to go. Joel has chosen, and listing other meetings can sound like a hint to stay away. The meeting is his to choose; make the roles clear instead.',
        },
        {
          id: 'supervisor-first',
          text: "Say you'll talk with your supervisor about how to handle seeing him there.",
          feedback:
            'Your supervisor can help you, but saying this to Joel makes his meeting sound like it needs approval. Tell him he is welcome and how it will work, then talk with your supervisor.',
        },
      ],
    },
    {
      id: 'res-drop-in-coffee-ask',
      kind: 'rank',
      pool: 'check',
      value: 'respectful',
      setting: 'drop-in',
      title: '"Can I take you out?"',
      situation:
        'Jamal, 38, has come to the drop-in center for four months, and you meet with him one-to-one about his housing search. Last month he asked you out, and you gave a kind, clear no. You took it, and your own fondness for him, to supervision, where you agreed that if he asked again, he would move to another peer worker. Today he says, "I know what you said, but I still like you. One coffee?"',
      safety: ['role-limits'],
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'no-and-transfer',
          text: "Say kindly that you can't, and that you'll ask your supervisor to move him to a new peer.",
          feedback:
            'This belongs first. He has asked again, and you and your supervisor already agreed on this step. Saying so kindly and plainly keeps his support safe and stops a pattern that could crowd out his housing goals. Telling him the next step, rather than doing it behind his back, is respect.',
          safety: 'escalates',
        },
        {
          id: 'kind-clear-no',
          text: "Thank him for being honest, and tell him kindly that you can't date someone you support.",
          feedback:
            'This belongs second. A kind, clear no is the right first answer, and it was right last month. But he has asked again, and repeating the no without the step you agreed on in supervision leaves the same pattern in place.',
        },
        {
          id: 'flattered-steer',
          text: "Say you're flattered, steer back to his housing search, and tell your supervisor later.",
          feedback:
            'This belongs third. Telling your supervisor is right, and steering back works when a compliment is passing. But Jamal asked you out again, directly, and a dodge leaves him hoping. Give him a clear answer and the next step you agreed on.',
        },
        {
          id: 'not-while-working',
          text: "Tell him kindly that it can't happen while the two of you are working together.",
          feedback:
            'This belongs last. It sounds like a no, but it holds out a future date, especially once he moves to another peer. Many codes and agency policies rule out romance with people you serve, and hope of one can shape everything he shares.',
          safety: 'unsafe',
          instead: 'Give a kind, clear no with no "later", and tell him about the move to another peer that you agreed on in supervision.',
        },
      ],
    },
    {
      id: 'res-er-right-in',
      kind: 'value',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'er',
      title: '"The doctor will be right in"',
      situation:
        'Ike, 58, has waited in the emergency department for five hours. He is stable but angry, and he is talking about leaving. A nurse asks you to tell him "the doctor will be right in" to calm him down. You know the doctor is at least two hours away.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'Yes. You are being asked to say something you know is untrue. Telling Ike the real wait, kindly and plainly, keeps his trust and lets him decide what to do with true facts.',
          best: true,
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respect is involved, since keeping someone in the dark is a kind of disrespect. But the choice in front of you is whether to tell the truth. That makes Honest and direct the value most at stake.',
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'His frustration deserves empathy, and naming it will help. But the request is to calm him with a false promise, which empathy cannot fix. Honesty is what is on the line.',
        },
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Whether he stays is his choice, so Voluntary is relevant. But he can only choose well with true information. The value most directly at stake is honesty.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
