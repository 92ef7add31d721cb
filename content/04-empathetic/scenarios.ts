import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'empathetic',
  questions: [
    {
      id: 'emp-yf-lost-son',
      kind: 'single',
      value: 'empathetic',
      setting: 'youth-family',
      title: 'No one can understand',
      situation:
        'In a family support group, Robert, 58, talks about his son, who died of an overdose last spring. He looks at you and says, "No one who hasn’t lost a child can understand this." You have not lost a child.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'honest-reflect',
          text: '"You’re right. I haven’t lost a child, and I won’t pretend to know that pain. I’d like to understand what it’s been like for you. Would you tell us about your son?"',
          feedback:
            'This is empathy without a false claim. You accept the limits of your own experience, and you invite his story and his son’s memory into the room. Empathy means working to understand, not claiming you already do.',
          best: true,
        },
        {
          id: 'know-exactly',
          text: '"I lost my brother, so I know exactly how you feel."',
          feedback:
            'Your loss is real, but it is not his. Saying you know exactly how he feels may leave Robert feeling unseen, and it shifts the focus to you. Empathy treats your experience as a bridge, not proof.',
        },
        {
          id: 'at-least',
          text: '"At least you have your other kids, and he’s at peace now."',
          feedback:
            'Phrases that start with "at least" try to comfort, but they shrink his grief. They can also suggest he should feel better already. Empathy names the pain instead of shrinking it.',
        },
        {
          id: 'refer-fast',
          text: '"Grief this deep needs a specialist. Let me give you the number for a grief counselor."',
          feedback:
            'A grief counselor may help later, and offering one is not wrong. But handing over a number right after he speaks can feel like a brush-off. Empathy means listening first, then offering resources if he wants them.',
        },
      ],
    },
    {
      id: 'emp-res-shaking-hands',
      kind: 'branch',
      value: 'empathetic',
      setting: 'residential',
      title: 'When her story is your story',
      situation:
        'Alisha, 31, lives in a residential treatment program. In a one-on-one talk, she begins to share a painful memory from her childhood. It is very close to something that happened to you. You notice your hands shaking and your heart racing.',
      prompt: 'How do you handle your own reaction?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you do in the moment?',
          options: [
            {
              id: 'ground',
              text: 'Take a slow breath and plant your feet. Keep your attention on Alisha, reflect what you hear, and ask what she needs from you right now. Make a note to talk with your supervisor later.',
              feedback:
                'You notice your reaction, steady yourself and keep the focus on her. That is the self-check empathy needs. You also plan to take your own feelings to supervision instead of into the session.',
              best: true,
              next: 'after-ground',
            },
            {
              id: 'share-mine',
              text: 'Tell her the same thing happened to you, and describe what you went through so she knows she is not alone.',
              feedback:
                'Wanting her to feel less alone is kind, but this share is long, unplanned and driven by your own stirred-up feelings. It moves the focus from her to you. Empathy asks you to check first: am I sharing to help her, or to unburden myself?',
              next: 'after-share',
            },
            {
              id: 'change-subject',
              text: 'Quickly change the subject to her discharge plans, so neither of you gets too upset.',
              feedback:
                'This protects you, but it tells Alisha her story is too much to hear. She may not share it again. Empathy means staying present and getting support for yourself afterward.',
            },
          ],
        },
        {
          id: 'after-ground',
          lead: 'Alisha finishes and says she feels lighter. She plans to bring the memory to her therapist this week. The session ends, but your hands are still unsteady, and the memory keeps coming back to you.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'supervision',
              text: 'Tell your supervisor today that the session stirred up your own history, and reach out to your own supports tonight.',
              feedback:
                'This is what peer ethics codes ask: keep your own recovery first and get support when something affects it. It protects you and the people you serve. Empathy is easier to sustain when you care for yourself too.',
              best: true,
            },
            {
              id: 'push-through',
              text: 'Push through the rest of your shift and keep it to yourself. Strong feelings come with the job.',
              feedback:
                'Strong feelings do come with the job, but hiding them is risky. Unspoken reactions can leak into your next session and wear down your empathy, or affect your own recovery. Supervision exists for exactly this.',
            },
            {
              id: 'tell-alisha',
              text: 'Call Alisha later to tell her how much her story affected you and that you went through the same thing.',
              feedback:
                'This turns her into your support, which reverses the peer role. She may start to worry about you instead of focusing on herself. Take your feelings to your supervisor and your own supports instead.',
            },
          ],
        },
        {
          id: 'after-share',
          lead: 'Alisha stops talking about herself. She asks if you are okay, then spends the rest of the session comforting you.',
          prompt: 'What now?',
          options: [
            {
              id: 'refocus',
              text: 'Thank her for her care. Say briefly that you are okay and have support, and gently bring the focus back: "I’d like to hear more about what you were telling me." Talk with your supervisor afterward.',
              feedback:
                'You repair the role reversal kindly, without making her feel wrong for caring. Returning the focus to her restores empathy. Supervision afterward helps you plan how to share with more care next time.',
              best: true,
            },
            {
              id: 'keep-going',
              text: 'Keep sharing, since she seems glad to listen and it feels like a real connection.',
              feedback:
                'It may feel like connection, but she is now caring for you. Mutual support does not mean leaning on the person you serve. Empathy keeps the focus on her experience.',
            },
            {
              id: 'end-early',
              text: 'Say you need to stop, and end the session without explaining.',
              feedback:
                'Ending suddenly may leave Alisha confused and worried that she did something wrong. If you truly need a break, say so simply, with empathy for how she may feel, and plan to reconnect. Then take what happened to your supervisor.',
            },
          ],
        },
      ],
    },
    {
      id: 'emp-rural-frozen-screen',
      kind: 'single',
      value: 'empathetic',
      setting: 'rural-telehealth',
      title: 'The frozen screen',
      situation:
        'Luis, 67, is a veteran who meets you by video from his home, two hours from the nearest town. At the start of the call you confirmed where he is and a number to call if the video drops. Today is the anniversary of a close friend’s death. He says, "Some days I don’t see the point anymore," then goes silent, and his video freezes.',
      prompt: 'What do you do?',
      safety: ['remote-risk', 'suicide-risk'],
      options: [
        {
          id: 'call-back',
          text: 'Call the backup number right away. If he answers, tell him what you heard, ask directly and calmly whether he is thinking about suicide, and stay with him while you follow your crisis protocol, including a warm connection to 988 (veterans press 1). If you can’t reach him, tell your supervisor now and follow your emergency plan for his location. Call 911 if danger is imminent.',
          feedback:
            'His words are a sign of possible suicide risk, and the frozen screen means you can’t tell if he is safe. Empathy here means staying connected and acting on what you heard. Having his location and a backup number from the start is what makes this safe response possible.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'wait',
          text: 'Wait a few minutes for the video to come back. If it doesn’t, send a message saying you’ll reconnect next week.',
          feedback:
            'Waiting leaves Luis alone right after he said something that may signal suicide risk. Next week is too late to check on his safety. A dropped call at a moment like this calls for action now.',
          safety: 'unsafe',
          instead:
            'Call his backup number right away. If you can’t reach him, tell your supervisor and follow your emergency plan for his location.',
        },
        {
          id: 'move-on',
          text: 'Assume it’s the rural internet, note the dropped call, and start your next appointment.',
          feedback:
            'Bad internet is likely, but you can’t assume it when someone just said he doesn’t see the point. Moving on risks missing a crisis. Safety comes first.',
          safety: 'unsafe',
          instead: 'Treat the dropped call as a possible risk, call his backup number, and involve your supervisor if you can’t reach him.',
        },
        {
          id: 'keep-talking',
          text: 'Keep talking warmly to the frozen screen, telling him you understand how hard anniversaries can be.',
          feedback:
            'Your words are kind, but he may not hear them, and you can’t see whether he is safe. Empathy needs a working connection. Every minute spent here delays reaching him.',
          safety: 'unsafe',
          instead: 'Switch to the backup number now, and follow your crisis protocol if you can’t reach him.',
        },
      ],
    },
    {
      id: 'emp-drop-you-people',
      kind: 'single',
      value: 'empathetic',
      setting: 'drop-in',
      title: '"You people"',
      situation:
        'The recovery center just cut its evening hours. Frank, 55, a longtime member, walks up to you and says loudly, "You people don’t care about us. You just make rules." He is upset but is not threatening anyone. Other members are watching.',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'reflect',
          text: '"It sounds like losing those evening hours really hits you. This place matters to you. What will it change for you?"',
          feedback:
            'You reflect both the feeling and the meaning behind his anger, and you invite him to say more. That is empathy, and it often lowers the heat. You don’t have to agree with his words to understand his loss.',
          best: true,
        },
        {
          id: 'defend',
          text: '"The rules aren’t personal. The board had budget reasons, and there’s nothing we can do."',
          feedback:
            'Explaining may help later, but leading with it skips his feelings. He may hear that his reaction doesn’t matter. Empathy comes first, then facts.',
        },
        {
          id: 'not-me',
          text: '"Hey, don’t put that on me. I didn’t make the rules."',
          feedback:
            'It is natural to bristle at being lumped in with "you people," but this makes the moment about you. It will likely raise the tension. Empathy means hearing the hurt under the blame.',
        },
        {
          id: 'calm-down',
          text: '"You need to calm down, or you’ll have to leave."',
          feedback:
            'Frank is loud but not threatening, so this warning tells him his frustration isn’t welcome and may make things worse. Start with empathy and a calm tone. If anyone’s safety were at risk, you would follow your site’s safety protocol.',
        },
        {
          id: 'agree',
          text: '"Honestly, I agree with you. Management doesn’t get it."',
          feedback:
            'This may feel like solidarity, but it trades empathy for taking sides and undercuts your team. Frank needs to feel heard, not to hear complaints about staff. You can understand his anger and still stay fair.',
        },
      ],
    },
    {
      id: 'emp-warm-laid-off',
      kind: 'rank',
      value: 'empathetic',
      setting: 'warmline',
      title: 'A failure in front of my kids',
      situation:
        'Bernadette, 40, calls the warmline in the evening. She was laid off today after nine years at the same company. Her voice shakes as she says, "I feel like a failure in front of my kids."',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'reflect',
          text: '"Losing your job today, and then worrying what your kids will think. That sounds like a heavy mix of shock and shame. What is weighing on you most right now?"',
          feedback:
            'Most helpful. You reflect both the feeling and what it means to her, then invite more with an open question. That is empathy through active listening.',
        },
        {
          id: 'open-question',
          text: '"That sounds really hard. What happened today?"',
          feedback:
            'Second. This is warm and opens the door with a good question. It does not yet show her you heard the part about her kids, which is where the pain seems sharpest.',
        },
        {
          id: 'sympathy',
          text: '"Oh, you poor thing. I’m so sorry that happened to you."',
          feedback:
            'Third. Sympathy is kind, but it can feel like pity and puts you a step above her. Unlike empathy, it doesn’t invite her to say more.',
        },
        {
          id: 'fix',
          text: '"Don’t worry, you’ll find something better. Tonight, update your résumé and start applying."',
          feedback:
            'Least helpful. It rushes to a fix and brushes past her feelings, telling her not to worry while she is hurting. Empathy comes before problem-solving.',
        },
      ],
    },
    {
      id: 'emp-er-ashamed',
      kind: 'multi',
      value: 'empathetic',
      setting: 'er',
      title: 'You probably think I’m a joke',
      situation:
        'Samuel, 36, is in the emergency department after a night of heavy drinking. He cut his hand on broken glass. The doctor has stitched the cut and says he is medically cleared to go home. When you introduce yourself as a peer worker, he looks away and says, "You must see people like me all day. You probably think I’m a joke."',
      prompt: 'Which responses show empathy? Choose all that apply.',
      options: [
        {
          id: 'name-shame',
          text: '"It sounds like you’re feeling pretty ashamed right now."',
          feedback: 'Naming the feeling shows you heard what is under his words. It often brings relief. This is the core of empathy.',
          correct: true,
        },
        {
          id: 'ask-share-ask',
          text: 'Ask if it would help to hear a little about your own experience. If he says yes, share briefly that you have felt that kind of shame too, then ask how that lands.',
          feedback:
            'This is the Ask–Share–Ask approach. A short, invited share can ease shame and build empathy both ways. Checking how it landed keeps the focus on him.',
          correct: true,
        },
        {
          id: 'what-happened',
          text: '"I don’t think that at all. I’d like to hear what last night was like for you."',
          feedback:
            'You answer his fear honestly and invite his story. Asking what happened, instead of what is wrong with him, treats him as a person with a story. That is empathy in action.',
          correct: true,
        },
        {
          id: 'know-exactly',
          text: '"I know exactly how you feel. I used to wake up in places like this all the time."',
          feedback:
            'Your history may be close, but "exactly" claims too much and moves the focus to you. Empathy uses your story as a bridge, not proof.',
          correct: false,
        },
        {
          id: 'no-big-deal',
          text: '"Don’t be so hard on yourself. It’s really no big deal."',
          feedback:
            'This tries to comfort, but it dismisses how he feels. He may decide you don’t really get it. Empathy takes his feelings seriously.',
          correct: false,
        },
      ],
    },
    {
      id: 'emp-reentry-daughter',
      kind: 'multi',
      value: 'empathetic',
      setting: 'reentry',
      title: 'She won’t talk to me',
      situation:
        'Denise, 42, came home two weeks ago after eight years in prison. At your weekly meeting at the reentry center, she tells you her 17-year-old daughter won’t answer her calls. She starts to cry.',
      prompt: 'Which responses show empathy? Choose all that apply.',
      options: [
        {
          id: 'silence',
          text: 'Stay quiet for a moment and let her cry, without rushing to fill the silence.',
          feedback:
            'Silence can be one of the strongest forms of empathy. It tells Denise her feelings are welcome. You can reflect when she is ready.',
          correct: true,
        },
        {
          id: 'reflect',
          text: '"You waited so long to be close to her again, and this silence hurts."',
          feedback:
            'This reflects both her pain and what it means to her. She is likely to feel understood, which is what empathy aims for.',
          correct: true,
        },
        {
          id: 'her-hopes',
          text: 'When she is ready, ask what she hopes for with her daughter.',
          feedback:
            'An open question about her hopes follows her lead. It helps you understand what matters most to her. Empathy leads naturally into her own next steps.',
          correct: true,
        },
        {
          id: 'give-it-time',
          text: '"Don’t worry, she’ll come around. Just give it time."',
          feedback:
            'This reassurance is well meant, but you can’t know it, and it skips her feelings. Empathy stays with what she feels now instead of promising an outcome.',
          correct: false,
        },
        {
          id: 'what-did-you-expect',
          text: '"Well, you were gone eight years. What did you expect?"',
          feedback:
            'This judges her and adds to her shame. Repair may take time, but saying it this way shuts her down. Empathy listens before it explains.',
          correct: false,
        },
      ],
    },
    {
      id: 'emp-er-personal-number',
      kind: 'single',
      value: 'empathetic',
      setting: 'er',
      title: 'The only one who gets me',
      situation:
        'You are a peer bridger in an emergency department. You have met Rosa, 37, on three visits this year, and you helped her connect with an outpatient program. Today she says, "You’re the only one who really gets me. Can I have your personal number so I can text you at night when I’m lonely?"',
      prompt: 'What do you say?',
      safety: ['role-limits'],
      options: [
        {
          id: 'warm-no',
          text: 'Tell her you’re glad your talks have helped, and kindly explain that your role doesn’t allow personal contact. Offer the ways she can reach you through work, help her name other people and groups she can lean on at night, and make sure she knows she can call or text 988 any time if she is in crisis.',
          feedback:
            'You stay in role while honoring the connection, which is empathy with a boundary. Peer codes ask workers not to give out personal contact information. Offering work contacts, other supports and 988 means she is not left without help at night.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'give-number',
          text: 'Give her your number, since she trusts you and you don’t want her to feel rejected.',
          feedback:
            'This feels caring, but it crosses a clear boundary and makes you her main support at night. You cannot always answer, so she could be left alone in a crisis. Empathy shows up as being reliable within your role.',
          safety: 'unsafe',
          instead: 'Decline kindly, explain your role, and offer your work contact, other supports, and 988 for nights.',
        },
        {
          id: 'policy-no',
          text: '"Sorry, that’s against policy." Then move on to her discharge paperwork.',
          feedback:
            'The boundary is right, but the delivery is cold. Rosa may hear that the connection was never real, which undoes the empathy you built. Say no with warmth, and offer other ways to get support.',
        },
        {
          id: 'text-from-mine',
          text: 'Say you can’t give out your number, but promise to text her from your own phone this weekend to check on her.',
          feedback:
            'This is the same boundary crossed another way, and it makes a promise outside your role that you may not keep. Empathy does not require personal contact. Use only the contact methods your program approves, and ask your supervisor if you are unsure.',
          safety: 'unsafe',
          instead: 'Offer check-ins only through your program’s approved channels, and give her 988 for nights and weekends.',
        },
      ],
    },
    {
      id: 'emp-yf-friend-moved',
      kind: 'value',
      value: 'empathetic',
      setting: 'youth-family',
      title: 'Her best friend moved away',
      situation:
        'Ana, 16, meets with peer mentors in a youth program. She tells them her best friend moved across the country last week, and now she eats lunch alone. One mentor, Dave, says, "That’s high school. You’ll make new friends," and turns to her homework.',
      prompt: 'Which value is most at stake here?',
      options: [
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Ana shared a real loss, and Dave’s reply skipped right past her feelings. Empathy means understanding what the move means to her before moving on. A simple reflection, such as "That sounds really lonely," would help.',
          best: true,
        },
        {
          id: 'hopeful',
          value: 'hopeful',
          feedback:
            'Saying she will make new friends sounds hopeful, so this value is in play. But hope offered before she feels heard can sound like a brush-off. Empathy is the value most at stake.',
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Turning to homework moves toward tasks, but Ana did not ask for help with a goal. The problem is that her feelings were skipped. That points to empathy.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Ana may have strengths for making new friends, and those could help later. Right now, though, she needs to feel understood. Empathy comes first.',
        },
      ],
    },
    {
      id: 'emp-rural-good-news',
      kind: 'single',
      value: 'empathetic',
      setting: 'rural-telehealth',
      title: 'Good news counts too',
      situation:
        'Walt, 70, meets you by video from his small town. For months he has worked to rebuild trust with his daughter. Today he is grinning. He tells you she asked him to drive his granddaughter to school, for the first time in years.',
      prompt: 'What is the most empathetic response?',
      options: [
        {
          id: 'reflect-joy',
          text: '"Walt, you’re beaming. After all these months, that must mean a lot. What was it like when she asked?"',
          feedback:
            'Empathy is not only for pain. Reflecting his joy and asking what it means lets him savor a hard-won moment. It shows you understand why this matters so much to him.',
          best: true,
        },
        {
          id: 'caution',
          text: '"That’s great. Just be careful not to mess it up. Trust is easy to lose."',
          feedback: 'This turns his good news into a warning. He may hear that you expect him to fail. Empathy meets him in his joy first.',
        },
        {
          id: 'my-story',
          text: '"That reminds me of when my son first let me babysit. Let me tell you how that went."',
          feedback:
            'A short share can build connection, but this one takes over his moment. The focus moves from his joy to your story. Empathy keeps the spotlight on him unless he asks.',
        },
        {
          id: 'quick-praise',
          text: '"Good job. Now let’s go over your goals for this week."',
          feedback:
            'Praise is fine, but rushing on misses the meaning of the moment. He may feel his big news was just a box to check. Empathy means pausing to take it in with him first.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
