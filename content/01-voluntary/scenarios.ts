import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'voluntary',
  questions: [
    {
      id: 'vol-er-naloxone',
      kind: 'single',
      value: 'voluntary',
      setting: 'er',
      title: 'The detox request',
      situation:
        'Marcus, 34, woke up in the emergency department after staff gave him naloxone. The doctor says he is now medically stable. He tells you, "I don’t want your recovery stuff." The nurse pulls you aside and asks you to get him to agree to detox before he is discharged.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'invite',
          text: 'Introduce yourself, tell Marcus you are not there to make him do anything, and ask what would be useful to him today, such as a naloxone kit, some information, or just your card.',
          feedback:
            'This is voluntary support at its best: a real offer with no strings, and Marcus stays in charge of what happens next. Even a small yes, like taking your card, keeps the door open for later.',
          best: true,
        },
        {
          id: 'pressure',
          text: 'Tell him you and the nurse both think detox is the only smart choice, and stay by his bed until he agrees.',
          feedback:
            'This turns an offer into pressure. Even when you mean well, pushing someone who has said no breaks the voluntary value and may make him avoid peer workers the next time he needs one.',
        },
        {
          id: 'scare',
          text: 'Remind him that next time he might not wake up, so he really has no choice but to go to detox.',
          feedback:
            'Fear used to force a yes is a form of coercion, which peer ethics codes warn against. It also drops the respect that makes peer support different from other services.',
        },
        {
          id: 'walk-away',
          text: 'Tell the nurse there is nothing you can do because he said no, and leave without speaking to him again.',
          feedback:
            'Voluntary does not mean walking away at the first no. A short, low-pressure offer of information or a way to reach you respects his choice and still leaves the door open.',
        },
      ],
    },
    {
      id: 'vol-reentry-parole-report',
      kind: 'branch',
      value: 'voluntary',
      setting: 'reentry',
      title: 'The attendance report',
      situation:
        'Dana, 41, came home from prison two months ago and has been meeting with you every week. Her parole officer calls you. He says your sessions are now a condition of her release, and he wants you to text him after each session to say whether she showed up.',
      prompt: 'What do you say to the parole officer?',
      safety: ['role-limits'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you say to the parole officer?',
          options: [
            {
              id: 'check-role',
              text: 'Tell him you need to check with your supervisor about what your role allows, and that you will not report anything without Dana knowing first.',
              feedback:
                'This keeps you in your role. A peer worker is not a secret compliance monitor, and your supervisor can help you learn what, if anything, your program must share. Promising openness protects Dana’s choice and her trust.',
              best: true,
              safety: 'escalates',
              next: 'with-dana',
            },
            {
              id: 'text-quietly',
              text: 'Agree to text him after each session. It seems easier not to mention it to Dana.',
              feedback:
                'Secret reporting turns you into a monitor and breaks the trust that voluntary peer support depends on. If Dana finds out, she may stop coming, which could also cause her problems with parole.',
              safety: 'unsafe',
              instead:
                'Check your role with your supervisor, and tell Dana plainly what, if anything, will be shared before any report is made.',
              next: 'after-secret',
            },
            {
              id: 'warn-dana',
              text: 'Hang up, then tell Dana her parole officer is trying to use you to catch her, so she should watch out for him.',
              feedback:
                'This gives Dana your guess, not the facts, and paints her officer as an enemy. That can harm her standing with parole. Being honest and direct means checking your role first, then giving her clear facts.',
              next: 'after-warning',
            },
          ],
        },
        {
          id: 'with-dana',
          lead: 'Your supervisor explains that, in your program, attendance can be shared only with Dana’s written consent. You sit down with Dana to talk it through.',
          prompt: 'What do you say to Dana?',
          options: [
            {
              id: 'explain-choice',
              text: 'Explain exactly what the officer asked, that you can share attendance only if she signs a consent form, and that the decision is hers. Then ask what questions she has.',
              feedback:
                'This is informed consent in action. Dana gets the full facts and makes the call herself. Being open about what gets shared keeps her trust and keeps peer support voluntary.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'sign-now',
              text: 'Hand her the consent form and tell her she has to sign it or she will be in trouble.',
              feedback:
                'A form signed under pressure is not real consent. Dana may face real rules from parole, but your job is to explain them clearly and let her choose, not to push her into signing.',
            },
            {
              id: 'skip-details',
              text: 'Tell her not to worry about the details, since you are on her side anyway.',
              feedback:
                'Skipping the details leaves Dana guessing about what you share and with whom. Informed consent means clear facts, even when they are uncomfortable to hear.',
            },
          ],
        },
        {
          id: 'after-secret',
          lead: 'Three weeks later, Dana sees a message from her officer that mentions your reports. She is angry and says she feels tricked. She tells you she might stop coming.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'own-it',
              text: 'Own the mistake, stop the secret texts, tell her plainly what was shared, and take the situation to your supervisor so you can agree on an open plan with her.',
              feedback:
                'Repair starts with honesty and accountability. Stopping the secret reports and bringing in your supervisor puts you back in your role, and Dana can decide with full facts whether to keep meeting.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'blame-parole',
              text: 'Tell her you had no choice because parole required it.',
              feedback:
                'This shifts the blame and is not accurate: you did have a choice about reporting in secret. Dana’s trust depends on you being honest about your part.',
            },
            {
              id: 'keep-texting',
              text: 'Apologize, but keep texting the officer without telling her, since it has already started.',
              feedback:
                'Continuing to report in secret repeats the harm and breaks the voluntary value again. She has a right to know what is shared about her.',
              safety: 'unsafe',
              instead: 'Stop any secret reporting, tell Dana exactly what has been shared, and work out an open plan with your supervisor.',
            },
          ],
        },
        {
          id: 'after-warning',
          lead: 'Dana skips her next parole meeting because she now believes her officer is out to get her. She calls you, upset and scared about what happens next.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'correct-course',
              text: 'Tell her you shared a guess, not the facts, and you are sorry. Check your role with your supervisor, then give her clear facts and help her think through contacting her officer.',
              feedback:
                'Owning the mistake and getting the facts straight puts the choice back in Dana’s hands. Your supervisor can help you stay in role while she decides her next step.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'avoid-him',
              text: 'Agree that the officer is the problem and tell her to avoid him for now.',
              feedback:
                'This deepens the harm and steers her choices with your own opinion. It could put her release at risk and takes her decision away from her.',
            },
            {
              id: 'not-my-problem',
              text: 'Tell her this is between her and parole now, and end the call.',
              feedback:
                'Walking away after your words helped cause the problem leaves Dana alone with it. Staying in role means helping her get clear facts so she can choose.',
            },
          ],
        },
      ],
    },
    {
      id: 'vol-youth-earbuds',
      kind: 'single',
      value: 'voluntary',
      setting: 'youth-family',
      title: 'The earbuds stay in',
      situation:
        'A mother signed up her daughter, Priya, 16, for youth peer mentoring. At your first meeting, Priya keeps her earbuds in and says, "I never asked for this." Her mother is waiting in the lobby.',
      prompt: 'What is your best first response?',
      options: [
        {
          id: 'her-say',
          text: 'Agree that she did not ask for this. Tell her she gets a say in whether and how you meet, and offer to talk with her mom together if she decides it is not for her.',
          feedback:
            'This treats Priya as the person whose choice matters, even though a parent signed her up. Naming her right to decide is often what makes a young person curious enough to stay.',
          best: true,
        },
        {
          id: 'mom-decides',
          text: 'Tell her that her mom signed her up, so she needs to give it a real try for at least a month.',
          feedback:
            'Enforcing a parent’s rule makes you part of the pressure Priya already feels. Your role is to offer, not to make her attend, and that is the heart of the voluntary value.',
        },
        {
          id: 'call-mom-in',
          text: 'Go to the lobby and ask her mom to come in and tell Priya to cooperate.',
          feedback:
            'Bringing in her mother to push her sends the message that Priya has no voice here. It is likely to end the relationship before it starts.',
        },
        {
          id: 'bribe',
          text: 'Promise her a gift card from your own pocket if she takes the earbuds out and finishes the session.',
          feedback:
            'Paying someone to take part is undue influence, which peer ethics codes warn against, and it crosses a money boundary. A real choice cannot be bought.',
        },
      ],
    },
    {
      id: 'vol-res-phase-group',
      kind: 'single',
      value: 'voluntary',
      setting: 'residential',
      title: 'Group or no phase-up',
      situation:
        'Attendance at your peer group in a residential program has been low. The clinical director asks you to tell residents that skipping peer group will delay their move to the next phase. Several residents have already told you they feel the program controls every minute of their day.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'advocate',
          text: 'Tell the director you want peer group to stay voluntary and explain why. Ask your supervisor to help you find other ways to raise attendance, such as asking residents what they want from the group.',
          feedback:
            'This protects the voluntary value while working with the team. Asking residents what they want often does more for attendance than any rule, and it gives them a real choice.',
          best: true,
        },
        {
          id: 'announce',
          text: 'Announce the new rule at dinner so everyone hears it at once.',
          feedback:
            'Tying your group to phase advancement makes attendance forced. Residents would come because they have to, not because they want to, and peer support loses what makes it different.',
        },
        {
          id: 'hint',
          text: 'Tell residents about the rule, but hint that you will not really be tracking it.',
          feedback:
            'This is still pressure, and it adds a mixed message. Residents cannot make a free, informed choice when they are not sure what the real rule is.',
        },
        {
          id: 'say-nothing',
          text: 'Say nothing to anyone and hope the director forgets about it.',
          feedback:
            'Avoiding the talk leaves the problem in place, and residents may hear the rule from someone else. Speaking up for voluntary support, with your supervisor’s help, is part of your role.',
        },
      ],
    },
    {
      id: 'vol-drop-reoffer',
      kind: 'rank',
      value: 'voluntary',
      setting: 'drop-in',
      title: 'After the first no',
      situation:
        'Mr. Okafor, 67, comes to the recovery community center most mornings for coffee and the newspaper. Last week you offered him peer support, and he said, "No thanks, not for me." Today he waves at you from his usual table.',
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'open-door',
          text: 'Say hello, chat about whatever he brings up, and mention once, lightly, that the offer still stands any time.',
          feedback:
            'Most helpful. A kind re-offer with no pressure respects his no and keeps the door open. That is exactly what voluntary support looks like.',
        },
        {
          id: 'just-friendly',
          text: 'Say hello and chat, but never mention peer support again unless he raises it himself.',
          feedback:
            'Second. This respects his choice, but he may think the offer is gone for good. Voluntary does not mean you can never re-offer; one light mention would be better.',
        },
        {
          id: 'ask-why',
          text: 'Sit down and ask why he said no, then explain why he is wrong about peer support.',
          feedback:
            'Third. Curiosity can be fine, but arguing with his reasons turns an offer into pressure and tells him his choice does not count.',
        },
        {
          id: 'tie-coffee',
          text: 'Tell him the free coffee is really meant for people who take part in peer support.',
          feedback:
            'Least helpful. Tying a basic welcome to taking part is coercion. It punishes him for saying no and goes against the voluntary value at its core.',
        },
      ],
    },
    {
      id: 'vol-warmline-consent',
      kind: 'multi',
      value: 'voluntary',
      setting: 'warmline',
      title: 'Is this confidential?',
      situation:
        'Jen, a first-time caller to the peer warmline, asks before saying anything else: "Is this confidential? Are you going to write down my name or tell anyone?" She sounds nervous but calm.',
      prompt: 'Which of these belong in your answer? Choose all that apply.',
      options: [
        {
          id: 'what-it-is',
          text: 'Explain in plain words that this is a peer line: someone with lived experience to talk with, not therapy and not a crisis team.',
          feedback:
            'Correct. Jen can only make an informed choice if she knows what the line is and what it is not. This is the first part of informed consent.',
          correct: true,
        },
        {
          id: 'limits',
          text: 'Say that what she shares stays private, with a few exceptions, such as if someone may be in danger or a child may be harmed, and that the line follows its policy and the law.',
          feedback:
            'Correct. Naming the limits of privacy up front is honest, and it lets Jen decide what to share. Surprises later would damage trust.',
          correct: true,
        },
        {
          id: 'her-choice',
          text: 'Tell her she can share as much or as little as she wants, skip any question, and end the call any time.',
          feedback:
            'Correct. Reminding her that she is in control of the call makes the support truly voluntary, which can help a nervous caller relax.',
          correct: true,
        },
        {
          id: 'promise-total',
          text: 'Promise that nothing she says will ever be shared with anyone, no matter what.',
          feedback:
            'Not correct. This is a promise you cannot keep, since there are limits to privacy. A false promise now can break trust later and means her consent was not truly informed.',
          correct: false,
        },
        {
          id: 'skip-question',
          text: 'Tell her not to worry about that and ask what is going on instead.',
          feedback:
            'Not correct. Brushing off her question skips informed consent. She asked for facts so she could choose, and she deserves a clear answer first.',
          correct: false,
        },
      ],
    },
    {
      id: 'vol-rural-giving-away',
      kind: 'multi',
      value: 'voluntary',
      setting: 'rural-telehealth',
      title: 'Respect my choice',
      situation:
        'Rosa, 45, has met with you by video for two months from her home in a small farming town. Today she says she wants to stop your sessions. She adds that it "won’t matter soon anyway" and that she has been giving her things away to her nieces. "You always said this was my choice," she says, "so respect it."',
      prompt: 'Which of these should you do? Choose all that apply.',
      safety: ['suicide-risk', 'remote-risk'],
      options: [
        {
          id: 'ask-directly',
          text: 'Stay on the call, tell her you are worried, and ask her directly and calmly whether she is thinking about suicide.',
          feedback:
            'Correct. Her words and giving her things away are warning signs, and asking directly is safe and shows you take her seriously. Her wish to stop sessions matters, but safety comes first.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'confirm-location',
          text: 'Confirm where she is right now and a phone number to reach her if the video drops.',
          feedback:
            'Correct. On a video call, help can only reach her if you know where she is. Ideally you confirm her location and a callback number at the start of every session.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'follow-protocol',
          text: 'Follow your crisis protocol: bring in your supervisor or crisis staff, offer a warm connection to 988 by call or text, and call 911 if danger is imminent.',
          feedback:
            'Correct. You do not handle this alone. Your protocol, your supervisor and 988 bring the right help, and you can stay with her while it happens.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'end-call',
          text: 'Respect her choice: thank her for the work you did together, end the call, and email her a list of resources.',
          feedback:
            'Not correct, and unsafe. Voluntary never outranks a risk to someone’s life. Ending the call would leave her alone at a moment of real danger.',
          correct: false,
          safety: 'unsafe',
          instead:
            'Stay on the call, ask her directly about suicide, confirm her location, and follow your crisis protocol with your supervisor and 988.',
        },
        {
          id: 'keep-secret',
          text: 'Promise to keep what she said between the two of you so she keeps trusting you.',
          feedback:
            'Not correct, and unsafe. Keeping a suicide risk secret can cost a life. Honesty about what you must do is part of keeping trust.',
          correct: false,
          safety: 'unsafe',
          instead: 'Tell her honestly that you are worried and need to bring in help, then follow your crisis protocol.',
        },
      ],
    },
    {
      id: 'vol-er-leaving-confused',
      kind: 'single',
      value: 'voluntary',
      setting: 'er',
      title: 'My choice to leave',
      situation:
        'Walt, 61, came to the emergency department for help to stop drinking safely. An hour later you find him pulling on his coat. He is sweating, shaking hard, and keeps asking what city he is in. "It’s my choice to leave," he says. "You peer people are all about choice."',
      prompt: 'What do you do?',
      safety: ['overdose-medical'],
      options: [
        {
          id: 'get-medical',
          text: 'Stay with him, tell him calmly that you are getting his nurse because you are worried about his health, and alert medical staff right away using your site’s protocol.',
          feedback:
            'His confusion, sweating and shaking could be signs of a medical emergency. Choice matters, but voluntary never outranks a risk to someone’s life. Staying with him and getting medical staff is the safe, in-role response.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'walk-out',
          text: 'Respect his choice, give him your card, and walk him to the exit.',
          feedback:
            'This is unsafe. He may not be able to make a safe choice right now, and leaving could put his life at risk. Doing nothing in the name of choice is never right when there are signs of a medical emergency.',
          safety: 'unsafe',
          instead: 'Stay with him and alert medical staff right away so the medical team can check on him.',
        },
        {
          id: 'drive-home',
          text: 'Offer to drive him home yourself so he at least gets there safely.',
          feedback: 'This is unsafe. It takes him away from medical care he may urgently need, and it steps outside the peer role.',
          safety: 'unsafe',
          instead: 'Alert medical staff right away and stay with him; never transport someone in a possible medical emergency yourself.',
        },
        {
          id: 'threaten',
          text: 'Tell him security will stop him if he tries to leave.',
          feedback:
            'This is unsafe. A threat is coercion, and it is not your call to make. It could also make a confused person panic and rush out before medical staff can help.',
          safety: 'unsafe',
          instead: 'Stay calm, tell him you are worried, and get medical staff to him right away.',
        },
      ],
    },
    {
      id: 'vol-reentry-auto-caseload',
      kind: 'value',
      value: 'voluntary',
      setting: 'reentry',
      title: 'Signed up without asking',
      situation:
        'At a reentry center, the program manager wants to add every new arrival to your peer caseload automatically. Anyone who skips peer meetings would have "refused services" written in a file that case managers and parole officers can read. Hector, who arrived yesterday, asks you if he has to meet with you.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Yes. Signing people up without asking, and marking a "refusal" that others can see, turns an offer into a requirement. Hector should hear that peer support is his choice, and you can raise the plan with your supervisor.',
          best: true,
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Close, since the manager is making decisions for people. But the core problem is whether Hector can freely say yes or no to peer support at all, which is the voluntary value.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Building on Hector’s strengths matters, but this situation is not about strengths versus problems. It is about whether he has a real choice.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope matters for anyone coming home from prison, but nothing here is about hope. The question Hector asks is whether he has to take part, which is about choice.',
        },
      ],
    },
    {
      id: 'vol-drop-new-sharing',
      kind: 'single',
      value: 'voluntary',
      setting: 'drop-in',
      title: 'She already signed the form',
      situation:
        'Aisha, 29, agreed to peer support at the drop-in center six months ago to work on her job search. She has since started working with a housing case manager at a partner agency. Your coordinator suggests sending your peer notes about Aisha to the case manager, "since she already signed the intake form."',
      prompt: 'What do you do?',
      options: [
        {
          id: 'ask-aisha',
          text: 'Talk with Aisha first. Explain what would be shared, with whom and why, and that it is her decision. Share only if she agrees in the way your policy requires.',
          feedback:
            'Informed consent is an ongoing conversation, not one signature on day one. Asking Aisha keeps her in charge of her own information, which is what voluntary support means.',
          best: true,
        },
        {
          id: 'send-notes',
          text: 'Send the notes, since the intake form covers it.',
          feedback:
            'A form signed six months ago for a job search did not cover a new agency or a new purpose. Sharing without asking takes the choice away from her and can break privacy rules, which often require specific written consent.',
        },
        {
          id: 'send-summary',
          text: 'Send a short summary instead of the full notes, so less is shared without asking.',
          feedback: 'Sharing less is still sharing without her agreement. The issue is not how much is shared but whether Aisha chose it.',
        },
        {
          id: 'never-share',
          text: 'Tell the coordinator that peer notes can never be shared with anyone, under any circumstances.',
          feedback:
            'That is not accurate. With her consent, sharing might help Aisha get housing, and there are legal limits to privacy too. The voluntary approach is to let Aisha decide.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
