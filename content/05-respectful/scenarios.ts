import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'respectful',
  questions: [
    {
      id: 'res-drop-in-holiday-gift',
      kind: 'single',
      value: 'respectful',
      setting: 'drop-in',
      title: 'The holiday gift',
      situation:
        'Rosa, 52, has come to the recovery community center for about a year. In December she hands you a card she made herself and a $50 gift card for a grocery store. She says, "You have no idea how much you have helped me." Your agency has a written policy on gifts.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'thank-and-check',
          text: 'Thank her warmly and keep the card she made. Explain kindly that gifts with money value fall under a rule at work, and say you will check with your supervisor about the gift card.',
          feedback:
            'This honors her kindness and keeps the boundary clear. Peer codes warn against gifts of significant value, and your supervisor can help you find a good option, such as a center fund. Respect means her gesture is received, not rejected.',
          best: true,
        },
        {
          id: 'accept-both',
          text: 'Accept both gifts quietly. Refusing would hurt her feelings, and $50 is not that much.',
          feedback:
            'Taking a money-value gift in secret blurs the relationship and skips your agency policy. It can also leave Rosa feeling that support is something she pays for. Respectful boundaries are open, not hidden.',
        },
        {
          id: 'refuse-both',
          text: 'Hand both gifts back and say, "Sorry, I am not allowed to take gifts."',
          feedback:
            'The rule may be real, but a flat refusal can shame someone who offered thanks from the heart. A handmade card is usually fine to accept. Respect means holding the boundary kindly, not as a wall.',
        },
        {
          id: 'gift-back',
          text: 'Accept both, then buy her a gift of the same value so things feel even.',
          feedback:
            'Trading gifts turns the peer relationship into a personal one and adds a new boundary problem. It does not solve the first. Respect here means following policy with warmth, not evening the score.',
        },
      ],
    },
    {
      id: 'res-rural-softball-game',
      kind: 'single',
      value: 'respectful',
      setting: 'rural-telehealth',
      title: 'At the softball game',
      situation:
        'You support Dale, 44, by video from the county clinic in a town of two thousand people. It turns out he coaches your daughter\'s softball team. After Saturday\'s game he waves and comes over to say hi. Another parent asks, "How do you two know each other?"',
      prompt: 'What is the most respectful response?',
      options: [
        {
          id: 'neutral-then-talk',
          text: 'Smile, let Dale answer if he wants to, or say something neutral like "Oh, around town." At your next session, ask Dale how he would like to handle running into each other, and tell your supervisor about the overlap.',
          feedback:
            "This protects Dale's privacy and lets him decide what others know. In small towns some overlap is normal, so the respectful move is to plan for it together and be open with your supervisor. It keeps his dignity and the relationship intact.",
          best: true,
        },
        {
          id: 'say-peer-worker',
          text: 'Answer honestly: "I\'m his peer support worker."',
          feedback:
            "Being honest does not mean sharing someone else's private information. This tells a neighbor that Dale uses peer support, without his consent. Respect means his story is his to tell.",
        },
        {
          id: 'walk-away',
          text: 'Nod briefly and walk off so no one links the two of you.',
          feedback:
            'Pulling away can feel like rejection, and Dale may wonder if you are ashamed of him. Distance is not the same as respect. A warm, neutral greeting protects privacy better.',
        },
        {
          id: 'switch-teams',
          text: 'Move your daughter to another team so this never happens again.',
          feedback:
            "This treats a normal small-town overlap as a crisis, and it changes your child's life without need. It may also send Dale a message that he is a problem. Talk with your supervisor and with Dale instead of acting alone.",
        },
      ],
    },
    {
      id: 'res-reentry-bus-pass',
      kind: 'branch',
      value: 'respectful',
      setting: 'reentry',
      title: 'The friend request and the bus pass',
      situation:
        'Marcus, 31, came home from prison three weeks ago, and you meet him weekly at the reentry center. Last night he sent a friend request to your personal social media account. Today he asks if he can borrow $40 for a bus pass so he can get to job interviews.',
      safety: ['role-limits'],
      prompt: 'Work through this conversation with Marcus.',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say?',
          options: [
            {
              id: 'decline-and-connect',
              text: "Thank him for trusting you. Explain kindly that your role means you can't lend money or connect on personal social media. Then offer to look up the center's transit help with him right now.",
              feedback:
                'This stays in role and says why, which respects Marcus as an adult. Peer codes steer you away from dual relationships like lending money, and you still meet the real need for a ride. Respect here means a clear boundary plus real help.',
              best: true,
              safety: 'escalates',
              next: 'after-decline',
            },
            {
              id: 'lend-and-accept',
              text: 'Accept the friend request and give him $40 from your wallet. It is a small amount, and he needs it.',
              feedback:
                'Lending money makes you a lender, not a peer worker. It can leave Marcus feeling in your debt and make it harder for him to be honest with you. This is a boundary violation, even when it comes from kindness.',
              safety: 'unsafe',
              instead:
                'Decline the loan and the friend request kindly, explain why, and connect him with transit or cash help through the center.',
              next: 'after-blurred',
            },
            {
              id: 'accept-and-think',
              text: 'Accept the friend request so he does not feel rejected, and say you will think about the money.',
              feedback:
                'A vague answer leaves Marcus hoping for a loan, and the friend request opens a personal channel outside your role. It delays the boundary instead of holding it. Respect means being clear now.',
              safety: 'unsafe',
              instead: 'Say no to the loan and the friend request kindly now, and offer to find transit help together.',
              next: 'after-blurred',
            },
          ],
        },
        {
          id: 'after-decline',
          lead: 'Marcus looks down. "I thought you were different," he says. "You sound like my parole officer."',
          prompt: 'What do you do next?',
          options: [
            {
              id: 'acknowledge-and-search',
              text: 'Say it makes sense that it stings. Tell him you want to help in a way that lasts, and start looking up bus pass programs together.',
              feedback:
                'You name his feeling without backing away from the boundary. Then you act on his goal right away. This shows respect for both his feelings and the role.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'give-in',
              text: 'Feel bad and lend him the money after all, so he knows you are on his side.',
              feedback:
                'Giving in teaches that a boundary can be pushed aside by guilt. It also turns you into a lender, with all the strain that brings. His hurt is real, but the loan is still outside your role.',
              safety: 'unsafe',
              instead: 'Acknowledge his hurt, keep the boundary, and work on transit help together.',
            },
            {
              id: 'rules-are-rules',
              text: 'Tell him rules are rules and end the meeting early.',
              feedback:
                'The boundary holds, but Marcus leaves feeling judged and alone. Cutting the meeting short also drops his real need. Respect means staying warm while you hold the line.',
            },
          ],
        },
        {
          id: 'after-blurred',
          lead: 'A few nights later, at 11 pm, Marcus messages your personal account. He is short again and asks for $60. He adds, "You\'re the only one who gets it."',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'reset-with-supervisor',
              text: "Don't reply from your personal account tonight. Tell your supervisor what happened. At your next meeting, own your part, reset the boundary kindly, and help him find transit and cash help.",
              feedback:
                'This repairs the boundary openly and with support. Owning your part shows respect, and it keeps Marcus from feeling tricked. Supervision is the right place to sort out a crossed line.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'send-more',
              text: "Send the $60 so you don't lose his trust.",
              feedback:
                'This deepens a dual relationship that can harm you both. Trust built on money is fragile, and it is not the trust peer support needs. It is a clear boundary violation.',
              safety: 'unsafe',
              instead: 'Do not send money. Talk with your supervisor, then reset the boundary with Marcus in person.',
            },
            {
              id: 'block-silently',
              text: 'Block him without a word and never mention it.',
              feedback:
                "Cutting him off in silence leaves him confused and ashamed. He may stop coming to the center. Respect means explaining the change honestly, with your supervisor's help.",
            },
          ],
        },
      ],
    },
    {
      id: 'res-er-hallway-talk',
      kind: 'single',
      value: 'respectful',
      setting: 'er',
      title: 'Words in the hallway',
      situation:
        "You are a peer bridger in a busy emergency department. A nurse stops you next to the waiting room and starts describing a man's diagnosis, using his full name. Several people in the waiting room look up.",
      prompt: 'What do you do first?',
      options: [
        {
          id: 'move-private',
          text: 'Quietly say, "Can we step in here?" and move to a private space before she goes on.',
          feedback:
            "This protects the man's privacy right away without embarrassing the nurse. It treats him with dignity even though he is not there. You can raise the hallway issue with your supervisor later.",
          best: true,
        },
        {
          id: 'listen-then-go',
          text: 'Let her finish quickly so you can get to him sooner.',
          feedback:
            'Speed matters, but strangers are hearing private health details. Staying silent lets the harm go on. Respect for his privacy comes before saving a minute.',
        },
        {
          id: 'call-out',
          text: 'Say loudly, "You can\'t talk about people out here!"',
          feedback:
            "The point is right, but calling her out in public draws even more attention to the man's situation. It also shames a coworker you need to work with. A quiet move to a private space fixes the problem.",
        },
        {
          id: 'tell-him',
          text: 'Later, tell the man that the nurse talked about him in the hallway.',
          feedback:
            'This may upset him without helping, and it skips the chance to stop the problem. Handle the privacy issue in the moment and through your supervisor. That respects both him and your team.',
        },
      ],
    },
    {
      id: 'res-youth-name-pronouns',
      kind: 'multi',
      value: 'respectful',
      setting: 'youth-family',
      title: 'The name on the form',
      situation:
        'You are a youth peer mentor. The intake form for Kai, 15, shows a different legal first name. When their mother steps out, Kai tells you they go by Kai and use they/them pronouns. Kai adds that their dad does not know yet.',
      prompt: 'Which responses show respect and cultural humility? Choose all that apply.',
      options: [
        {
          id: 'ask-where',
          text: 'Ask Kai where it is okay to use their name and pronouns: in group, in notes, with their mom, with their dad.',
          feedback:
            'This makes Kai the expert on their own life and safety. Using a name in one place and not another is common. Respect means asking, not assuming.',
          correct: true,
        },
        {
          id: 'use-kai',
          text: 'Use Kai and they/them in your sessions together, and thank Kai for telling you.',
          feedback:
            'Using the name and pronouns a person chooses is basic respect. Thanking them shows their trust was well placed. This builds the relationship.',
          correct: true,
        },
        {
          id: 'tell-parents',
          text: 'Tell both parents at the next family meeting so everyone uses the same name.',
          feedback:
            "Sharing this without Kai's say-so takes away their choice about when and how to tell their family. It could also strain things at home. Respect means following Kai's lead on who knows.",
          correct: false,
        },
        {
          id: 'legal-name-only',
          text: 'Stick to the legal name on the form, because that is the official record.',
          feedback:
            'Treating a form as more important than the person is not respect. Ask your supervisor how your agency records chosen names. In conversation, use the name Kai asked for where they said it is safe.',
          correct: false,
        },
        {
          id: 'check-supervisor',
          text: 'Ask your supervisor how your agency handles chosen names in records, without sharing more than needed.',
          feedback:
            "Learning the policy helps you honor Kai's wishes in notes and in group. Sharing only what is needed protects their privacy. This is respect backed by good practice.",
          correct: true,
        },
      ],
    },
    {
      id: 'res-residential-sponsor-ask',
      kind: 'single',
      value: 'respectful',
      setting: 'residential',
      title: 'Will you be my sponsor?',
      situation:
        'Tomasz, 38, leaves residential treatment in two weeks. In a one-to-one, he says he trusts you more than anyone and asks you to be his 12-step sponsor after he leaves. He also asks for your personal phone number.',
      safety: ['role-limits'],
      prompt: 'How do you respond?',
      options: [
        {
          id: 'decline-and-help-find',
          text: "Tell him you are honored. Explain that you can't be his sponsor or share your personal number while you are his peer worker. Offer to help him plan how to find a sponsor at the meetings he likes.",
          feedback:
            'This stays in role and explains why, which respects Tomasz as a partner. It turns his trust into a next step: finding a sponsor in his own recovery community. The goal he cares about stays alive.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'say-yes-quietly',
          text: 'Say yes, as long as he keeps it between the two of you.',
          feedback:
            'Being his sponsor and his peer worker at once is a dual relationship. Keeping it secret makes it worse and puts both of you in a hard spot. Respect for him and for the role means saying no kindly.',
          safety: 'unsafe',
          instead: 'Decline kindly, explain your role, and help him find a sponsor in his own meetings.',
        },
        {
          id: 'number-only',
          text: "Say you can't sponsor him, but give him your personal number in case he needs you.",
          feedback:
            "Personal contact outside work hours blurs the role and can leave him relying on someone who may not answer. Peer codes steer you away from giving out personal contact details. Offer the program's after-care contacts and crisis lines instead.",
          safety: 'unsafe',
          instead: 'Keep contact within agency channels and give him after-care contacts, plus 988 for a crisis.',
        },
        {
          id: 'brush-off',
          text: "Laugh it off and change the subject so it isn't awkward.",
          feedback:
            'Dodging the question leaves him unsure and may feel like rejection. He offered real trust. Respect means giving a clear, kind answer.',
        },
      ],
    },
    {
      id: 'res-warmline-personal-number',
      kind: 'rank',
      value: 'respectful',
      setting: 'warmline',
      title: 'After the line closes',
      situation:
        'Bernadette, 67, calls the warmline most evenings. Tonight she says nights feel long and lonely after the line closes at 10 pm. She asks for your personal cell number so she can call you "just to chat."',
      safety: ['role-limits'],
      prompt: 'Put these responses in order, from most helpful to least helpful.',
      options: [
        {
          id: 'decline-and-plan',
          text: 'Decline kindly and explain why. Then work out a plan for nights with her: other people or groups she could reach, when the line opens again, and 988 if she is ever in crisis.',
          feedback:
            'This belongs first. It holds the boundary with warmth and meets the real need behind the request: connection at night. It also makes sure she knows where to turn in a crisis.',
          safety: 'escalates',
        },
        {
          id: 'decline-and-hours',
          text: "Decline kindly and remind her of the warmline's hours.",
          feedback:
            'This belongs second. The boundary is clear and kind, but it leaves her lonely nights unplanned. Adding a night plan would show more respect for her need.',
        },
        {
          id: 'maybe-later',
          text: 'Say you will think about it and move on to another topic.',
          feedback:
            'This belongs third. It avoids conflict but leaves Bernadette waiting for an answer that will not come. Being vague is not respectful.',
        },
        {
          id: 'give-number',
          text: 'Give her your cell number. She is lonely, and it is only a chat.',
          feedback:
            'This belongs last. Sharing personal contact details crosses a line that peer codes warn about, and it can leave her relying on you when you are not available. It turns a peer role into a personal one.',
          safety: 'unsafe',
          instead: 'Keep contact on the warmline, and help her build a plan for nights that includes other supports and 988 for a crisis.',
        },
      ],
    },
    {
      id: 'res-residential-graduation',
      kind: 'multi',
      value: 'respectful',
      setting: 'residential',
      title: 'The graduation invitation',
      situation:
        "Aaliyah, 29, is finishing a residential program where you have been her peer worker. She invites you to her graduation ceremony at the program. She also invites you to a dinner at her mother's house afterward, and asks to follow your personal social media.",
      prompt: 'Which responses fit respectful boundaries? Choose all that apply.',
      safety: ['role-limits'],
      options: [
        {
          id: 'check-ceremony',
          text: 'Tell her you are honored, and check with your supervisor about going to the ceremony.',
          feedback:
            'Going to a graduation can be a helpful boundary crossing when it is open and approved. Checking first keeps it transparent. It also shows Aaliyah that her milestone matters.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'decline-dinner-kindly',
          text: 'Thank her for the dinner invitation but decline, and explain that a family dinner would make the relationship personal.',
          feedback:
            'A private family dinner moves toward friendship, which peer codes steer away from. Saying why, with warmth, respects her and the role. It keeps the door open for the ceremony.',
          correct: true,
          safety: 'escalates',
        },
        {
          id: 'accept-follow',
          text: 'Accept her follow request so she feels supported after she leaves.',
          feedback:
            'Personal social media mixes your private life with hers and blurs the role. Many agencies have a policy on this. Offer after-care contacts through the program instead.',
          correct: false,
          safety: 'unsafe',
          instead: 'Decline the follow request kindly, explain why, and give her after-care contacts through the program.',
        },
        {
          id: 'decline-everything',
          text: 'Decline everything with no explanation, since keeping your distance is always safest.',
          feedback:
            'Maximum distance is not the same as good boundaries. Turning down a milestone with no reason can feel like rejection. Boundaries should be clear and kind.',
          correct: false,
        },
      ],
    },
    {
      id: 'res-drop-in-mr-okafor',
      kind: 'value',
      value: 'respectful',
      setting: 'drop-in',
      title: 'Not "buddy"',
      situation:
        'Mr. Okafor, 68, has started coming to the drop-in center. He introduced himself as "Mr. Okafor." A young volunteer calls him "buddy" and "hon" and pats his shoulder each time he walks in. Lately Mr. Okafor has gone quiet and leaves early.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Yes. Using the name someone asks for, and asking before touching, are basic parts of respect. Honoring his dignity, culture and limits is what this moment needs.',
          best: true,
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Noticing how he feels matters. But the core problem is not a lack of understanding his feelings; it is ignoring his stated name and personal space. That is about respect.',
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Hope is not what is missing here. He is pulling away because his name and boundaries are not honored. Respect is most at stake.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Power plays a part, since the volunteer sets the tone. But the clearest issue is dignity: his name, his space and how he wants to be treated. Respect is most at stake.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
