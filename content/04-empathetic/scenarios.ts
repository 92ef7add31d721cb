import type { ScenarioBank } from '../../src/domain/content/content-types';

export default {
  module: 'empathetic',
  questions: [
    // ───────────────────────────── PRACTICE POOL ─────────────────────────────
    {
      id: 'emp-res-shaking-hands',
      kind: 'branch',
      pool: 'practice',
      value: 'empathetic',
      setting: 'residential',
      title: 'When her story is your story',
      situation:
        'Gwen, 31, lives in the residential program where you work. In a one-on-one talk, she starts to describe a painful memory from her childhood. It is very close to something that happened to you. Your hands shake and your heart races. You take a slow breath and feel your feet on the floor, but it does not help, and you realize you have missed the last few things she said.',
      prompt: 'How do you handle your own reaction?',
      safety: ['own-distress'],
      steps: [
        {
          id: 'start',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'keep-grounding',
              text: 'Take another slow breath, feel your feet on the floor, and keep listening. See your supervisor today.',
              feedback:
                'Grounding is the right first move when a story stirs you up, and often it is enough. But you already tried it, and you have lost track of what Gwen is saying. Pushing through means she talks to someone who is not really hearing her. When grounding does not work, say so kindly, make sure she is okay, and get support.',
            },
            {
              id: 'brief-share',
              text: 'Tell Gwen in one sentence that part of this is close to your own story, then turn back to hers.',
              feedback:
                'A brief share can help when a person asks about your story and you are steady enough to keep it short. Right now the urge comes from your own stirred-up feelings, and she has not asked. Ask yourself whether you are sharing to help her or to unburden yourself. Here, take a short break and get support.',
              next: 'after-share',
            },
            {
              id: 'short-break',
              text: 'Tell Gwen you need a few minutes, check that she is okay to wait, and go talk to your supervisor.',
              feedback:
                'You tried grounding and it did not work, so you can no longer give her story the attention it deserves. Saying so kindly, making sure she is okay, and getting help from your supervisor is honest and protects you both. Empathy needs a listener who is really there.',
              best: true,
              safety: 'escalates',
              next: 'after-break',
            },
            {
              id: 'ask-her-lead',
              text: 'Ask Gwen what would help her most right now, and follow her lead. See your supervisor after.',
              feedback:
                'Asking what a person needs is a strong move when the question is about her. But the problem right now is your own capacity: you have stopped hearing her, and she cannot fix that for you. Asking her to steer may even put her in charge of looking after you. Take a short break and get support.',
            },
          ],
        },
        {
          id: 'after-break',
          lead: 'Gwen says she is okay and gets a glass of water. Your supervisor listens for ten minutes, and your hands are steadier. Gwen is waiting for you, and you have two more sessions this afternoon.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'monthly',
              text: 'Go back to Gwen, and save the rest of this for your next regular supervision meeting next month.',
              feedback:
                'Going back to Gwen is right, and regular supervision is a good place for this. But a reaction this strong, with two sessions still ahead, needs more than a talk next month. Keep your own recovery first: lean on your own supports tonight too.',
            },
            {
              id: 'return-support',
              text: 'Go back to Gwen, thank her for waiting, and let her lead. Then call your own support person tonight.',
              feedback:
                'Your supervisor helped you steady, so you can return and listen for real. Thanking her and letting her lead shows her story still matters. Many peer ethics codes ask you to keep your own recovery first, so you also lean on your own supports tonight. Caring for yourself is what keeps empathy going.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'hand-off',
              text: 'Ask your supervisor to finish with Gwen today, and see your next two people on your own this afternoon.',
              feedback:
                'Handing off can be wise when you cannot go on. But you are steadier now, and Gwen is waiting for you in particular, so a handoff may tell her she was too much. If you are not fit for Gwen, you are not fit for two more sessions either. Go back to her, and use your own supports tonight.',
            },
            {
              id: 'explain-her',
              text: 'Go back to Gwen, and tell her the break was about your own history, not about anything she said.',
              feedback:
                'Wanting her to know she did nothing wrong is kind. But telling her about your history turns her attention to you, and she may start to worry about you instead of herself. A simple "thank you for waiting" is enough. Take your feelings to your supervisor and your own supports.',
            },
          ],
        },
        {
          id: 'after-share',
          lead: 'Gwen stops talking about herself. She asks if you are okay, then spends the next few minutes comforting you.',
          prompt: 'What now?',
          options: [
            {
              id: 'refocus',
              text: 'Thank her, say briefly that you’re okay and have support, and bring the focus back to her. See your supervisor after.',
              feedback:
                'You repair the role reversal kindly, without making her feel wrong for caring. Returning the focus to her restores empathy. Supervision afterward helps you look after yourself and plan how to share with more care next time.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'keep-going',
              text: 'Share a little more while she seems glad to listen, then tell your supervisor later that it felt like a real connection.',
              feedback:
                'It may feel like connection, but she is now caring for you. Mutual support does not mean leaning on the person you serve. Gently hand the focus back to her, and bring your own feelings to supervision.',
            },
            {
              id: 'end-early',
              text: 'Tell her you need to stop for today, end the session early, and ask your supervisor to cover her next meeting.',
              feedback:
                'Looking after yourself matters, and asking for cover can be wise. But ending suddenly may leave Gwen thinking she upset you and should not have spoken. Empathy means steadying the moment first: thank her, turn back to her, and then talk with your supervisor.',
            },
          ],
        },
      ],
    },
    {
      id: 'emp-rural-frozen-video',
      kind: 'branch',
      pool: 'practice',
      value: 'empathetic',
      setting: 'rural-telehealth',
      title: 'The frozen screen',
      situation:
        'Glenn, 67, is a veteran who meets you by video from his home, two hours from the nearest town. At the start of the call you confirmed his address and a phone number to use if the video drops. Today is the anniversary of a close friend’s death. He says, "Some days I don’t see the point anymore," then goes quiet, and his video freezes.',
      prompt: 'How do you respond?',
      safety: ['remote-risk', 'suicide-risk'],
      steps: [
        {
          id: 'start',
          prompt: 'The screen stays frozen. What do you do first?',
          options: [
            {
              id: 'wait-reconnect',
              text: 'Give the video a minute to reconnect, then call his backup number if the screen is still frozen.',
              feedback:
                'Giving a frozen screen a minute is sensible when it freezes in the middle of ordinary talk, since lag is common on rural lines. But he just said something that may signal suicide risk, and every minute you wait is a minute you do not know he is safe. Safety comes first: call the backup number now.',
              safety: 'unsafe',
              instead:
                'Call the backup number now. If you cannot reach him, tell your supervisor and follow your emergency plan for his address.',
            },
            {
              id: 'call-back',
              text: 'Call the backup number he gave you at the start, tell him the video froze, and keep talking.',
              feedback:
                'His words may be a sign of suicide risk, and you cannot see him. Calling the number you confirmed at the start gets you back in touch right away, which is where safety and empathy both start. If he did not answer, you would tell your supervisor at once and follow your emergency plan for his address.',
              best: true,
              safety: 'escalates',
              next: 'on-phone',
            },
            {
              id: 'supervisor-first',
              text: 'Message your supervisor about what he said, then call his backup number as soon as she replies.',
              feedback:
                'Bringing in your supervisor is part of the right response, and it comes first when you cannot reach the person. Here you have a working number, and waiting for a reply leaves him alone at a risky moment. Call him first, and loop in your supervisor while you are on the phone.',
              safety: 'unsafe',
              instead: 'Call his backup number right away, and bring in your supervisor at the same time, not before.',
            },
            {
              id: 'county-911',
              text: 'Call 911 for his county and give them his address, then try his backup number after that.',
              feedback:
                'Sending emergency help to his address is the right step if you cannot reach him, or if he tells you he is about to act. Here you have a way to reach him now, and police at the door without a word from you could frighten him. Call him first; keep 911 ready if danger turns out to be imminent.',
            },
          ],
        },
        {
          id: 'on-phone',
          lead: 'Glenn picks up. He says the video "just quit" and says he is sorry. His voice is flat and slow.',
          prompt: 'What do you say?',
          options: [
            {
              id: 'ask-friend',
              text: 'Tell him what you heard before the freeze, and ask what today has been like without his friend.',
              feedback:
                'Naming what you heard and inviting his story are good empathy moves on an ordinary hard day. But you still do not know whether he is thinking about suicide, and a story about his friend can let that warning sign pass. Safety comes first: ask him directly and calmly.',
              safety: 'unsafe',
              instead: 'Ask him directly and calmly whether he is thinking about suicide, and stay on the line.',
            },
            {
              id: 'ask-directly',
              text: 'Tell him what you heard before the freeze, and ask him directly if he is thinking about suicide.',
              feedback:
                'Naming what you heard shows you were really listening. Asking directly and calmly about suicide tells him you can handle the answer, and it is how you learn whether he is at risk. On the phone, your calm voice has to do the work your face usually does. That is empathy and safety working together.',
              best: true,
              safety: 'escalates',
              next: 'he-says-yes',
            },
            {
              id: 'who-with',
              text: 'Tell him what you heard before the freeze, and ask if anyone could come over and be with him today.',
              feedback:
                'Company on a hard day is a real support, and asking about it is caring. But it skips the question that matters most: whether he is thinking about suicide. Ask directly and calmly first, then talk about who could be with him.',
              safety: 'unsafe',
              instead: 'Ask him directly and calmly whether he is thinking about suicide before you talk about company.',
            },
            {
              id: 'va-tomorrow',
              text: 'Tell him what you heard before the freeze, and offer to call his VA clinic together tomorrow.',
              feedback:
                'His VA clinic is a real support, and offering to call with him is warm. But tomorrow is too late if he is thinking about suicide tonight, so safety has to lead. Ask him directly now, and stay with him while you find out.',
              safety: 'unsafe',
              instead: 'Ask him directly and calmly whether he is thinking about suicide before talking about tomorrow.',
            },
          ],
        },
        {
          id: 'he-says-yes',
          lead: 'Glenn is quiet for a moment. Then he says, "Yeah. It’s crossed my mind today. I don’t know if I’d do anything." He is home alone.',
          prompt: 'What do you do now?',
          options: [
            {
              id: 'three-way',
              text: 'Stay on, confirm he’s at that address, explain why, and add 988 (press 1) on a three-way call.',
              feedback:
                'He has thoughts of suicide and is alone, so this is a crisis. Staying on the line while you connect him to the Veterans Crisis Line (988, press 1) is a warm handoff that keeps him safe and not alone. Alert your supervisor while you stay on, call 911 if danger becomes imminent, and document what happened afterward.',
              best: true,
              safety: 'escalates',
            },
            {
              id: 'number-text',
              text: 'Stay on the line while you text him the 988 number (press 1), and ask him to call it once you hang up.',
              feedback:
                'The number is right, but this hands him off cold. Asking him to call later leaves him alone when he tries, on a day he may not follow through. Stay on the line and make the connection with him.',
              safety: 'unsafe',
              instead: 'Stay on the line and set up a three-way call to 988 (press 1) so he is never alone during the handoff.',
            },
            {
              id: 'hang-up-call',
              text: 'Tell him you’ll call 988 to send help to his address, hang up, and then call him right back after that.',
              feedback:
                'Getting crisis help is right, but hanging up leaves him alone at the worst moment, and he may not pick up again. Stay on the line and connect him on a three-way call instead.',
              safety: 'unsafe',
              instead: 'Keep him on the line and add 988 on a three-way call. Call 911 if danger is imminent.',
            },
            {
              id: 'talk-it-down',
              text: 'Stay on the line until he sounds lighter, then tell your supervisor and write a careful note about it.',
              feedback:
                'Staying with him is right, and so are the note and the supervisor. But handling active suicidal thoughts alone, without a crisis connection, is outside your role and leaves him at risk once you hang up. Stay on the line and bring in the crisis line now.',
              safety: 'unsafe',
              instead: 'Stay on the line, set up a three-way call to 988 (press 1), tell your supervisor, and document it afterward.',
            },
          ],
        },
      ],
    },
    {
      id: 'emp-warm-long-silence',
      kind: 'single',
      pool: 'practice',
      value: 'empathetic',
      setting: 'warmline',
      title: 'Ten seconds of quiet',
      situation:
        'Hazel, 44, calls the warmline most Thursdays. Tonight she says her sister stopped speaking to her after a fight at their dad’s birthday. Her voice breaks, and she says, "Hang on. Give me a minute." You hear her set the phone down and walk away, and then water running in another room. It has been about ten seconds.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'wait-then-voice',
          text: 'Let the quiet run a bit, then say softly, "I’m still here. Take your time."',
          feedback:
            'This is the right move when a caller goes quiet on the line with no word, since she cannot see you and may feel you left. Here Hazel told you what she needs and has stepped away from the phone, so she knows you are there and your words may go unheard. Empathy here means honoring the minute she asked for.',
        },
        {
          id: 'check-line',
          text: 'Ask gently, "Hazel, are you still with me?" and then wait to hear her answer.',
          feedback:
            'Checking the line is right when you hear nothing and do not know why. Here you know exactly why it is quiet: she asked for a minute and put the phone down. Calling out may hurry her back before she is ready. Empathy lets the pause she asked for belong to her.',
        },
        {
          id: 'wait-quietly',
          text: 'Stay quiet on your end, and wait until she picks the phone back up to talk.',
          feedback:
            'She named what she needs, a minute, and she knows you are on the line. Waiting quietly honors her pace, and when she comes back you can let her pick up where she wants. Empathy sometimes means doing less, and trusting the person to tell you what helps.',
          best: true,
        },
        {
          id: 'reflect-back',
          text: 'Say softly into the phone, "It sounds like that fight with your sister really hurt."',
          feedback:
            'A reflection like this can help once she is back and talking, because it names the feeling under her story. Said now, into a phone she has set down, it may go unheard or hurry her back. Empathy waits for the minute she asked for, then reflects.',
        },
      ],
    },
    {
      id: 'emp-er-ashamed',
      kind: 'multi',
      pool: 'practice',
      value: 'empathetic',
      setting: 'er',
      title: 'You probably think I’m a joke',
      situation:
        'Grant, 36, is in the emergency department after a night of heavy drinking. He cut his hand on broken glass, and the doctor has stitched it and cleared him to go home. When you introduce yourself as a peer worker, his face goes red. He looks away and says, "You must see people like me all day. You probably think I’m a joke. And spare me the ‘I’ve been there too’ speech."',
      prompt: 'Which responses fit this moment? Choose all that apply.',
      options: [
        {
          id: 'programs',
          text: 'Ask if he would like the names of a few outpatient programs before he leaves.',
          feedback:
            'Asking before you offer resources is good practice, and it is the right move once a person says he wants help with next steps. But Grant has just told you he expects to be judged, and a list now can confirm his fear that he is only a case. Empathy comes first: name what he feels, then ask what he wants.',
          correct: false,
        },
        {
          id: 'name-shame',
          text: 'Say it sounds like he feels ashamed, like he expects to be judged in here.',
          feedback:
            'His red face, his looking away and "you probably think I’m a joke" all point to shame. Naming it without judgment shows you heard what is under his words, and people often feel relief when shame is said out loud. This is empathy at its core.',
          correct: true,
        },
        {
          id: 'name-tired',
          text: 'Say it sounds like he is worn out, and would mostly like to get home and rest.',
          feedback:
            'A reflection like this would fit someone who says he is exhausted and wants to leave. Grant has said something different: he expects you to think he is a joke. Reflecting tiredness misses the shame he showed you. Empathy reflects the feeling the person actually shows.',
          correct: false,
        },
        {
          id: 'offer-story',
          text: 'Ask if it would help to hear about a night like this from your own life.',
          feedback:
            'Ask–Share–Ask is often a good fit when someone expects to be judged, because he sees someone who has been there. But Grant has just told you he does not want that speech. Offering it anyway, even as a question, tells him you did not hear him. Empathy follows what he said.',
          correct: false,
        },
        {
          id: 'ask-last-night',
          text: 'Ask what last night was like for him, if he is willing to tell you about it.',
          feedback:
            'An open question about what happened, not what is wrong with him, treats him as a person with a story. It leaves him free to say no, and it does not lean on your history, which he asked you to skip. That is empathy in action.',
          correct: true,
        },
      ],
    },
    {
      id: 'emp-er-the-label',
      kind: 'single',
      pool: 'practice',
      value: 'empathetic',
      setting: 'er',
      title: 'For life?',
      situation:
        'Howard, 50, is about to go home from the emergency department. The doctor told him his tests and history point to alcohol use disorder, and she offered him a medicine for cravings to talk over at a follow-up visit next week. You and Howard have already talked for a while about how hard the word "alcoholic" hit him, and his fear that it is "for life." Now he looks at you and asks, "Straight up. If you were me, would you take the pills?"',
      prompt: 'What do you say?',
      safety: ['medication-diagnosis'],
      options: [
        {
          id: 'reflect-label',
          text: 'Say that the word still seems to sting, and ask what else the news has stirred up for him today.',
          feedback:
            'Reflecting how the label landed was the right move earlier, and you already did it. Now he has asked you a direct question, and another reflection can feel like a dodge. Empathy includes hearing what he is asking for: be honest that the medicine choice is his and his doctor’s, and help him prepare.',
        },
        {
          id: 'my-path',
          text: 'Tell him briefly what your own first year looked like, and then ask which parts sound like his.',
          feedback:
            'A short share fits well when someone asks how you got through your first year. But Howard asked about a medicine, and turning to your story sidesteps the question. Answer it honestly first: the choice is his to make with his doctor, and you can help him get ready for that talk.',
        },
        {
          id: 'choice-is-his',
          text: 'Say that’s a choice for him and his doctor, and offer to help him list questions for next week.',
          feedback:
            'He asked you straight, so you answer straight: a medicine decision belongs to him and his doctor, not to a peer worker. Offering to help him write his questions is real support within your role. You already heard how the label landed, so now empathy means taking his question seriously.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'my-medicine',
          text: 'Tell him a medicine like that helped you a lot, and that it’s worth a try if his doctor agrees.',
          feedback:
            'Your story may give him hope, and he did ask what you would do. But turning your own medicine into a recommendation is outside the peer role, and his body and history are not yours. Stay in role: the decision belongs to him and his doctor, and you can help him prepare questions.',
          safety: 'unsafe',
          instead: 'Say the medicine choice is his to make with his doctor, and offer to help him write down his questions.',
        },
      ],
    },
    {
      id: 'emp-res-family-day',
      kind: 'value',
      pool: 'practice',
      value: 'empathetic',
      setting: 'residential',
      title: 'The one who didn’t come',
      situation:
        'Heidi, 26, lives in a residential program. On family day her dad came, but her mother, who had said she would come, did not. Afterward Heidi tells a peer worker, "I sat by the window all afternoon." Her eyes are wet. The peer worker says, "Families are complicated," and starts going over the weekend schedule.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Heidi showed a hurt, and the reply closed it with a general line and moved on. Empathy means working to understand what her mother’s absence means to her before anything else. A reflection such as "You waited all afternoon for her, and it hurts that she didn’t come" would help.',
          best: true,
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Brushing past someone’s tears can feel dismissive, so respect is in play. But the peer worker was not rude, did not cross a boundary and did not talk down to her. What went missing is the effort to understand her hurt, which is empathy.',
        },
        {
          id: 'facilitates-change',
          value: 'facilitates-change',
          feedback:
            'Turning to the weekend schedule moves toward tasks, which is part of facilitating change. But Heidi did not ask for help with a plan, and the schedule is not the problem. The problem is that her feelings were skipped, which points to empathy.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'The peer worker chose the next topic alone, so shared power is touched. But the bigger miss comes first: Heidi showed a hurt and nobody stopped to understand it. That is empathy.',
        },
      ],
    },
    {
      id: 'emp-yf-school-visit',
      kind: 'value',
      pool: 'practice',
      value: 'voluntary',
      setting: 'youth-family',
      title: 'The surprise visit',
      situation:
        'Hilda, 44, asks you, a family peer mentor, to "get through to" her son Griffin, 15. Griffin has said no to meeting you twice. You can hear how scared Hilda is about his grades and his new friends. You feel for her, and you start planning to drop by Griffin’s school at lunch so he can’t avoid you.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'voluntary',
          value: 'voluntary',
          feedback:
            'Griffin has said no twice, and a surprise visit would push support on him. That is the voluntary value: peer support is offered, not forced, even when a parent asks for it. You can support Hilda directly and leave Griffin a real choice, with the door open for later.',
          best: true,
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Empathy is clearly at work: you feel Hilda’s fear, and that is good. But your empathy for her is what is leading you to override Griffin’s no. The value most at stake is whether Griffin gets to choose, which is voluntary.',
        },
        {
          id: 'equally-shared-power',
          value: 'equally-shared-power',
          feedback:
            'Planning around Griffin does tilt power toward the adults, so this value is relevant. But the first problem comes before any shared decision: he has not agreed to peer support at all. That is the voluntary value.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Showing up at his school could embarrass Griffin in front of his friends, so respect is involved. But the core issue is that he has declined support and you are planning to give it anyway. That is about voluntary support.',
        },
      ],
    },
    {
      id: 'emp-reentry-party-question',
      kind: 'single',
      pool: 'practice',
      value: 'empathetic',
      setting: 'reentry',
      title: 'The question at the party',
      situation:
        'Gina, 41, came home from prison three weeks ago. At the reentry center she tells you that at a family birthday party, her 8-year-old nephew asked in front of everyone, "Are you the one who was in jail?" She laughed it off, but she says it stung more than she let on, and she hasn’t slept well since. She knows you were in prison too. "Has that ever happened to you?" she asks. "What did you say?"',
      prompt: 'What do you say first?',
      options: [
        {
          id: 'reflect',
          text: '"You laughed it off, but it sounds like it stung, like that’s all they see now. Is that close?"',
          feedback:
            'A reflection like this is often the best first move when someone tells a painful story. But Gina has already named the sting herself, and she asked you a direct question. Reflecting instead of answering can feel like a dodge. Answer briefly, then turn back to her.',
        },
        {
          id: 'share-brief',
          text: '"It has. The first time, I froze and made a joke too. What would you want to say next time?"',
          feedback:
            'She asked about your experience, so a short, honest share is what she wants. You keep it brief and hand the focus straight back to her. That is Ask–Share–Ask used well: your story is a bridge to understanding hers, which is empathy.',
          best: true,
        },
        {
          id: 'hand-back',
          text: '"Let’s start with you. What do you wish you had said to your nephew, right there in the moment?"',
          feedback:
            'Helping someone find her own words is a good move, and it can come next. But she asked you a question, and turning it back without answering can feel like you are holding yourself apart. Share briefly first, since she asked, then ask what she would want to say.',
        },
        {
          id: 'reentry-group',
          text: '"A lot of people here get that question. Would you like to try our Tuesday reentry group?"',
          feedback:
            'A group of people who face the same question could really help her, and offering it is fine later. But she asked you, one to one, what you did. Pointing her to a group first can feel like a handoff. Answer her briefly, then offer the group if she wants more.',
        },
      ],
    },
    {
      id: 'emp-yf-school-call',
      kind: 'multi',
      pool: 'practice',
      value: 'empathetic',
      setting: 'youth-family',
      title: 'The call from school',
      situation:
        'In a parent support meeting, Graciela, 38, says the school called today: her 14-year-old son has skipped class for two weeks, and she had no idea. Her voice is flat and slow. "I work two jobs for that kid," she says. "I’m not even angry anymore. I’m just so tired." She stares at the table.',
      prompt: 'Which responses would help Graciela feel heard right now? Choose all that apply.',
      options: [
        {
          id: 'furious',
          text: '"You’re furious, and I can hear how scared you are about where he’s headed."',
          feedback:
            'A reflection like this fits a parent who is shouting about the news. Graciela just told you she is not angry anymore, and her voice is flat. Naming fury tells her you heard what you expected, not what she said. Empathy reflects the feeling the person actually shows.',
          correct: false,
        },
        {
          id: 'effort',
          text: '"You work so hard for him, and right now it feels like none of it reaches him."',
          feedback:
            'This reflects what the skipped classes mean to her: that her effort feels wasted. Hearing that said back often lets a parent soften. It is empathy that catches the meaning, not just the facts.',
          correct: true,
        },
        {
          id: 'talked-to-him',
          text: '"Have you been able to talk with him yet about why he has been skipping class?"',
          feedback:
            'This is a fair question, and the group may get to it soon. But it moves to solving the problem before she feels heard, and she has told you she is running on empty. Reflect her tiredness and what it means to her first, then ask about next steps.',
          correct: false,
        },
        {
          id: 'running-empty',
          text: '"It sounds like you’re running on empty, and this landed on top of everything."',
          feedback:
            'She said she is tired, and you reflect that in your own words, with what it means: one more weight on a full load. Reflecting the feeling she names is how people come to feel understood. That is empathy.',
          correct: true,
        },
        {
          id: 'my-son',
          text: '"My son skipped school for a while too. Would it help to hear how we found out?"',
          feedback:
            'Asking before you share is good practice, and your story may help once she asks whether anyone has been there. But right now a share moves the group’s focus to your family before she feels heard. Reflect her first; offer your story later.',
          correct: false,
        },
      ],
    },
    {
      id: 'emp-drop-lost-dog',
      kind: 'rank',
      pool: 'practice',
      value: 'empathetic',
      setting: 'drop-in',
      title: 'She got me through',
      situation:
        'Hugh, 60, comes to the drop-in center most mornings. Today he is quiet. He tells you his dog, Biscuit, died yesterday. "She got me through my first year sober," he says. "I don’t want to talk about it. I just couldn’t sit in that empty apartment."',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'sit-together',
          text: 'Say you’re sorry about Biscuit, and ask if he’d like to sit with you over coffee a while.',
          feedback:
            'Most helpful. He told you what he needs: not talk, just not to be alone. Offering quiet company honors that. Empathy is understanding what this person needs right now, and sometimes that is simply being there.',
        },
        {
          id: 'how-holding',
          text: 'Say you’re sorry, and ask him gently how he’s holding up this morning, now that she’s gone.',
          feedback:
            'Second. This is warm and easy to answer in a word. But it still invites him to talk about his feelings, which he just said he does not want to do. Empathy follows what he asked for.',
        },
        {
          id: 'meaning',
          text: 'Reflect that Biscuit got him through his first year sober, and ask him what she was like.',
          feedback:
            'Third. On another day this would be a fine reflection of what Biscuit meant to his recovery. But asking for her story right after he said he does not want to talk pushes past his wish. Empathy lets him lead.',
        },
        {
          id: 'pet-group',
          text: 'Say you’re sorry, and ask if he’d like help finding a pet-loss group that meets nearby.',
          feedback:
            'Least helpful. A pet-loss group may help later, and you do ask first. But it jumps to a resource the day after his loss, when he came in only for company. Empathy stays with what he needs now.',
        },
      ],
    },
    {
      id: 'emp-rural-wrong-reflection',
      kind: 'single',
      pool: 'practice',
      value: 'empathetic',
      setting: 'rural-telehealth',
      title: 'Not angry, worn out',
      situation:
        'Gemma, 48, meets you by phone because video won’t load at her farm. Her brother keeps missing his turn to care for their father. You say, "It sounds like you’re angry with him." She answers, "No. I’m not angry. I’m just worn out. What I need is a plan for talking to him this weekend."',
      prompt: 'What do you say next?',
      options: [
        {
          id: 'thank-retry',
          text: '"Thanks for setting me straight. Worn out, then. What’s that like for you these days?"',
          feedback:
            'Thanking her and trying again is a good repair when a reflection misses and the person wants to keep talking about how she feels. But Gemma has told you what she needs: a plan for the weekend. Another question about feelings steers away from her request. Take her word, and follow her lead.',
        },
        {
          id: 'plan-talk',
          text: '"Worn out, got it. So what would you most want your brother to take over first?"',
          feedback:
            'You accept her correction in a few words and go where she asked to go. Taking her word for her own feeling, then following her lead toward a plan, shows you understand what she needs. That is empathy.',
          best: true,
        },
        {
          id: 'share-caregiving',
          text: '"I was worn out caring for my mom, too. Would it help to hear what I tried?"',
          feedback:
            'Asking before you share is good practice, and your story may help later. But she asked for a plan for her own family, and your story moves the focus to you first. Ask what she wants from her brother, and offer your experience if it fits.',
        },
        {
          id: 'gentle-probe',
          text: '"That makes sense. Sometimes anger hides under tired. Could some be there too?"',
          feedback:
            'Listening for feelings under the surface is a real skill. But she just told you plainly she is not angry, and pressing your reading tells her you know her feelings better than she does. Empathy takes her word and follows her lead.',
        },
      ],
    },

    // ───────────────────────────── CHECK POOL ─────────────────────────────
    {
      id: 'emp-yf-lost-son',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'youth-family',
      title: 'No one can understand',
      situation:
        'In a family support group, Gordon, 58, talks about his son, who died of an overdose last spring. He looks straight at you and says, "No one who hasn’t lost a child can understand this. Have you lost a child?" You have not, though you lost your brother to an overdose years ago.',
      prompt: 'What do you say?',
      options: [
        {
          id: 'lonely-reflect',
          text: '"It sounds lonely, like no one in this room can really reach you. Is that close?"',
          feedback:
            'A reflection like this could help if he had only said that no one understands. But he asked you a direct question, and a reflection in place of an answer can feel like you are hiding. Answer honestly first: empathy works to understand without claiming you already do.',
        },
        {
          id: 'brother-share',
          text: '"No, I haven’t. I lost my brother, and I know that’s different. May I share a bit of it?"',
          feedback:
            'You answer honestly, and you ask before sharing, which are both good practice. A share like this can help when someone asks whether you have lost anyone close. But Gordon has just said a child’s death is different, and turning to your brother moves the focus to you. Invite his son’s story instead, and offer yours later if he asks.',
        },
        {
          id: 'parents-group',
          text: '"Would you like the name of a group for parents who have also lost a child?"',
          feedback:
            'A group of parents who have lost a child may be exactly what he needs later, and asking first is good. But he asked you a question, and a referral in place of an answer can sound like his grief is too much for this room. Answer honestly, then offer the group if he wants it.',
        },
        {
          id: 'honest-no',
          text: '"No, I haven’t, and I won’t pretend to know. Would you tell us about your son?"',
          feedback:
            'He asked straight, and you answer straight. You accept the limits of your own experience, and you invite his son’s memory into the room. That is empathy without a false claim: working to understand, not claiming you already do.',
          best: true,
        },
      ],
    },
    {
      id: 'emp-drop-evening-hours',
      kind: 'branch',
      pool: 'check',
      value: 'empathetic',
      setting: 'drop-in',
      title: '"You people"',
      situation:
        'The recovery center just cut its evening hours for all members. Hollis, 55, a longtime member, walks up to you and says loudly, "You people don’t care about us. You just make rules." He is upset but is not threatening anyone. Other members are watching, and some are nodding.',
      prompt: 'How do you respond to Hollis?',
      steps: [
        {
          id: 'start',
          prompt: 'What do you say first?',
          options: [
            {
              id: 'defend',
              text: '"I hear you. The board cut hours to fit the budget, and there’s a members’ meeting Friday."',
              feedback:
                'Facts and the meeting are useful when someone asks why a rule changed. But Hollis has not asked why; he is telling you he feels uncared for. Leading with reasons can tell him his reaction doesn’t matter. Empathy first, then facts.',
              next: 'walking-away',
            },
            {
              id: 'singled-out',
              text: '"You’re angry, and it sounds like you feel this new rule is aimed at you. Is that it?"',
              feedback:
                'Checking your reflection is good practice, and a reflection like this fits someone who feels targeted. But Hollis said "us", and the cut hit every member. This guess misses his meaning and may sound like you are making it personal. Reflect what the center means to him.',
            },
            {
              id: 'reflect',
              text: '"You’re angry, and this place seems to matter to you. What will losing evenings change?"',
              feedback:
                'You reflect the feeling and the meaning under his anger, and you invite him to say more. You don’t have to agree with "you people" to understand his loss. Empathy often lowers the heat.',
              best: true,
              next: 'what-will-you-do',
            },
            {
              id: 'step-aside',
              text: '"Would you step into the side room with me so we can talk this through, one on one?"',
              feedback:
                'Moving somewhere private helps when someone is escalating or sharing something personal. But Hollis is not threatening anyone, and others share his concern. Pulling him aside first can feel like being removed rather than heard. Reflect his feeling where he is.',
            },
          ],
        },
        {
          id: 'what-will-you-do',
          lead: 'Hollis lowers his voice. He says evenings were when he came after work, and the center is why he stayed sober last winter. Then he asks, "So are you going to do anything about it, or not?"',
          prompt: 'What do you say next?',
          options: [
            {
              id: 'honest-next-step',
              text: '"I can’t undo the cut on my own. I can help you raise it at Friday’s meeting, if you want."',
              feedback:
                'He asked a direct question, and now honesty leads. You say plainly what you cannot do and offer what you can, with his permission. Empathy got him to this point, and honesty keeps his trust.',
              best: true,
            },
            {
              id: 'promise',
              text: '"Leave it with me. I’ll talk to the director this week and try hard to get your evenings back."',
              feedback:
                'Wanting to fix his loss comes from empathy, but taking it on yourself raises hopes you may not be able to meet. If the hours don’t come back, he may feel let down twice. Be honest about what you can and cannot do.',
            },
            {
              id: 'stay-with-feeling',
              text: '"It sounds like you feel let down. Let’s stay with that a bit before we get to what to do."',
              feedback:
                'Reflecting was right a moment ago, but he has now asked you a direct question. Dodging it with another reflection can feel like a brush-off. When someone asks straight, answer honestly and kindly.',
            },
            {
              id: 'director-email',
              text: '"That’s really a question for the director. I can give you her email so you can tell her yourself."',
              feedback:
                'Pointing him to the person who decides is honest, and he may want to write to her. But on its own it hands him off just as he opened up. Offer to help him be heard, at the meeting or in writing.',
            },
          ],
        },
        {
          id: 'walking-away',
          lead: 'Hollis shakes his head. "So it’s just money to you." He starts walking toward the door.',
          prompt: 'What now?',
          options: [
            {
              id: 'repair',
              text: '"Hollis, wait. I jumped to the reasons. This place matters to you. What will losing evenings mean?"',
              feedback:
                'You own the misstep without fuss and turn back to what he feels. Repairing a miss is part of empathy. It shows him his reaction matters more to you than being right.',
              best: true,
            },
            {
              id: 'repeat-facts',
              text: '"It really isn’t just money. The board looked at every option before deciding, and nobody wanted this."',
              feedback:
                'You are trying to correct a wrong impression, and the facts may be true. But more reasons will not reach him while he feels unheard. Empathy names what the center means to him first.',
            },
            {
              id: 'let-go',
              text: 'Let him go for now so he can cool off, and plan to catch him at the members’ meeting on Friday.',
              feedback:
                'Giving space can be wise when someone needs it. But he is leaving because he felt dismissed, and Friday may be too late to repair that. Try once, calmly, to show you heard him; repairing a miss is part of empathy.',
            },
          ],
        },
      ],
    },
    {
      id: 'emp-reentry-radio-voices',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'reentry',
      title: 'Voices on the radio',
      situation:
        'Henry, 29, came home from prison two weeks ago. He comes into the reentry center early on a freezing morning in a T-shirt, shaking. He says he walked all night and has not slept in three days, because voices on the radio told him people are coming to take him. He keeps watching the door and says he can’t go back to his halfway house.',
      prompt: 'What do you do?',
      safety: ['psychosis'],
      options: [
        {
          id: 'coworker-sits',
          text: 'Get him somewhere warm, ask a coworker to sit with him, and call the crisis team from the office.',
          feedback:
            'Calling the crisis team is right, and a coworker can help. But Henry is terrified and watching the door, and leaving him with someone he does not know may be when he bolts. Stay with him yourself, tell him what you are doing, and have the coworker bring your supervisor.',
          safety: 'unsafe',
          instead: 'Stay with Henry yourself, tell him you are calling the crisis team, and make the call where he can see you.',
        },
        {
          id: 'call-halfway',
          text: 'Get him somewhere warm, stay beside him, and call his halfway house so the staff know he is safe.',
          feedback:
            'Letting his housing know where he is can matter later, and staying with him is right. But he is afraid of going back there, and a call to them does not get him the crisis help he needs after three days without sleep. Stay in role and bring in the crisis team per your protocol.',
          safety: 'unsafe',
          instead: 'Stay with him, tell him what you are doing, and call the crisis or mobile team per your protocol.',
        },
        {
          id: 'calm-stay',
          text: 'Get him somewhere warm, stay near him, and call the crisis team, telling him what you’re doing.',
          feedback:
            'He is terrified, exhausted and out in the cold, so he may not be able to keep himself safe. Staying calm and close, naming his fear without arguing about what he hears, and calling the crisis or mobile team per protocol is the safe response. Stay until they arrive, tell your supervisor, and document what you saw and did.',
          best: true,
          safety: 'escalates',
        },
        {
          id: 'clinic-later',
          text: 'Get him somewhere warm, stay beside him, and help him book a clinic visit for later this week.',
          feedback:
            'Staying with him and linking him to a clinic are both caring. But he has not slept in three days, is frightened of what he hears and cannot go home, so later this week is too late. Stay in role and bring in the crisis team today.',
          safety: 'unsafe',
          instead: 'Stay with him and call the crisis or mobile team now, per your protocol.',
        },
      ],
    },
    {
      id: 'emp-rural-lag-talkover',
      kind: 'multi',
      pool: 'check',
      value: 'empathetic',
      setting: 'rural-telehealth',
      title: 'Never mind',
      situation:
        'Hugo, 52, meets you by video from his farm. At the start you confirmed where he is and his phone number. He was telling you about selling part of his land, but the video lags by several seconds. You have already been leaving long pauses before you answer, and you still keep talking over each other. After you cut him off a second time, he sighs and says, "Never mind. It doesn’t matter."',
      prompt: 'Which of these would help? Choose all that apply.',
      options: [
        {
          id: 'topic-hard',
          text: 'Say the land sale sounds hard to talk about, and offer to come back to it another time.',
          feedback:
            'A reflection like this fits someone who goes quiet because the subject is painful. But Hugo gave up right after being cut off twice, so the problem is the line and the interruptions, not the topic. Offering to drop it may confirm that it doesn’t matter. Empathy reads what just happened.',
          correct: false,
        },
        {
          id: 'name-lag',
          text: 'Say the lag made you cut in, say sorry, and ask him to finish what he was saying.',
          feedback:
            'Saying what happened takes the blame off him, and inviting him back tells him it does matter. On a laggy line, naming the problem out loud is part of empathy.',
          correct: true,
        },
        {
          id: 'phone-switch',
          text: 'Offer to switch to a call on the number he gave you, and pick up where he left off.',
          feedback:
            'Long pauses have not fixed the lag, so a plain phone call may be the only way he can finish without being cut off. You have his number from the start of the session. Changing the channel so he can be heard is empathy in practice.',
          correct: true,
        },
        {
          id: 'unheard',
          text: 'Say it sounds like he feels you aren’t hearing him, and ask him to please go on.',
          feedback:
            'Naming a feeling is a core empathy skill, and it fits when someone feels unheard for reasons you cannot see. Here you know the reason: you cut him off twice on a lagging line. Putting it on his feelings without owning the interruptions, and asking him to go on over the same delay, leaves the cause in place. Own the lag and change how you connect.',
          correct: false,
        },
        {
          id: 'pause-longer',
          text: 'Tell him you’ll keep leaving a long pause before you answer, as you have been.',
          feedback:
            'Waiting a beat before you answer is the usual first fix for lag, and it is the right move on a line with a short delay. But you have already been leaving long pauses, and the delay is several seconds, so more of the same will not stop the talk-over. Name what happened, invite him back, and change how you connect.',
          correct: false,
        },
      ],
    },
    {
      id: 'emp-warm-landlord',
      kind: 'rank',
      pool: 'check',
      value: 'empathetic',
      setting: 'warmline',
      title: 'Whatever, it’s fine',
      situation:
        'Heather, 35, calls the warmline. She laughs and says, "So my landlord’s selling the building. Whatever, it’s fine. Honestly? I’m kind of relieved. The place has mold, and I’ve wanted out for a year." Her voice sounds light, and she says she has already started looking at apartments.',
      prompt: 'Rank these responses from most helpful to least helpful.',
      options: [
        {
          id: 'name-relief',
          text: '"Sounds like a relief, the push you’ve been waiting for. What do you want in the next place?"',
          feedback:
            'Most helpful. The same news can crush one person and free another. You reflect the meaning she gives it, relief, and invite her to say more about what she wants. That is empathy: her meaning, not yours.',
        },
        {
          id: 'what-happened',
          text: '"That’s big news. What did the landlord tell you, and how long do you have to move?"',
          feedback:
            'Second. An open question invites her story, which helps, and the timeline matters. But it follows the facts and passes over the relief she just named, which is where her meaning is.',
        },
        {
          id: 'tenant-line',
          text: '"Would the number for a tenant help line be useful to you as you get ready to move?"',
          feedback:
            'Third. The help line may be useful, and you ask before giving it. It would be a good first move if she had asked what to do. Here it jumps to a resource before you have reflected what she said.',
        },
        {
          id: 'name-catch',
          text: '"You said it’s fine, but losing your home is a big deal. What’s this really bringing up for you?"',
          feedback:
            'Least helpful. Listening for feelings under "it’s fine" is a real phone skill when a voice catches or goes flat. But Heather sounds light and has told you she is relieved. Digging for hurt she has not shown tells her you know her feelings better than she does. Empathy takes her word.',
        },
      ],
    },
    {
      id: 'emp-reentry-po-agree',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'reentry',
      title: 'You see it too, right?',
      situation:
        'Gus, 45, came home from prison four months ago. His parole officer just wrote him up for missing a check-in on a day his bus broke down. At the reentry center he is pacing and red in the face. "She’s out to get me," he says. "You see it too, right?"',
      prompt: 'What do you say?',
      options: [
        {
          id: 'bus-note',
          text: '"Would it help to get a note from the bus company so she can see what happened?"',
          feedback:
            'This could really help, and it would be a good move once he is calmer or asks what to do. Right now he is pacing and hot, and a quick fix can tell him his anger is a problem to solve. Empathy hears him first, then offers the idea.',
        },
        {
          id: 'agree',
          text: '"From what you’ve told me, she does seem hard on you. I’d be angry about it too."',
          feedback:
            'Saying you would feel the same can build trust when you have seen the unfairness yourself. But you only know one side, and agreeing she is out to get him can harden his view of the person he has to work with. Empathy is understanding, not taking sides.',
        },
        {
          id: 'next-steps',
          text: '"Let’s look at what this write-up means for you, and what you can do this week."',
          feedback:
            'Working out next steps matters, and a write-up can have real effects. But he asked whether you see it too, and he is still furious. Moving to a plan skips both. Reflect his frustration first, without taking sides, then plan together.',
        },
        {
          id: 'reflect-not-agree',
          text: '"I can’t know what she’s thinking, but I can hear how unfair today felt to you."',
          feedback:
            'You answer his question honestly, without ruling on whether his officer is out to get him, and you reflect his frustration and what it means to him. Empathy is understanding, not agreement. He feels heard, and you stay fair to everyone involved.',
          best: true,
        },
      ],
    },
    {
      id: 'emp-res-honest-answer',
      kind: 'value',
      pool: 'check',
      value: 'honest-and-direct',
      setting: 'residential',
      title: 'Be straight with me',
      situation:
        'Harvey, 47, shared his story in residential group for the first time today. Afterward he asks you, "Be straight with me. Did it sound like I was blaming my wife for everything?" It did, a little. You can see how raw he feels, and you are tempted to say it went great.',
      prompt: 'Which value is most at stake?',
      options: [
        {
          id: 'honest-and-direct',
          value: 'honest-and-direct',
          feedback:
            'He asked a direct question and wants a real answer. Caring, honest feedback is a form of respect, and it may help him see something he had not noticed. The pull here is to trade the truth for comfort, so honest and direct is most at stake.',
          best: true,
        },
        {
          id: 'empathetic',
          value: 'empathetic',
          feedback:
            'Empathy matters here: you feel how raw he is, and that should shape how gently you answer. But your empathy is what tempts you to skip the truth he asked for. Honesty is the value at risk, and empathy guides how you deliver it.',
        },
        {
          id: 'strengths-focused',
          value: 'strengths-focused',
          feedback:
            'Naming the courage it took to share is a good place to start. But he did not ask what went well; he asked whether he sounded blaming. Leaning only on strengths would dodge his question, which is about honesty.',
        },
        {
          id: 'respectful',
          value: 'respectful',
          feedback:
            'Respecting him is part of this, since you want to protect his dignity. But he has told you what respect looks like to him: a straight answer. That makes honest and direct the value most at stake.',
        },
      ],
    },
    {
      id: 'emp-er-discharge-clock',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'er',
      title: 'Fifteen minutes',
      situation:
        'Gilberto, 45, was treated in the emergency department for a burn on his arm from a cooking accident after a night of drinking. The nurse tells you his discharge papers will be ready in fifteen minutes. When you sit down, he says, "My wife said last time was the last time. She won’t let me back in. So where am I supposed to sleep tonight? Can you help me find a bed?" The shelter desk stops holding beds for the night at 6 p.m., and it is 5:30.',
      prompt: 'What do you do?',
      options: [
        {
          id: 'wife-story',
          text: 'Say that sounds scary, and ask him to tell you what happened with his wife the last time.',
          feedback:
            'Inviting his story is a good empathy move when there is time to hear it. But his papers will be ready in fifteen minutes, and he asked a concrete question about tonight. A long story now may leave him walking out with no bed. Answer what he asked.',
        },
        {
          id: 'shelter-call',
          text: 'Say that sounds scary, and call the shelter desk with him now to ask about a bed tonight.',
          feedback:
            'He asked you for help with one thing, a bed tonight, and time is short. Naming the fear in a few words and then working on his question with him shows you heard him. Empathy here means taking his own question seriously.',
          best: true,
        },
        {
          id: 'reflect-then-time',
          text: 'Say that sounds scary, tell him you have fifteen minutes, and ask what would help most.',
          feedback:
            'Being open about the time and asking what would help is a strong move when a person has not said what he needs. Gilberto already has: he asked you to help him find a bed. Asking again can feel like you missed it, and it uses minutes the shelter desk may not have. Start on his request with him.',
        },
        {
          id: 'call-wife',
          text: 'Say that sounds scary, and ask if he’d like you to call his wife with him before he leaves.',
          feedback:
            'Helping someone reach family can be the right step when he says that is what he wants. But Gilberto has just said she will not let him back in, and this puts you in the middle of their marriage. Work on a bed for tonight, and let him decide about his wife later.',
        },
      ],
    },
    {
      id: 'emp-warm-just-tell-me',
      kind: 'single',
      pool: 'check',
      value: 'empathetic',
      setting: 'warmline',
      title: 'Just tell me what to do',
      situation:
        'Holly, 33, calls the warmline. For the second time this year, she was passed over for a promotion at the warehouse, and a newer worker got it. She says she already asked her manager why and got no real answer, and she is out of ideas. "I don’t want to talk about feelings," she says. "Just tell me what to do."',
      prompt: 'What do you say?',
      options: [
        {
          id: 'her-options',
          text: '"Fair enough. What options have you already been turning over in your own mind?"',
          feedback:
            'Starting with a person’s own ideas is often the best way to keep her in charge. But Holly just told you she is out of ideas and asked for yours. Asking again can feel like you are not listening. Offer an idea, and let her decide if it fits.',
        },
        {
          id: 'offer-idea',
          text: '"One idea: ask HR in writing what the job needs. Would that fit your workplace?"',
          feedback:
            'She asked for an idea, so you offer one, plainly and as an option, and check whether it fits her workplace. That follows her lead and leaves the choice with her. Empathy here means hearing what she asked for, not making her talk about feelings.',
          best: true,
        },
        {
          id: 'feelings-first',
          text: '"Okay. Before we get to ideas, how are you holding up after being passed over twice?"',
          feedback:
            'Checking how someone is doing is often a caring first step. But she told you she does not want to go there, and pushing anyway puts your idea of empathy ahead of hers. Follow her lead and offer an idea.',
        },
        {
          id: 'tired-reflect',
          text: '"You sound more tired than angry about all this tonight. Is that close to right?"',
          feedback:
            'Noticing tone is a real phone skill, and this reflection may be accurate. But she asked you to skip feelings and give her something to try. Reflecting anyway can feel like you did not hear her. Offer an idea, and check if it fits.',
        },
      ],
    },
  ],
} satisfies ScenarioBank;
